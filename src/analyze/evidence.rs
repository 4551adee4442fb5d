//! A profile → evidence lines and claims: every line that can prove a skill, with the skills it
//! names and its `Place`, and years of experience per skill. It must not judge fit.

use crate::analyze::facts::{Claim, Line, LineKind, ProfileFacts};
use crate::model::date::{months, union_months};
use crate::model::{Place, Profile, YearMonth};
use crate::skills::mentions::MentionFinder;
use crate::skills::taxonomy::{SkillId, Taxonomy};
use std::collections::BTreeMap;

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
    let lines = lines(p, tax, finder);
    let claims = claims(p, tax);
    let (years, skill_years) = years(p, tax, &lines, as_of);
    ProfileFacts {
        lines,
        claims,
        years,
        skill_years,
    }
}

/// Every line of the profile that can prove a skill, in the profile's order.
fn lines(p: &Profile, tax: &Taxonomy, finder: &MentionFinder) -> Vec<Line> {
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
        // The role's own skill tags go with its description, or with its title when it has none.
        let desc = e.description.as_deref().filter(|d| !d.trim().is_empty());
        let title_tags: &[String] = if desc.is_some() { &[] } else { &e.skills };
        push(
            Place::Title { role: i },
            &e.title,
            LineKind::Title,
            title_tags,
            Some(i),
        );
        if let Some(d) = desc {
            push(
                Place::RoleDescription(i),
                d,
                LineKind::Highlight,
                &e.skills,
                Some(i),
            );
        }
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
    for (i, l) in p.languages.iter().enumerate() {
        push(
            Place::Language(i),
            &l.label(),
            LineKind::Language,
            std::slice::from_ref(&l.name),
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
    recognition(p, &mut push);
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
    lines
}

/// Publications and talks (by title), awards and volunteering lines.
fn recognition(
    p: &Profile,
    push: &mut impl FnMut(Place, &str, LineKind, &[String], Option<usize>),
) {
    for (i, pb) in p.publications.iter().enumerate() {
        push(
            Place::Publication(i),
            &pb.title,
            LineKind::Project,
            &[],
            None,
        );
    }
    for (i, a) in p.awards.iter().enumerate() {
        push(
            Place::Award(i),
            &a.title,
            LineKind::Certification,
            &[],
            None,
        );
    }
    for (i, v) in p.volunteering.iter().enumerate() {
        for (j, h) in v.highlights.iter().enumerate() {
            push(
                Place::VolunteeringHighlight { entry: i, i: j },
                &h.text,
                LineKind::Strength,
                &h.skills,
                None,
            );
        }
    }
}

/// The skills the profile lists, resolved.
fn claims(p: &Profile, tax: &Taxonomy) -> Vec<Claim> {
    p.skills
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
        .collect()
}

/// Years of experience (overlapping roles counted once), and years in roles whose lines show
/// each skill (implications included).
fn years(
    p: &Profile,
    tax: &Taxonomy,
    lines: &[Line],
    as_of: YearMonth,
) -> (f32, BTreeMap<SkillId, f32>) {
    let spans: Vec<(i32, i32)> = p
        .experience
        .iter()
        .map(|e| months(e.start, e.end, as_of))
        .collect();
    let years = round1(union_months(spans.clone()) as f32 / 12.0);
    let mut per_skill: BTreeMap<SkillId, Vec<(i32, i32)>> = BTreeMap::new();
    for l in lines {
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
    let skill_years: BTreeMap<SkillId, f32> = per_skill
        .into_iter()
        .map(|(k, v)| (k, round1(union_months(v) as f32 / 12.0)))
        .collect();
    (years, skill_years)
}
