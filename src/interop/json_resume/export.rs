//! jobfit profile → JSON Resume (schema 1.x). What JSON Resume has no field for (skill notes and
//! years, the skill tags of a line, strengths, an education entry's lines and location) goes under
//! `x-jobfit` keys, which the schema allows and [`import`](super::import) reads back.

use super::doc::{self, Extra, Resume};
use super::import::VOLUNTEER_SUFFIX;
use crate::model::profile::{Highlight, Profile};
use crate::model::Date;
use serde_json::Map;

/// The schema this export is written for.
pub const SCHEMA_URL: &str =
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

/// Convert a profile.
pub fn export(p: &Profile) -> Resume {
    let c = &p.contact;
    let mut url = None;
    let mut profiles = Vec::new();
    for l in &c.links {
        if url.is_none() && l.label == "Website" {
            url = Some(l.url.clone());
        } else {
            profiles.push(doc::SocialProfile {
                network: Some(l.label.clone()),
                url: Some(l.url.clone()),
                ..Default::default()
            });
        }
    }
    let (work, volunteer) = roles(p);
    let projects = p
        .projects
        .iter()
        .map(|pr| {
            let (texts, extra) = lines(&pr.highlights);
            doc::Project {
                name: some(&pr.name),
                description: pr.description.clone(),
                highlights: texts,
                keywords: pr.skills.clone(),
                start_date: date(pr.start),
                end_date: date(pr.end),
                url: pr.url.clone(),
                jobfit: extra,
                ..Default::default()
            }
        })
        .collect();
    let education = p
        .education
        .iter()
        .map(|e| doc::Education {
            institution: some(&e.institution),
            study_type: e.degree.clone(),
            start_date: date(e.start),
            end_date: date(e.end),
            jobfit: Extra {
                location: e.location.clone(),
                highlights: e.highlights.clone(),
                ..Default::default()
            },
            ..Default::default()
        })
        .collect();
    let certificates = p
        .certifications
        .iter()
        .map(|c| doc::Certificate {
            name: some(&c.name),
            date: date(c.date),
            issuer: c.issuer.clone(),
            url: c.url.clone(),
            ..Default::default()
        })
        .collect();
    let skills = p
        .skills
        .iter()
        .map(|s| doc::Skill {
            name: some(&s.name),
            level: s.level.map(|l| l.as_str().to_string()),
            jobfit: Extra {
                note: s.note.clone(),
                years: s.years,
                ..Default::default()
            },
            ..Default::default()
        })
        .collect();
    let languages = p
        .languages
        .iter()
        .map(|l| doc::Language {
            language: some(&l.name),
            fluency: l.level.clone(),
            ..Default::default()
        })
        .collect();
    Resume {
        schema: Some(SCHEMA_URL.to_string()),
        basics: doc::Basics {
            name: some(&p.name),
            label: p.headline.clone(),
            email: c.email.clone(),
            phone: c.phone.clone(),
            url,
            summary: p.summary.clone(),
            location: c.location.as_deref().map(location),
            profiles,
            ..Default::default()
        },
        work,
        volunteer,
        education,
        certificates,
        skills,
        languages,
        projects,
        jobfit: Extra {
            strengths: p.strengths.clone(),
            ..Default::default()
        },
        other: Map::new(),
    }
}

/// Roles as `work`, and those whose title says `(volunteer)` as `volunteer`.
fn roles(p: &Profile) -> (Vec<doc::Work>, Vec<doc::Volunteer>) {
    let mut work = Vec::new();
    let mut volunteer = Vec::new();
    for e in &p.experience {
        let (texts, extra) = lines(&e.highlights);
        match e.title.strip_suffix(VOLUNTEER_SUFFIX) {
            Some(position) => volunteer.push(doc::Volunteer {
                organization: some(&e.company),
                position: some(position),
                start_date: date(Some(e.start)),
                end_date: date(e.end),
                highlights: texts,
                jobfit: extra,
                ..Default::default()
            }),
            None => work.push(doc::Work {
                name: some(&e.company),
                position: some(&e.title),
                location: e.location.clone(),
                start_date: date(Some(e.start)),
                end_date: date(e.end),
                highlights: texts,
                jobfit: extra,
                ..Default::default()
            }),
        }
    }
    (work, volunteer)
}

/// The document as pretty JSON, ending in a newline.
pub fn to_json(doc: &Resume) -> String {
    let mut s = serde_json::to_string_pretty(doc).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

/// `present` is no date in JSON Resume: an open end is written by leaving `endDate` out.
fn date(d: Option<Date>) -> Option<String> {
    match d? {
        Date::Month(m) => Some(m.to_string()),
        Date::Present => None,
    }
}

/// `City, Region, CC` into its parts, as import joins them again; anything else is the city.
fn location(s: &str) -> doc::Location {
    let parts: Vec<&str> = s.split(", ").collect();
    let mut l = doc::Location::default();
    match parts.as_slice() {
        [city, region] => {
            l.city = some(city);
            l.region = some(region);
        }
        [city, region, cc] => {
            l.city = some(city);
            l.region = some(region);
            l.country_code = some(cc);
        }
        _ => l.city = some(s),
    }
    l
}

/// The texts of some lines, and their skill tags when any line has some.
fn lines(hs: &[Highlight]) -> (Vec<String>, Extra) {
    let texts = hs.iter().map(|h| h.text.clone()).collect();
    let mut extra = Extra::default();
    if hs.iter().any(|h| !h.skills.is_empty()) {
        extra.highlight_skills = hs.iter().map(|h| h.skills.clone()).collect();
    }
    (texts, extra)
}
