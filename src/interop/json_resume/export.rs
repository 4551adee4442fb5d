//! jobfit profile → JSON Resume (schema 1.x). What JSON Resume has no field for (skill notes and
//! years, the skill tags of a line or a role, strengths, an education entry's lines and location,
//! a publication's kind) goes under `x-jobfit` keys, which the schema allows and
//! [`import`](super::import) reads back. `contact.website` is `basics.url`; GitHub and LinkedIn
//! are `basics.profiles` with the user name as written.

use super::doc::{self, Extra, Resume};
use crate::model::contact::{github_url, linkedin_url, website_url};
use crate::model::profile::{Contact, Highlight, Profile};
use crate::model::Date;
use serde_json::Map;

/// The schema this export is written for.
pub const SCHEMA_URL: &str =
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

/// Convert a profile.
pub fn export(p: &Profile) -> Resume {
    let c = &p.contact;
    let (url, profiles) = links(c);
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
            fluency: l.level.map(|f| f.as_str().to_string()),
            ..Default::default()
        })
        .collect();
    let (awards, publications) = recognition(p);
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
        awards,
        publications,
        jobfit: Extra {
            strengths: p.strengths.clone(),
            style: p.style.clone(),
            sections: p.sections.clone(),
            ..Default::default()
        },
        other: Map::new(),
    }
}

/// `awards` and `publications` (a publication's kind under `x-jobfit`).
fn recognition(p: &Profile) -> (Vec<doc::Award>, Vec<doc::Publication>) {
    let awards = p
        .awards
        .iter()
        .map(|a| doc::Award {
            title: some(&a.title),
            date: date(a.date),
            awarder: a.issuer.clone(),
            summary: a.summary.clone(),
            ..Default::default()
        })
        .collect();
    let publications = p
        .publications
        .iter()
        .map(|pb| doc::Publication {
            name: some(&pb.title),
            publisher: pb.publisher.clone(),
            release_date: date(pb.date),
            url: pb.url.clone(),
            summary: pb.summary.clone(),
            jobfit: Extra {
                kind: pb.kind.map(|k| k.as_str().to_string()),
                ..Default::default()
            },
            ..Default::default()
        })
        .collect();
    (awards, publications)
}

/// `basics.url` (the website, or else a link labelled `Website`) and `basics.profiles`
/// (GitHub, LinkedIn, then the other links).
fn links(c: &Contact) -> (Option<String>, Vec<doc::SocialProfile>) {
    let mut url = c.website.as_deref().map(website_url);
    let mut profiles = Vec::new();
    let handle = |s: &str| (!s.contains("://")).then(|| s.to_string());
    if let Some(g) = &c.github {
        profiles.push(doc::SocialProfile {
            network: some("GitHub"),
            username: handle(g),
            url: Some(github_url(g)),
            ..Default::default()
        });
    }
    if let Some(l) = &c.linkedin {
        profiles.push(doc::SocialProfile {
            network: some("LinkedIn"),
            username: handle(l),
            url: Some(linkedin_url(l)),
            ..Default::default()
        });
    }
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
    (url, profiles)
}

/// Roles as `work`, volunteer roles as `volunteer`.
fn roles(p: &Profile) -> (Vec<doc::Work>, Vec<doc::Volunteer>) {
    let work = p
        .experience
        .iter()
        .map(|e| {
            let (texts, mut extra) = lines(&e.highlights);
            extra.skills = e.skills.clone();
            doc::Work {
                name: some(&e.company),
                position: some(&e.title),
                location: e.location.clone(),
                url: e.url.clone(),
                start_date: date(Some(e.start)),
                end_date: date(e.end),
                summary: e.description.clone(),
                highlights: texts,
                jobfit: extra,
                ..Default::default()
            }
        })
        .collect();
    let volunteer = p
        .volunteering
        .iter()
        .map(|v| {
            let (texts, extra) = lines(&v.highlights);
            doc::Volunteer {
                organization: some(&v.organization),
                position: v.role.clone(),
                url: v.url.clone(),
                start_date: date(v.start),
                end_date: date(v.end),
                highlights: texts,
                jobfit: extra,
                ..Default::default()
            }
        })
        .collect();
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
