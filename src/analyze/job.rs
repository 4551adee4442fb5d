//! A job → its requirements, resolved: the listed ones in order (a skill counted once), then
//! skills named only in the free text as `unspecified` ones.

use crate::analyze::facts::{JobFacts, LineKind, ProfileFacts, Req};
use crate::model::job::Seniority;
use crate::model::{Importance, Job, JobPlace};
use crate::skills::mentions::MentionFinder;
use crate::skills::taxonomy::{Kind, SkillId, Taxonomy};

/// Add a requirement with these alternatives, leaving out skills an earlier requirement already
/// asks for (a skill is not counted twice); none left, no requirement.
fn add_requirement(
    tax: &Taxonomy,
    reqs: &mut Vec<Req>,
    seen: &mut Vec<SkillId>,
    mut skills: Vec<SkillId>,
    req: Req,
) {
    skills.dedup();
    skills.retain(|s| !seen.contains(s));
    if skills.is_empty() {
        return;
    }
    seen.extend(&skills);
    let kind = tax.skill(skills[0]).kind;
    reqs.push(Req {
        skills,
        kind,
        ..req
    });
}

/// The facts of a job whose requirements are skill ids with an importance (an extracted posting:
/// no level, no years, no free text), as `job_facts` would make them from the same skills named.
pub fn job_facts_of_ids(
    tax: &Taxonomy,
    ids: impl IntoIterator<Item = (Vec<SkillId>, Importance)>,
    seniority: Option<Seniority>,
    min_years: Option<f32>,
) -> JobFacts {
    let ids = ids.into_iter();
    let mut reqs: Vec<Req> = Vec::with_capacity(ids.size_hint().0);
    let mut seen: Vec<SkillId> = Vec::with_capacity(reqs.capacity() + 4);
    for (i, (skills, importance)) in ids.enumerate() {
        let req = Req {
            place: JobPlace::Requirement(i),
            skills: Vec::new(),
            importance,
            kind: Kind::Technology,
            level: None,
            years: None,
            note: None,
        };
        add_requirement(tax, &mut reqs, &mut seen, skills, req);
    }
    JobFacts {
        reqs,
        seniority,
        min_years,
    }
}

/// Resolve a job's requirements; skills named only in its summary, responsibilities or
/// description become `unspecified` requirements.
pub fn job_facts(job: &Job, tax: &Taxonomy, finder: &MentionFinder) -> JobFacts {
    let mut reqs: Vec<Req> = Vec::new();
    let mut seen: Vec<SkillId> = Vec::new();
    for (i, r) in job.requirements.iter().enumerate() {
        let skills: Vec<SkillId> = r.names().iter().filter_map(|n| tax.resolve(n)).collect();
        add_requirement(
            tax,
            &mut reqs,
            &mut seen,
            skills,
            Req {
                place: JobPlace::Requirement(i),
                skills: Vec::new(),
                importance: r.importance,
                kind: Kind::Technology,
                level: r.level,
                years: r.years,
                note: r.note.clone(),
            },
        );
    }
    let mut texts: Vec<(JobPlace, &str)> = Vec::new();
    if let Some(s) = &job.summary {
        texts.push((JobPlace::Summary, s));
    }
    for (i, r) in job.responsibilities.iter().enumerate() {
        texts.push((JobPlace::Responsibility(i), r));
    }
    if let Some(d) = &job.description {
        texts.push((JobPlace::Description, d));
    }
    for (src, text) in texts {
        for m in finder.find(text) {
            // Implied by something already required (e.g. `Observability` when Prometheus is
            // listed) does not make a new requirement.
            let covered = seen
                .iter()
                .any(|&s| s == m.skill || tax.implies(s, m.skill));
            // Soft skills and domains in a company blurb ("Collaboration & Ownership", "a
            // fintech") are values and context, not requirements.
            let kind = tax.skill(m.skill).kind;
            if covered || !kind.is_scored() {
                continue;
            }
            seen.push(m.skill);
            reqs.push(Req {
                place: src,
                skills: vec![m.skill],
                importance: Importance::Unspecified,
                kind,
                level: None,
                years: None,
                note: None,
            });
        }
    }
    JobFacts {
        reqs,
        seniority: job.seniority,
        min_years: job.min_years,
    }
}

impl ProfileFacts {
    /// Does the profile say anything of spoken languages: a `languages` entry, or a line that
    /// names one ("fluent English" in the summary)?
    pub fn speaks_of_languages(&self, tax: &Taxonomy) -> bool {
        self.lines.iter().any(|l| {
            l.kind == LineKind::Language
                || l.skills
                    .iter()
                    .any(|&s| tax.skill(s).kind == Kind::Language)
        })
    }
}

impl JobFacts {
    /// Takes out the spoken-language requirements when the profile says nothing of spoken
    /// languages, and returns them: a resume that does not list English is silent on it, not
    /// proof of a gap, so they are named in the report as not judged and weigh nothing.
    pub fn set_aside_unstated_languages(
        &mut self,
        tax: &Taxonomy,
        facts: &ProfileFacts,
    ) -> Vec<Req> {
        if !self.reqs.iter().any(|r| r.kind == Kind::Language) || facts.speaks_of_languages(tax) {
            return Vec::new();
        }
        let (aside, kept) = std::mem::take(&mut self.reqs)
            .into_iter()
            .partition(|r| r.kind == Kind::Language);
        self.reqs = kept;
        aside
    }
}
