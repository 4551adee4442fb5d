//! JSON Resume → jobfit profile.
//!
//! Mapping: `basics.label` → `headline`; `basics.url` → `contact.website`; `profiles` →
//! `contact.github` / `contact.linkedin` (the first of each) and `contact.links`;
//! `location` (city, region, country code) → `contact.location`; `work` → `experience`
//! (`summary` → `description`, `url`; a missing `endDate` means `present`); `volunteer` →
//! `volunteering` (its `summary` becomes its first highlight); `awards`; `publications`;
//! `projects` (keywords → project skills);
//! `education` (`studyType` and `area` → `degree`, `score` and `courses` → highlights);
//! `certificates` → `certifications`; `skills` (the group and each keyword → skills, a level
//! word such as `Master` → `expert`); `languages` (a `fluency` such as `Native speaker` → `native`). Dates of any precision (`2019`, `2019-03`,
//! `2019-03-01`) keep their year and month. Everything else is named in [`Imported::left_out`].

use super::doc::{self, Other, Resume};
use crate::model::profile::{
    Certification, Contact, Education, Experience, Highlight, Level, Link, Project, SkillClaim,
};
use crate::model::{Date, Profile, YearMonth};
use serde_json::Value;

/// A converted profile and what had no place in it.
#[derive(Debug, Clone)]
pub struct Imported {
    pub profile: Profile,
    /// One line per field left out: its path in the document and why.
    pub left_out: Vec<String>,
}

/// A field the conversion cannot do without, or a value it cannot read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `work[2].startDate`, `basics.name`, …
    pub path: String,
    pub message: String,
    pub help: String,
}

/// Convert a JSON Resume document.
pub fn import(doc: &Resume) -> Result<Imported, Vec<Problem>> {
    let mut cx = Cx::default();
    for key in doc.other.keys() {
        if key != "meta" {
            cx.left_out(key, "has no place in a jobfit profile; left out");
        }
    }
    let b = &doc.basics;
    cx.others("basics", &b.other);
    let name = match text(&b.name) {
        Some(n) => n,
        None => {
            cx.problem(
                "basics.name",
                "the resume has no `basics.name`",
                "a jobfit profile starts with the candidate's name: add `\"name\"` under `\"basics\"`",
            );
            String::new()
        }
    };
    let mut contact = cx.contact(b);
    let experience = cx.experience(doc);
    let projects = doc
        .projects
        .iter()
        .enumerate()
        .filter_map(|(i, p)| cx.project(i, p))
        .collect();
    let education = doc
        .education
        .iter()
        .enumerate()
        .filter_map(|(i, e)| cx.education(i, e))
        .collect();
    let certifications = doc
        .certificates
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let at = format!("certificates[{i}]");
            cx.others(&at, &c.other);
            let Some(name) = text(&c.name) else {
                cx.left_out(&at, "has no `name`");
                return None;
            };
            Some(Certification {
                name,
                issuer: text(&c.issuer),
                date: cx.date(&format!("{at}.date"), &c.date),
                url: text(&c.url),
            })
        })
        .collect();
    let skills = cx.skills(&doc.skills);
    let languages = cx.languages(doc);
    let volunteering = cx.volunteering(doc);
    let awards = cx.awards(doc);
    let publications = cx.publications(doc);
    if !cx.problems.is_empty() {
        return Err(cx.problems);
    }
    let profile = Profile {
        name,
        headline: text(&b.label),
        contact: {
            contact.email = text(&b.email);
            contact.phone = text(&b.phone);
            contact
        },
        summary: text(&b.summary),
        skills,
        experience,
        projects,
        certifications,
        education,
        strengths: doc.jobfit.strengths.clone(),
        languages,
        awards,
        publications,
        volunteering,
        style: doc.jobfit.style.clone(),
        sections: doc.jobfit.sections.clone(),
    };
    Ok(Imported {
        profile,
        left_out: cx.left_out,
    })
}

/// Non-empty lines, trimmed, with the skill tags `x-jobfit` keeps for them.
fn tagged<'a>(lines: &'a [String], extra: &'a doc::Extra) -> impl Iterator<Item = Highlight> + 'a {
    lines
        .iter()
        .enumerate()
        .filter(|(_, h)| !h.trim().is_empty())
        .map(|(i, h)| Highlight {
            text: h.trim().to_string(),
            skills: extra.highlight_skills.get(i).cloned().unwrap_or_default(),
        })
}

/// A trimmed, non-empty string.
fn text(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// A JSON Resume date (ISO 8601 of any precision: `2019`, `2019-03`, `2019-03-01`, or a full
/// timestamp) as a month; `None` when it is not one.
pub fn parse_date(s: &str) -> Option<YearMonth> {
    let s = s.trim();
    let ym = match s.len() {
        4 | 7 => s,
        n if n >= 10 && s.as_bytes()[7] == b'-' => {
            let day = &s[8..10];
            if !day.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            &s[..7]
        }
        _ => return None,
    };
    YearMonth::parse(ym)
}

/// A level word as JSON Resume documents write it, when it says one of ours plainly.
pub fn level(word: &str) -> Option<Level> {
    match word.trim().to_ascii_lowercase().as_str() {
        "master" | "expert" => Some(Level::Expert),
        "advanced" | "strong" | "proficient" => Some(Level::Strong),
        "intermediate" | "working" => Some(Level::Working),
        "beginner" | "novice" | "basic" | "learning" => Some(Level::Learning),
        _ => None,
    }
}

#[derive(Default)]
struct Cx {
    left_out: Vec<String>,
    problems: Vec<Problem>,
}

impl Cx {
    fn left_out(&mut self, path: &str, why: &str) {
        self.left_out.push(format!("`{path}` {why}"));
    }

    fn problem(&mut self, path: &str, message: &str, help: &str) {
        self.problems.push(Problem {
            path: path.to_string(),
            message: message.to_string(),
            help: help.to_string(),
        });
    }

    /// `basics.url` as the website, `profiles` as GitHub, LinkedIn and links; `location` as one
    /// line.
    fn contact(&mut self, b: &doc::Basics) -> Contact {
        let cx = self;
        let mut c = Contact {
            website: text(&b.url),
            ..Contact::default()
        };
        for (i, p) in b.profiles.iter().enumerate() {
            let at = format!("basics.profiles[{i}]");
            cx.others(&at, &p.other);
            let network = text(&p.network);
            if cx.shortcut(network.as_deref(), p, &mut c.github, &mut c.linkedin) {
                continue;
            }
            match text(&p.url) {
                Some(url) => {
                    let label = match (network, text(&p.username)) {
                        (Some(n), Some(u)) => format!("{n} ({u})"),
                        (Some(n), None) => n,
                        (None, Some(u)) => u,
                        (None, None) => "Link".to_string(),
                    };
                    c.links.push(Link { label, url });
                }
                None => cx.left_out(&at, "has no `url`, and a link needs one"),
            }
        }
        c.location = b.location.as_ref().and_then(|l| {
            cx.others("basics.location", &l.other);
            let parts: Vec<String> = [&l.city, &l.region, &l.country_code]
                .into_iter()
                .filter_map(text)
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        });
        c
    }

    /// `work` as roles.
    fn experience(&mut self, doc: &Resume) -> Vec<Experience> {
        let cx = self;
        let mut experience = Vec::new();
        for (i, w) in doc.work.iter().enumerate() {
            let at = format!("work[{i}]");
            cx.others(&at, &w.other);
            let role = cx.role(
                &at,
                [&w.position, &w.name],
                [&w.start_date, &w.end_date],
                &w.highlights,
                &w.jobfit,
            );
            if let Some(mut e) = role {
                e.location = text(&w.location);
                e.description = text(&w.summary);
                e.url = text(&w.url);
                e.skills = w.jobfit.skills.clone();
                experience.push(e);
            }
        }
        experience
    }

    fn others(&mut self, at: &str, other: &Other) {
        for (key, value) in other {
            if is_empty(value) {
                continue;
            }
            self.left_out(
                &format!("{at}.{key}"),
                "has no place in a jobfit profile; left out",
            );
        }
    }

    /// A date that must read as one if it is there; empty is `None`.
    fn date(&mut self, at: &str, s: &Option<String>) -> Option<Date> {
        let s = text(s)?;
        if s.eq_ignore_ascii_case("present") {
            return Some(Date::Present);
        }
        match parse_date(&s) {
            Some(m) => Some(Date::Month(m)),
            None => {
                self.problem(
                    at,
                    &format!("`{s}` is not a date"),
                    "write it as JSON Resume does: `2019`, `2019-03` or `2019-03-01`",
                );
                None
            }
        }
    }

    fn role(
        &mut self,
        at: &str,
        [title, company]: [&Option<String>; 2],
        [start, end]: [&Option<String>; 2],
        highlights: &[String],
        extra: &doc::Extra,
    ) -> Option<Experience> {
        let start_date = self.date(&format!("{at}.startDate"), start);
        let end_date = self.date(&format!("{at}.endDate"), end);
        let Some(start_date) = start_date else {
            if text(start).is_none() {
                self.problem(
                    &format!("{at}.startDate"),
                    &format!("`{at}` has no `startDate`"),
                    "jobfit counts years of experience from every role's start: add `\"startDate\": \"2019-03\"`",
                );
            }
            return None;
        };
        Some(Experience {
            title: text(title).unwrap_or_else(|| {
                self.left_out(at, "has no position; its title is left empty");
                String::new()
            }),
            company: text(company).unwrap_or_default(),
            location: None,
            start: start_date,
            end: Some(end_date.unwrap_or(Date::Present)),
            description: None,
            url: None,
            skills: Vec::new(),
            highlights: tagged(highlights, extra).collect(),
        })
    }

    fn project(&mut self, i: usize, p: &doc::Project) -> Option<Project> {
        let at = format!("projects[{i}]");
        self.others(&at, &p.other);
        let Some(name) = text(&p.name) else {
            self.left_out(&at, "has no `name`");
            return None;
        };
        Some(Project {
            name,
            url: text(&p.url),
            start: self.date(&format!("{at}.startDate"), &p.start_date),
            end: self.date(&format!("{at}.endDate"), &p.end_date),
            description: text(&p.description),
            highlights: tagged(&p.highlights, &p.jobfit).collect(),
            skills: p
                .keywords
                .iter()
                .filter(|k| !k.trim().is_empty())
                .map(|k| k.trim().to_string())
                .collect(),
        })
    }

    fn education(&mut self, i: usize, e: &doc::Education) -> Option<Education> {
        let at = format!("education[{i}]");
        self.others(&at, &e.other);
        let Some(institution) = text(&e.institution) else {
            self.left_out(&at, "has no `institution`");
            return None;
        };
        let degree = match (text(&e.study_type), text(&e.area)) {
            (Some(t), Some(a)) => Some(format!("{t}, {a}")),
            (t, a) => t.or(a),
        };
        let mut highlights = Vec::new();
        match &e.score {
            Some(Value::String(s)) if !s.trim().is_empty() => {
                highlights.push(Highlight::new(format!("Score: {}", s.trim())))
            }
            Some(Value::Number(n)) => highlights.push(Highlight::new(format!("Score: {n}"))),
            _ => {}
        }
        let courses: Vec<&str> = e
            .courses
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .collect();
        if !courses.is_empty() {
            highlights.push(Highlight::new(format!("Courses: {}", courses.join("; "))));
        }
        highlights.extend(e.jobfit.highlights.iter().cloned());
        Some(Education {
            institution,
            degree,
            location: e.jobfit.location.clone(),
            start: self.date(&format!("{at}.startDate"), &e.start_date),
            end: self.date(&format!("{at}.endDate"), &e.end_date),
            highlights,
        })
    }

    /// Each group and each of its keywords becomes a skill (first mention wins); a group's
    /// level is kept as ours when it says one plainly, else as a note.
    fn skills(&mut self, groups: &[doc::Skill]) -> Vec<SkillClaim> {
        let mut out: Vec<SkillClaim> = Vec::new();
        let push = |out: &mut Vec<SkillClaim>, claim: SkillClaim| {
            if !out.iter().any(|c| c.name.eq_ignore_ascii_case(&claim.name)) {
                out.push(claim);
            }
        };
        for (i, g) in groups.iter().enumerate() {
            let at = format!("skills[{i}]");
            self.others(&at, &g.other);
            let word = text(&g.level);
            let lvl = word.as_deref().and_then(level);
            let note = match (&word, lvl) {
                (Some(w), None) => Some(format!("level: {w}")),
                _ => g.jobfit.note.clone(),
            };
            let group = text(&g.name);
            if let Some(name) = &group {
                push(
                    &mut out,
                    SkillClaim {
                        name: name.clone(),
                        level: lvl,
                        years: g.jobfit.years,
                        note: note.clone(),
                    },
                );
            } else if g.keywords.is_empty() {
                self.left_out(&at, "has no `name` and no `keywords`");
            }
            for k in g
                .keywords
                .iter()
                .map(|k| k.trim())
                .filter(|k| !k.is_empty())
            {
                push(
                    &mut out,
                    SkillClaim {
                        name: k.to_string(),
                        level: None,
                        years: None,
                        note: group.clone(),
                    },
                );
            }
        }
        out
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

#[path = "import_sections.rs"]
mod sections;

pub use sections::fluency;

#[cfg(test)]
#[path = "import_tests.rs"]
mod tests;
