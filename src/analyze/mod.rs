//! From what the user wrote to what it shows: skill names resolved, evidence lines found.
//!
//! Owns resolving every skill name in a profile or job through the taxonomy (with "did you
//! mean" warnings for unknown names, which are then kept as custom skills), and turning a profile
//! into evidence lines, each with the skills it shows and its place (`experience[0].highlights[2]`).
//! It must not judge fit; that is the matcher's job.

use crate::diagnostic::{Diagnostic, Severity};
use crate::input::yaml::{self, path_string, Seg};
use crate::model::job::Seniority;
use crate::model::profile::{Highlight, Level, Profile};
use crate::model::{Date, Importance, Job, JobPlace, Place, YearMonth};
use crate::skills::mentions::{Mention, MentionFinder};
use crate::skills::taxonomy::{SkillId, Taxonomy};
use crate::source::Source;
use serde::Serialize;
use std::collections::BTreeMap;

/// What kind of profile line a piece of evidence is; earlier kinds are stronger evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LineKind {
    Highlight,
    Project,
    Strength,
    Certification,
    Summary,
    Education,
    Title,
    /// A skill's own note in the `skills` list (`Terraform practitioner`): the weakest evidence.
    SkillNote,
    Headline,
}

/// One line of the profile that can prove a skill.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    /// Where it is, e.g. `experience[0].highlights[2]`.
    pub place: Place,
    /// The text, verbatim.
    pub text: String,
    pub kind: LineKind,
    /// Skills the line shows directly (mentions and explicit tags), sorted.
    pub skills: Vec<SkillId>,
    /// Where in `text` each skill is named (for emphasis).
    #[serde(skip)]
    pub mentions: Vec<Mention>,
    /// The experience entry it belongs to, if any.
    pub role: Option<usize>,
}

/// A skill the profile lists in `skills`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub skill: SkillId,
    /// As the user wrote it.
    pub written: String,
    pub level: Option<Level>,
    pub years: Option<f32>,
    pub note: Option<String>,
    /// `skills[3]`.
    pub place: Place,
}

/// What the profile shows, ready for matching.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProfileFacts {
    pub lines: Vec<Line>,
    pub claims: Vec<Claim>,
    /// Professional experience in years (overlapping roles counted once).
    pub years: f32,
    /// Years in roles whose lines show each skill (implications included).
    pub skill_years: BTreeMap<SkillId, f32>,
}

/// One requirement, resolved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Req {
    /// `requirements[2]`, or `description` for skills found in the free text.
    pub place: JobPlace,
    /// Any one of these satisfies it.
    pub skills: Vec<SkillId>,
    pub importance: Importance,
    pub level: Option<Level>,
    pub years: Option<f32>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JobFacts {
    pub reqs: Vec<Req>,
    pub seniority: Option<Seniority>,
    pub min_years: Option<f32>,
}

/// A skill name at a place in a file, to resolve.
struct NameRef {
    name: String,
    path: Vec<OwnedSeg>,
}

#[derive(Clone)]
enum OwnedSeg {
    Key(&'static str),
    Index(usize),
}

fn segs(p: &[OwnedSeg]) -> Vec<Seg<'_>> {
    p.iter()
        .map(|s| match s {
            OwnedSeg::Key(k) => Seg::Key(k),
            OwnedSeg::Index(i) => Seg::Index(*i),
        })
        .collect()
}

use OwnedSeg::{Index as I, Key as K};

fn profile_names(p: &Profile) -> Vec<NameRef> {
    let mut out = Vec::new();
    for (i, s) in p.skills.iter().enumerate() {
        out.push(NameRef {
            name: s.name.clone(),
            path: vec![K("skills"), I(i), K("name")],
        });
    }
    let mut tags = |hs: &[Highlight], base: Vec<OwnedSeg>| {
        for (j, h) in hs.iter().enumerate() {
            for (k, t) in h.skills.iter().enumerate() {
                let mut path = base.clone();
                path.extend([I(j), K("skills"), I(k)]);
                out.push(NameRef {
                    name: t.clone(),
                    path,
                });
            }
        }
    };
    for (i, e) in p.experience.iter().enumerate() {
        tags(&e.highlights, vec![K("experience"), I(i), K("highlights")]);
    }
    for (i, e) in p.projects.iter().enumerate() {
        tags(&e.highlights, vec![K("projects"), I(i), K("highlights")]);
    }
    for (i, e) in p.education.iter().enumerate() {
        tags(&e.highlights, vec![K("education"), I(i), K("highlights")]);
    }
    tags(&p.strengths, vec![K("strengths")]);
    for (i, pr) in p.projects.iter().enumerate() {
        for (k, t) in pr.skills.iter().enumerate() {
            out.push(NameRef {
                name: t.clone(),
                path: vec![K("projects"), I(i), K("skills"), I(k)],
            });
        }
    }
    out
}

fn job_names(j: &Job) -> Vec<NameRef> {
    let mut out = Vec::new();
    for (i, r) in j.requirements.iter().enumerate() {
        if let Some(s) = &r.skill {
            out.push(NameRef {
                name: s.clone(),
                path: vec![K("requirements"), I(i), K("skill")],
            });
        }
        for (k, s) in r.any_of.iter().enumerate() {
            out.push(NameRef {
                name: s.clone(),
                path: vec![K("requirements"), I(i), K("any_of"), I(k)],
            });
        }
    }
    out
}

/// Resolve names; unknown ones get a warning (with a suggestion) and become custom skills.
fn resolve_names(tax: &mut Taxonomy, names: &[NameRef], source: &Source) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut custom = Vec::new();
    for n in names {
        if n.name.trim().is_empty() {
            diags.push(yaml::diagnostic_at(
                source,
                &segs(&n.path),
                None,
                Severity::Error,
                "skill name is empty",
            ));
            continue;
        }
        if tax.resolve(&n.name).is_some() {
            continue;
        }
        let mut d = yaml::diagnostic_at(
            source,
            &segs(&n.path),
            Some(n.name.trim()),
            Severity::Warning,
            format!("unknown skill `{}`", n.name.trim()),
        );
        d = match tax.suggest(&n.name) {
            Some(s) => d.with_help(format!(
                "did you mean `{s}`? (unknown skills are matched by exact name only)"
            )),
            None => d.with_help(
                "it is matched by exact name only; add it to a taxonomy file (--taxonomy) to give it aliases",
            ),
        };
        diags.push(d);
        custom.push(n.name.clone());
    }
    tax.with_custom(&custom);
    diags
}

/// Resolve every skill name a profile and/or a job uses, extending the taxonomy with unknown ones.
/// Returns warnings for unknown names and errors for structurally wrong requirements.
pub fn resolve(
    tax: &mut Taxonomy,
    profile: Option<(&Profile, &Source)>,
    job: Option<(&Job, &Source)>,
) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    if let Some((p, src)) = profile {
        diags.extend(resolve_names(tax, &profile_names(p), src));
    }
    if let Some((j, src)) = job {
        diags.extend(check_job(j, src));
        diags.extend(resolve_names(tax, &job_names(j), src));
    }
    diags
}

/// Structural checks serde cannot express.
pub fn check_job(job: &Job, source: &Source) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for (i, r) in job.requirements.iter().enumerate() {
        let path = [Seg::Key("requirements"), Seg::Index(i)];
        if r.skill.is_none() && r.any_of.is_empty() {
            diags.push(
                yaml::diagnostic_at(
                    source,
                    &path,
                    None,
                    Severity::Error,
                    "requirement has no skill",
                )
                .with_help("add `skill: Name`, or `any_of: [A, B]` when either will do"),
            );
        } else if r.skill.is_some() && !r.any_of.is_empty() {
            diags.push(
                yaml::diagnostic_at(
                    source,
                    &path,
                    None,
                    Severity::Error,
                    "requirement has both `skill` and `any_of`",
                )
                .with_help("use `skill` for one skill, or put it into the `any_of` list"),
            );
        }
        for (field, v) in [("years", r.years)] {
            if v.is_some_and(|y| !(0.0..=60.0).contains(&y)) {
                diags.push(yaml::diagnostic_at(
                    source,
                    &[Seg::Key("requirements"), Seg::Index(i), Seg::Key(field)],
                    None,
                    Severity::Error,
                    format!("`{field}` must be between 0 and 60"),
                ));
            }
        }
    }
    if job.min_years.is_some_and(|y| !(0.0..=60.0).contains(&y)) {
        diags.push(yaml::diagnostic_at(
            source,
            &[Seg::Key("min_years")],
            None,
            Severity::Error,
            "`min_years` must be between 0 and 60",
        ));
    }
    diags
}

/// Checks of a profile that serde cannot express (end before start, negative years).
pub fn check_profile(p: &Profile, source: &Source) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for (i, e) in p.experience.iter().enumerate() {
        if let (Date::Month(s), Some(Date::Month(en))) = (e.start, e.end) {
            if en < s {
                diags.push(
                    yaml::diagnostic_at(
                        source,
                        &[Seg::Key("experience"), Seg::Index(i), Seg::Key("end")],
                        None,
                        Severity::Error,
                        format!("`end` ({en}) is before `start` ({s})"),
                    )
                    .with_help("swap the two dates"),
                );
            }
        }
    }
    for (i, s) in p.skills.iter().enumerate() {
        if s.years.is_some_and(|y| !(0.0..=60.0).contains(&y)) {
            diags.push(yaml::diagnostic_at(
                source,
                &[Seg::Key("skills"), Seg::Index(i), Seg::Key("years")],
                None,
                Severity::Error,
                "`years` must be between 0 and 60",
            ));
        }
    }
    if p.name.trim().is_empty() {
        diags.push(yaml::diagnostic_at(
            source,
            &[Seg::Key("name")],
            None,
            Severity::Error,
            "`name` is empty",
        ));
    }
    diags
}

fn line(
    tax: &Taxonomy,
    finder: &MentionFinder,
    place: Place,
    text: &str,
    kind: LineKind,
    tags: &[String],
    role: Option<usize>,
) -> Line {
    let mentions = finder.find(text);
    let mut skills: Vec<SkillId> = mentions.iter().map(|m| m.skill).collect();
    skills.extend(tags.iter().filter_map(|t| tax.resolve(t)));
    skills.sort();
    skills.dedup();
    Line {
        place,
        text: text.to_string(),
        kind,
        skills,
        mentions,
        role,
    }
}

/// Months between two dates, `present` meaning `as_of`.
fn months(start: Date, end: Option<Date>, as_of: YearMonth) -> (i32, i32) {
    let s = match start {
        Date::Month(m) => m.ordinal(),
        Date::Present => as_of.ordinal(),
    };
    let e = match end {
        Some(Date::Month(m)) => m.ordinal() + if m.month.is_none() { 11 } else { 0 },
        Some(Date::Present) | None => as_of.ordinal(),
    };
    (s, e.max(s) + 1)
}

/// Total length of a set of month intervals, overlaps counted once.
fn union_months(mut spans: Vec<(i32, i32)>) -> i32 {
    spans.sort();
    let mut total = 0;
    let mut cur: Option<(i32, i32)> = None;
    for (s, e) in spans {
        match cur {
            Some((cs, ce)) if s <= ce => cur = Some((cs, ce.max(e))),
            Some((cs, ce)) => {
                total += ce - cs;
                cur = Some((s, e));
            }
            None => cur = Some((s, e)),
        }
    }
    if let Some((cs, ce)) = cur {
        total += ce - cs;
    }
    total
}

fn round1(x: f32) -> f32 {
    (x * 10.0).round() / 10.0
}

/// Turn a profile into evidence lines and claims. `as_of` is the month `present` stands for.
pub fn profile_facts(
    p: &Profile,
    tax: &Taxonomy,
    finder: &MentionFinder,
    as_of: YearMonth,
) -> ProfileFacts {
    let mut lines = Vec::new();
    let mut push = |src: Place, text: &str, kind, tags: &[String], role| {
        if !text.trim().is_empty() {
            lines.push(line(tax, finder, src, text, kind, tags, role));
        }
    };
    if let Some(h) = &p.headline {
        push(Place::Headline, h, LineKind::Headline, &[], None);
    }
    if let Some(s) = &p.summary {
        push(Place::Summary, s, LineKind::Summary, &[], None);
    }
    for (i, e) in p.experience.iter().enumerate() {
        push(
            Place::Title { role: i },
            &e.title,
            LineKind::Title,
            &[],
            Some(i),
        );
        for (j, h) in e.highlights.iter().enumerate() {
            push(
                Place::Highlight { role: i, i: j },
                &h.text,
                LineKind::Highlight,
                &h.skills,
                Some(i),
            );
        }
    }
    for (i, pr) in p.projects.iter().enumerate() {
        let desc = pr.description.as_deref().unwrap_or(&pr.name);
        let src = if pr.description.is_some() {
            Place::ProjectDescription(i)
        } else {
            Place::ProjectName(i)
        };
        push(src, desc, LineKind::Project, &pr.skills, None);
        for (j, h) in pr.highlights.iter().enumerate() {
            push(
                Place::ProjectHighlight { project: i, i: j },
                &h.text,
                LineKind::Project,
                &h.skills,
                None,
            );
        }
    }
    for (i, c) in p.certifications.iter().enumerate() {
        push(
            Place::Certification(i),
            &c.name,
            LineKind::Certification,
            &[],
            None,
        );
    }
    for (i, ed) in p.education.iter().enumerate() {
        if let Some(d) = &ed.degree {
            push(Place::Degree(i), d, LineKind::Education, &[], None);
        }
        for (j, h) in ed.highlights.iter().enumerate() {
            push(
                Place::EducationHighlight { entry: i, i: j },
                &h.text,
                LineKind::Education,
                &h.skills,
                None,
            );
        }
    }
    for (i, s) in p.strengths.iter().enumerate() {
        push(
            Place::Strength(i),
            &s.text,
            LineKind::Strength,
            &s.skills,
            None,
        );
    }
    // A skill's note shows that skill (and whatever else it names).
    for (i, s) in p.skills.iter().enumerate() {
        if let Some(note) = &s.note {
            let tag = [s.name.clone()];
            push(Place::SkillNote(i), note, LineKind::SkillNote, &tag, None);
        }
    }

    let claims = p
        .skills
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            Some(Claim {
                skill: tax.resolve(&s.name)?,
                written: s.name.clone(),
                level: s.level,
                years: s.years,
                note: s.note.clone(),
                place: Place::Skill(i),
            })
        })
        .collect();

    let spans: Vec<(i32, i32)> = p
        .experience
        .iter()
        .map(|e| months(e.start, e.end, as_of))
        .collect();
    let years = round1(union_months(spans.clone()) as f32 / 12.0);
    let mut per_skill: BTreeMap<SkillId, Vec<(i32, i32)>> = BTreeMap::new();
    for l in &lines {
        if let Some(r) = l.role {
            for &s in &l.skills {
                for &t in std::iter::once(&s).chain(tax.implied_by(s)) {
                    let v = per_skill.entry(t).or_default();
                    if !v.contains(&spans[r]) {
                        v.push(spans[r]);
                    }
                }
            }
        }
    }
    let skill_years = per_skill
        .into_iter()
        .map(|(k, v)| (k, round1(union_months(v) as f32 / 12.0)))
        .collect();
    ProfileFacts {
        lines,
        claims,
        years,
        skill_years,
    }
}

/// Add a requirement with these alternatives, leaving out skills an earlier requirement already
/// asks for (a skill is not counted twice); none left, no requirement.
fn add_requirement(
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
    reqs.push(Req { skills, ..req });
}

/// The facts of a job whose requirements are skill ids with an importance (an extracted posting:
/// no level, no years, no free text), as `job_facts` would make them from the same skills named.
pub fn job_facts_of_ids(
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
            level: None,
            years: None,
            note: None,
        };
        add_requirement(&mut reqs, &mut seen, skills, req);
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
            &mut reqs,
            &mut seen,
            skills,
            Req {
                place: JobPlace::Requirement(i),
                skills: Vec::new(),
                importance: r.importance,
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
            // Soft skills in a company blurb ("Collaboration & Ownership") are values, not
            // requirements.
            let soft = tax.skill(m.skill).category == crate::skills::taxonomy::Category::Soft;
            if covered || soft {
                continue;
            }
            seen.push(m.skill);
            reqs.push(Req {
                place: src,
                skills: vec![m.skill],
                importance: Importance::Unspecified,
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

/// The path string of a field, for messages.
pub fn field_path(path: &[Seg]) -> String {
    path_string(path)
}
