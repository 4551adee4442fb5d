//! Scoring one posting after another against a prepared profile, fast.
//!
//! Owns the caches that make ranking thousands of postings cheap: every taxonomy skill judged
//! once for this profile (an extracted posting asks no level and no years, so each alternative's
//! outcome depends on the skill alone), and whether skill names are unambiguous keys. It runs
//! the same steps as a full match — `analyze::job_facts`, `matcher::strength`, `score::sheet` —
//! on the same types, and builds no report. A differential test (`rank::tests`) holds it to the
//! full report's numbers.

use super::role::Roles;
use super::stack::Stack;
use crate::analyze::{self, JobFacts};
use crate::error::Error;
use crate::fit::matcher::{self, Outcome, Verdict};
use crate::fit::score;
use crate::fit::FitReport;
use crate::model::job::Seniority;
use crate::model::{Importance, Job};
use crate::pipeline::{self, Prepared};
use crate::skills::taxonomy::{Kind, SkillId, Taxonomy};
use crate::source::Source;
use std::sync::OnceLock;

/// One skill's outcome against the profile, reduced to what scoring and ranking read.
#[derive(Debug, Clone, Copy)]
struct SkillVerdict {
    verdict: Verdict,
    claimed_only: bool,
    evidence: usize,
}

impl SkillVerdict {
    fn of(o: &Outcome) -> Self {
        SkillVerdict {
            verdict: o.verdict,
            claimed_only: o.claimed_only,
            evidence: o.evidence.len(),
        }
    }

    fn strength(&self) -> (u8, usize) {
        matcher::strength(self.verdict, self.claimed_only, self.evidence)
    }

    /// An outcome without evidence or reasons, enough for `score::credit`.
    fn outcome(&self, req: usize, skill: SkillId) -> Outcome {
        Outcome {
            req,
            verdict: self.verdict,
            skill,
            evidence: Vec::new(),
            claimed_only: self.claimed_only,
            reasons: Vec::new(),
            level: None,
            years: None,
        }
    }
}

/// One requirement of a `Summary`.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    /// The alternative that matched best (as in the report's `skill`).
    pub skill: String,
    pub importance: Importance,
    pub verdict: Verdict,
}

/// What `rank` needs from a match: the report's score and its requirements' verdicts, in the
/// report's order (required, preferred, the rest), without evidence, narrative or review.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub score: f32,
    /// 0–1: how much of the candidate's core stack the posting names (`Stack::overlap`).
    pub stack: f32,
    /// No requirement listed: the score comes from skills in the text (see `ScoreSheet::listed`).
    pub low_confidence: bool,
    pub requirements: Vec<SummaryRow>,
    /// The family of jobs the posting's skills are mostly about (`Roles::of_skills`).
    pub(crate) asked: Roles,
}

/// A prepared profile with the caches for scoring many postings against it.
#[derive(Debug)]
pub struct Ranker<'p> {
    pub prepared: &'p Prepared,
    /// How every taxonomy skill comes out for this profile when a requirement asks no level
    /// and no years (all extracted postings): filled on first use.
    verdicts: OnceLock<Vec<SkillVerdict>>,
    /// Does every skill's name resolve to that skill (no two skills share a name)? Filled on
    /// first use by `summary_of_skills`.
    names_are_keys: OnceLock<bool>,
    /// The candidate's core skills.
    stack: Stack,
    /// The kinds of job the candidate has held.
    roles: Roles,
}

impl<'p> Ranker<'p> {
    pub fn new(prepared: &'p Prepared) -> Self {
        Ranker {
            prepared,
            verdicts: OnceLock::new(),
            names_are_keys: OnceLock::new(),
            stack: Stack::of(&prepared.tax, &prepared.facts),
            roles: Roles::of(&prepared.profile),
        }
    }

    /// 0, ½ or 1: is a posting with this title, asking for skills mostly of `asked`'s
    /// family, the kind of job the candidate has held?
    pub(crate) fn role_fit(&self, title: &str, asked: Roles) -> f32 {
        self.roles.fit(title, asked)
    }

    /// Every taxonomy skill judged once, as a requirement with no level and no years.
    fn verdicts(&self) -> &[SkillVerdict] {
        self.verdicts.get_or_init(|| {
            let p = self.prepared;
            let ids = p
                .tax
                .skills()
                .iter()
                .map(|s| (vec![s.id], Importance::Unspecified));
            let jf = analyze::job_facts_of_ids(&p.tax, ids, None, None);
            matcher::match_job(&p.tax, &p.facts, &jf)
                .iter()
                .map(SkillVerdict::of)
                .collect()
        })
    }

    /// The score and verdicts of matching the profile against one job: the same numbers as
    /// `pipeline::fit(p, job, source).report`, without building the report.
    pub fn summary(&self, job: &Job, source: &Source) -> Result<Summary, Error> {
        let p = self.prepared;
        if !pipeline::all_known(p, job) {
            // Rare (YAML jobs naming unknown skills): the full match extends the taxonomy.
            let (f, _) = pipeline::fit(p, job, source)?;
            let r = f.report;
            let skills = report_skills(&f.tax, &r);
            return Ok(Summary {
                score: r.score,
                stack: self.stack.overlap(&f.tax, &skills),
                asked: Roles::of_skills(&f.tax, &skills),
                low_confidence: r.low_confidence,
                requirements: r
                    .requirements
                    .into_iter()
                    .filter(|q| q.kind.is_scored())
                    .map(|q| SummaryRow {
                        skill: q.skill,
                        importance: q.importance,
                        verdict: q.verdict,
                    })
                    .collect(),
            });
        }
        pipeline::fail_on_errors(analyze::check_job(job, source))?;
        let jf = analyze::job_facts(job, &p.tax, &p.finder);
        Ok(self.summary_of_facts(&jf))
    }

    /// `summary` of a job whose requirements are given as skill ids (`extract::extract_reqs`):
    /// each a skill or its alternatives with an importance, no level, no years, no free text.
    /// The same result as `summary` of that job with the skills named, without naming them and
    /// resolving the names back; `None` when that would not be the same (two skills share a
    /// name: only `summary` of the named job tells which one a name resolves to).
    pub fn summary_of_skills(
        &self,
        reqs: Vec<(Vec<SkillId>, Importance)>,
        seniority: Option<Seniority>,
        min_years: Option<f32>,
    ) -> Option<Summary> {
        let p = self.prepared;
        let keys = *self.names_are_keys.get_or_init(|| {
            p.tax
                .skills()
                .iter()
                .all(|s| p.tax.resolve(&s.name) == Some(s.id))
        });
        if !keys {
            return None;
        }
        let jf = analyze::job_facts_of_ids(&p.tax, reqs, seniority, min_years);
        Some(self.summary_of_facts(&jf))
    }

    /// The stack overlap and the skills' family of a full report's requirements (every
    /// alternative), as `summary_of_facts` counts them from the job's facts.
    #[cfg(test)]
    pub(crate) fn stack_and_family_of_report(&self, tax: &Taxonomy, r: &FitReport) -> (f32, Roles) {
        let skills = report_skills(tax, r);
        (
            self.stack.overlap(tax, &skills),
            Roles::of_skills(tax, &skills),
        )
    }

    /// The score and verdicts of a job's facts, known to the profile's taxonomy.
    fn summary_of_facts(&self, jf: &JobFacts) -> Summary {
        let p = self.prepared;
        // As `pipeline::fit` does: spoken languages the profile is silent on are not judged.
        let judged;
        let jf = if jf.reqs.iter().any(|r| r.kind == Kind::Language) {
            let mut j = jf.clone();
            j.set_aside_unstated_languages(&p.tax, &p.facts);
            judged = j;
            &judged
        } else {
            jf
        };
        let outcomes: Vec<Outcome> = if jf
            .reqs
            .iter()
            .all(|r| r.level.is_none() && r.years.is_none())
        {
            // Each alternative's outcome depends on the skill alone: look it up, and keep the
            // strongest alternative (the first of equals), as `matcher::match_job` does.
            let all = self.verdicts();
            jf.reqs
                .iter()
                .enumerate()
                .map(|(ri, req)| {
                    let mut best: Option<(SkillId, SkillVerdict)> = None;
                    for &want in &req.skills {
                        let v = all[want.0 as usize];
                        if best.is_none_or(|(_, b)| v.strength() > b.strength()) {
                            best = Some((want, v));
                        }
                    }
                    let (skill, v) = best.expect("a requirement has at least one skill");
                    v.outcome(ri, skill)
                })
                .collect()
        } else {
            matcher::match_job(&p.tax, &p.facts, jf)
        };
        let sheet = score::sheet(&outcomes, jf, &p.facts);
        let skills: Vec<SkillId> = jf
            .reqs
            .iter()
            .flat_map(|r| r.skills.iter().copied())
            .collect();
        Summary {
            score: sheet.total,
            stack: self.stack.overlap(&p.tax, &skills),
            asked: Roles::of_skills(&p.tax, &skills),
            low_confidence: !sheet.listed,
            requirements: sheet
                .rows
                .iter()
                .filter(|row| row.weight > 0.0)
                .map(|row| {
                    let o = &outcomes[row.outcome];
                    SummaryRow {
                        skill: p.tax.name(o.skill).to_string(),
                        importance: row.importance,
                        verdict: o.verdict,
                    }
                })
                .collect(),
        }
    }
}

/// Every skill a full report's requirements ask for, alternatives included.
fn report_skills(tax: &Taxonomy, r: &FitReport) -> Vec<SkillId> {
    r.requirements
        .iter()
        .flat_map(|q| {
            let alts = q.any_of.iter().filter_map(|n| tax.resolve(n));
            std::iter::once(q.skill_id).chain(alts)
        })
        .collect()
}
