//! Composing the resume, one function per section, from the profile and what relevance chose.
//!
//! Owns each section's content and order (asked-for skill groups first, the most relevant
//! highlights and projects first when tailoring), contact links and phone numbers. Every word
//! comes from the profile; only headings and formatted dates are added. It must not decide
//! what to leave out (`budget` does) nor lay out pages (the renderers do).

use crate::model::date::display_range;
use crate::model::profile::Level;
use crate::model::{Date, Place, Profile};
use crate::skills::taxonomy::{SkillId, Taxonomy};
use crate::tailor::relevance::{project_relevance, Full};
use crate::tailor::resume::{
    safe_url, ContactItem, Entry, Resume, Rich, Section, SectionBody, SkillGroup, Span,
};
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
    let sections = [
        summary(full),
        skills(full, tax, reorder),
        experience(full, dropped, reorder),
        projects(full, dropped, reorder),
        strengths(full, dropped, reorder),
        certifications(p),
        education(full, dropped, reorder),
        languages(p),
    ];
    let title = match target {
        Some(t) => format!("{} — {}", p.name, t.label),
        None => format!("{} — Resume", p.name),
    };
    Resume {
        name: p.name.clone(),
        headline: p.headline.clone(),
        contact: contact(p),
        sections: sections.into_iter().flatten().collect(),
        keywords: target.map(|t| t.matched.clone()).unwrap_or_default(),
        title,
    }
}

/// Email, phone, location and links, with safe URLs.
fn contact(p: &Profile) -> Vec<ContactItem> {
    let mut contact = Vec::new();
    if let Some(e) = &p.contact.email {
        contact.push(ContactItem {
            text: e.clone(),
            url: safe_url(&format!("mailto:{}", e.trim())).map(str::to_string),
        });
    }
    if let Some(ph) = &p.contact.phone {
        let digits: String = ph
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        contact.push(ContactItem {
            text: ph.clone(),
            url: (!digits.is_empty()).then(|| format!("tel:{digits}")),
        });
    }
    if let Some(l) = &p.contact.location {
        contact.push(ContactItem {
            text: l.clone(),
            url: None,
        });
    }
    for l in &p.contact.links {
        contact.push(ContactItem {
            text: l.label.clone(),
            url: safe_url(&l.url).map(str::to_string),
        });
    }
    contact
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
    wanted: &BTreeSet<SkillId>,
) -> Rich {
    let bold = tax.resolve(name).is_some_and(|id| wanted.contains(&id));
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
    if let Some(n) = note.filter(|n| n.chars().count() <= 40 && !repeats(n.trim())) {
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
        let r = if asked && reorder { 1.0 } else { 0.0 };
        let g = groups.entry(label).or_insert(GroupAcc {
            rel: 0.0,
            first: i,
            items: Vec::new(),
        });
        g.rel = g.rel.max(r);
        let item = skill_item(tax, &s.name, s.level, s.note.as_deref(), &full.wanted);
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
            url: None,
            description: None,
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

/// `Spanish (native) · English (C1)`, as written.
fn languages(p: &Profile) -> Option<Section> {
    if p.languages.is_empty() {
        return None;
    }
    let line: Vec<String> = p.languages.iter().map(|l| l.label()).collect();
    Some(Section {
        title: "Languages".into(),
        body: SectionBody::Paragraph(Rich::plain(line.join(" · "))),
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
