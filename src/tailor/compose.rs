//! Composing the resume, one function per section, from the profile and what relevance chose.
//!
//! Owns the order of the sections and their headings (as the profile's `sections:` says), each
//! section's content and order (asked-for skill groups first, the most relevant highlights and
//! projects first when tailoring), contact links and phone numbers. Every word comes from the
//! profile; only headings and formatted dates are added. It must not decide
//! what to leave out (`budget` does) nor lay out pages (the renderers do).

use crate::model::date::display_range;
use crate::model::profile::{Level, SectionName};
use crate::model::{Date, Place, Profile};
use crate::skills::taxonomy::{SkillId, Taxonomy};
use crate::tailor::contact::contact;
use crate::tailor::relevance::{project_relevance, Full};
use crate::tailor::resume::{
    safe_url, Entry, Resume, Rich, Section, SectionBody, SkillGroup, Span,
};
use crate::tailor::sections::{awards, languages, publications, volunteering};
use crate::tailor::Target;
use std::collections::{BTreeMap, BTreeSet};

/// The resume without the `dropped` places; reordered by relevance when there is a target.
pub(super) fn build_resume(
    full: &Full,
    tax: &Taxonomy,
    target: Option<&Target>,
    dropped: &BTreeSet<Place>,
) -> Resume {
    let p = full.profile;
    let reorder = target.is_some();
    // In the profile's order (`sections.order`), under its headings (`sections.titles`).
    let sections = p
        .sections
        .ordered()
        .into_iter()
        .filter_map(|name| {
            let mut s = match name {
                SectionName::Summary => summary(full),
                SectionName::Skills => skills(full, tax, reorder),
                SectionName::Experience => experience(full, dropped, reorder),
                SectionName::Projects => projects(full, dropped, reorder),
                SectionName::Publications => publications(full, dropped, reorder),
                SectionName::Strengths => strengths(full, dropped, reorder),
                SectionName::Certifications => certifications(p),
                SectionName::Awards => awards(full, dropped, reorder),
                SectionName::Education => education(full, dropped, reorder),
                SectionName::Volunteering => volunteering(full, dropped, reorder),
                SectionName::Languages => languages(p),
            }?;
            if let Some(title) = p.sections.title(name) {
                s.title = title.trim().to_string();
            }
            Some(s)
        })
        .collect();
    let title = match target {
        Some(t) => format!("{} — {}", p.name, t.label),
        None => format!("{} — Resume", p.name),
    };
    Resume {
        name: p.name.clone(),
        headline: p.headline.clone(),
        contact: contact(p),
        sections,
        keywords: target.map(|t| t.matched.clone()).unwrap_or_default(),
        title,
    }
}

fn summary(full: &Full) -> Option<Section> {
    let s = full.profile.summary.as_ref()?;
    Some(Section {
        title: "Summary".into(),
        body: SectionBody::Paragraph(full.rich(Place::Summary, s)),
    })
}

fn skill_item(
    tax: &Taxonomy,
    name: &str,
    level: Option<Level>,
    note: Option<&str>,
    bold: &BTreeSet<SkillId>,
) -> Rich {
    // A skill the candidate is still learning is listed, never emphasised.
    let bold =
        level != Some(Level::Learning) && tax.resolve(name).is_some_and(|id| bold.contains(&id));
    let mut spans = vec![Span {
        text: name.to_string(),
        bold,
    }];
    let mut extra = Vec::new();
    if level == Some(Level::Learning) {
        extra.push("learning".to_string());
    }
    // A note that only repeats the group ("Prometheus (observability)" under Observability) adds
    // nothing; a long one would not fit a skills line.
    let category = tax.resolve(name).map(|id| tax.skill(id).category);
    let repeats = |n: &str| {
        category.is_some_and(|c| {
            n.eq_ignore_ascii_case(c.as_str()) || n.eq_ignore_ascii_case(c.group_label())
        })
    };
    if let Some(n) =
        note.filter(|n| n.chars().count() <= 40 && !repeats(n.trim()) && !echoes_name(name, n))
    {
        extra.push(n.to_string());
    }
    if !extra.is_empty() {
        spans.push(Span {
            text: format!(" ({})", extra.join("; ")),
            bold: false,
        });
    }
    Rich { spans }
}

/// Words that say nothing once the skill is named ("Terraform practitioner", "SQL skills").
const FILLER: &[&str] = &[
    "practitioner",
    "user",
    "experience",
    "experienced",
    "skills",
    "skill",
    "knowledge",
    "with",
    "in",
    "of",
    "using",
    "developer",
    "engineer",
    "programming",
    "proficient",
    "proficiency",
    "familiar",
    "familiarity",
    "and",
    "the",
    "a",
    "an",
    "architecture",
];

/// A note that only repeats the skill's name, with filler around it: `Terraform (Terraform
/// practitioner)` says nothing the name did not.
pub(super) fn echoes_name(name: &str, note: &str) -> bool {
    let name = name.trim().to_lowercase();
    let note = note.trim().to_lowercase();
    if name.is_empty() || !note.contains(&name) {
        return false;
    }
    note.replace(&name, " ")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| FILLER.contains(&w))
}

/// Where an item goes in its group when tailoring: asked-for skills first, the strongest first;
/// a skill the candidate is `learning` after every other asked-for one.
fn skill_rank(asked: bool, level: Option<Level>) -> f32 {
    if !asked {
        return 0.0;
    }
    match level {
        Some(Level::Expert) => 1.3,
        Some(Level::Strong) => 1.2,
        Some(Level::Working) | None => 1.1,
        Some(Level::Learning) => 0.5,
    }
}

/// A skills group being assembled: its best relevance, the profile index of its first skill, and
/// its items with their relevance and profile index.
struct GroupAcc {
    rel: f32,
    first: usize,
    items: Vec<(f32, usize, Rich)>,
}

/// Skills, grouped by category; asked-for groups and skills first.
fn skills(full: &Full, tax: &Taxonomy, reorder: bool) -> Option<Section> {
    let p = full.profile;
    if p.skills.is_empty() {
        return None;
    }
    let mut groups: BTreeMap<&str, GroupAcc> = BTreeMap::new();
    for (i, s) in p.skills.iter().enumerate() {
        let id = tax.resolve(&s.name);
        let label = id.map_or("Other", |id| tax.skill(id).category.group_label());
        let asked = id.is_some_and(|id| full.wanted.contains(&id));
        let r = if reorder {
            skill_rank(asked, s.level)
        } else {
            0.0
        };
        let g = groups.entry(label).or_insert(GroupAcc {
            rel: 0.0,
            first: i,
            items: Vec::new(),
        });
        g.rel = g.rel.max(r);
        let item = skill_item(tax, &s.name, s.level, s.note.as_deref(), &full.bold);
        g.items.push((r, i, item));
    }
    let mut gs: Vec<(&str, GroupAcc)> = groups.into_iter().collect();
    gs.sort_by(|a, b| b.1.rel.total_cmp(&a.1.rel).then(a.1.first.cmp(&b.1.first)));
    let body = gs
        .into_iter()
        .map(|(label, mut g)| {
            g.items
                .sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            SkillGroup {
                label: label.to_string(),
                items: g.items.into_iter().map(|x| x.2).collect(),
            }
        })
        .collect();
    Some(Section {
        title: "Skills".into(),
        body: SectionBody::Skills(body),
    })
}

fn experience(full: &Full, dropped: &BTreeSet<Place>, reorder: bool) -> Option<Section> {
    let p = full.profile;
    if p.experience.is_empty() {
        return None;
    }
    let entries = p
        .experience
        .iter()
        .enumerate()
        .map(|(i, e)| Entry {
            title: e.title.clone(),
            subtitle: Some(e.company.clone()),
            dates: display_range(Some(e.start), e.end.or(Some(Date::Present))),
            location: e.location.clone(),
            url: e.url.as_deref().and_then(safe_url).map(str::to_string),
            description: e
                .description
                .as_deref()
                .filter(|d| !d.trim().is_empty())
                .map(|d| full.rich(Place::RoleDescription(i), d)),
            bullets: full.bullets(
                |j| Place::Highlight { role: i, i: j },
                &e.highlights,
                dropped,
                reorder,
            ),
        })
        .collect();
    Some(Section {
        title: "Experience".into(),
        body: SectionBody::Entries(entries),
    })
}

fn projects(full: &Full, dropped: &BTreeSet<Place>, reorder: bool) -> Option<Section> {
    let p = full.profile;
    let mut projects: Vec<(f32, usize)> = p
        .projects
        .iter()
        .enumerate()
        .filter(|&(i, _)| !dropped.contains(&Place::Project(i)))
        .map(|(i, pr)| (project_relevance(full, i, pr), i))
        .collect();
    if reorder {
        projects.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    }
    if projects.is_empty() {
        return None;
    }
    let entries = projects
        .into_iter()
        .map(|(_, i)| {
            let pr = &p.projects[i];
            Entry {
                title: pr.name.clone(),
                subtitle: None,
                dates: display_range(pr.start, pr.end),
                location: None,
                url: pr.url.as_deref().and_then(safe_url).map(str::to_string),
                description: pr
                    .description
                    .as_ref()
                    .map(|d| full.rich(Place::ProjectDescription(i), d)),
                bullets: full.bullets(
                    |j| Place::ProjectHighlight { project: i, i: j },
                    &pr.highlights,
                    dropped,
                    reorder,
                ),
            }
        })
        .collect();
    Some(Section {
        title: "Projects".into(),
        body: SectionBody::Entries(entries),
    })
}

fn strengths(full: &Full, dropped: &BTreeSet<Place>, reorder: bool) -> Option<Section> {
    let strengths = full.bullets(Place::Strength, &full.profile.strengths, dropped, reorder);
    if strengths.is_empty() {
        return None;
    }
    Some(Section {
        title: "Leadership & Collaboration".into(),
        body: SectionBody::Bullets(strengths),
    })
}

fn certifications(p: &Profile) -> Option<Section> {
    if p.certifications.is_empty() {
        return None;
    }
    let entries = p
        .certifications
        .iter()
        .map(|c| Entry {
            title: c.name.clone(),
            subtitle: c.issuer.clone(),
            dates: c.date.map(|d| d.display()),
            location: None,
            url: c.url.as_deref().and_then(safe_url).map(str::to_string),
            description: None,
            bullets: Vec::new(),
        })
        .collect();
    Some(Section {
        title: "Certifications".into(),
        body: SectionBody::Entries(entries),
    })
}

fn education(full: &Full, dropped: &BTreeSet<Place>, reorder: bool) -> Option<Section> {
    let p = full.profile;
    if p.education.is_empty() {
        return None;
    }
    let entries = p
        .education
        .iter()
        .enumerate()
        .map(|(i, ed)| Entry {
            title: ed.degree.clone().unwrap_or_else(|| ed.institution.clone()),
            subtitle: ed.degree.as_ref().map(|_| ed.institution.clone()),
            dates: display_range(ed.start, ed.end),
            location: ed.location.clone(),
            url: None,
            description: None,
            bullets: full.bullets(
                |j| Place::EducationHighlight { entry: i, i: j },
                &ed.highlights,
                dropped,
                reorder,
            ),
        })
        .collect();
    Some(Section {
        title: "Education".into(),
        body: SectionBody::Entries(entries),
    })
}
