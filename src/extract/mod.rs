//! A job posting as plain text or Markdown → a structured job.
//!
//! Owns recognising the posting's sections ("Requirements", "Nice to have", …) and inferring each
//! skill's importance from where it is named, plus a title, seniority and minimum-years guess.
//! Skill spotting itself is `mentions`' job; this module must not touch files.
//!
//! - `sections`: headings and their classification;
//! - `cues`: inline importance cues;
//! - `skills`: the skills of a posting with their importance (`find_skills`, its buffer pools);
//! - `guess`: title, company, seniority and minimum years;
//! - `text`: byte-level line, trim and word-count helpers.

mod cues;
mod guess;
mod sections;
mod skills;
mod text;

#[cfg(test)]
mod tests;

use crate::model::job::Seniority;
use crate::model::{Importance, Job, Requirement};
use crate::skills::mentions::MentionFinder;
use crate::skills::taxonomy::{SkillId, Taxonomy};
use guess::{guess_company, guess_min_years, guess_seniority, guess_title};
use serde::Serialize;
use skills::{find_skills, Findings};
use smallvec::SmallVec;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MentionSpan<'a> {
    /// Byte offsets into the posting text.
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExtractedSkill<'a> {
    pub name: &'a str,
    pub importance: Importance,
    /// In text order; one or two are stored inline.
    pub mentions: SmallVec<[MentionSpan<'a>; 2]>,
    /// Skills the posting offers as alternatives to this one (`AWS/GCP`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<&'a str>,
    #[serde(skip)]
    pub id: SkillId,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
/// A posting's extraction; names and mention texts borrow from the taxonomy and the text.
pub struct Extracted<'a> {
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seniority: Option<Seniority>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_years: Option<f32>,
    pub skills: Vec<ExtractedSkill<'a>>,
}

/// Extract a posting's skills with their importance.
pub fn extract<'a>(text: &'a str, tax: &'a Taxonomy, finder: &MentionFinder) -> Extracted<'a> {
    let title = guess_title(text);
    let findings = find_skills(text, tax, finder);
    let Findings {
        skills: found,
        order,
        spans,
        ..
    } = &findings;
    // Each skill's mentions, in text order, in a vector of the right size (most skills have
    // one or two, stored inline).
    let mut mentions: Vec<SmallVec<[MentionSpan; 2]>> = found
        .iter()
        .map(|f| SmallVec::with_capacity(f.count))
        .collect();
    for &(start, end, i) in spans {
        mentions[i].push(MentionSpan {
            start,
            end,
            text: &text[start..end],
        });
    }
    let skills = order
        .iter()
        .map(|&i| {
            let f = &found[i];
            ExtractedSkill {
                name: tax.name(f.id),
                importance: f.importance,
                mentions: std::mem::take(&mut mentions[i]),
                alternatives: f.alternatives.iter().map(|&a| tax.name(a)).collect(),
                id: f.id,
            }
        })
        .collect();
    findings.give_back();
    let seniority = guess_seniority(&title);
    let company = guess_company(text, &title);
    Extracted {
        title,
        company,
        seniority,
        min_years: guess_min_years(text),
        skills,
    }
}

/// A posting's requirements as skill ids: what `extract(…).to_job()` says, without naming
/// the skills. Only the same as resolving that job's names when no two skills share a name.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtractedReqs {
    pub title: String,
    pub company: Option<String>,
    pub seniority: Option<Seniority>,
    pub min_years: Option<f32>,
    /// Per requirement: its skill, or its alternatives (`any_of`), and its importance.
    pub reqs: Vec<(Vec<SkillId>, Importance)>,
}

/// `extract(…).to_job()` with skill ids for names (for ranking many postings).
pub fn extract_reqs(text: &str, tax: &Taxonomy, finder: &MentionFinder) -> ExtractedReqs {
    let title = guess_title(text);
    let findings = find_skills(text, tax, finder);
    let Findings { skills, order, .. } = &findings;
    // As `Extracted::requirements`.
    let mut done: Vec<SkillId> = Vec::with_capacity(skills.len());
    let mut reqs = Vec::with_capacity(skills.len());
    for s in order.iter().map(|&i| &skills[i]) {
        if done.contains(&s.id) {
            continue;
        }
        let group: Vec<SkillId> = std::iter::once(s.id)
            .chain(s.alternatives.iter().filter_map(|&a| {
                skills
                    .iter()
                    .find(|o| o.id == a && o.importance == s.importance)
                    .map(|o| o.id)
            }))
            .collect();
        done.extend(&group);
        reqs.push((group, s.importance));
    }
    findings.give_back();
    let seniority = guess_seniority(&title);
    let company = guess_company(text, &title);
    ExtractedReqs {
        title,
        company,
        seniority,
        min_years: guess_min_years(text),
        reqs,
    }
}

impl Extracted<'_> {
    /// One requirement per skill; alternatives of the same importance become one `any_of`.
    fn requirements(&self) -> Vec<Requirement> {
        let mut done: Vec<&str> = Vec::new();
        let mut out = Vec::new();
        for s in &self.skills {
            if done.contains(&s.name) {
                continue;
            }
            let group: Vec<&ExtractedSkill> = std::iter::once(s)
                .chain(s.alternatives.iter().filter_map(|a| {
                    self.skills
                        .iter()
                        .find(|o| o.name == *a && o.importance == s.importance)
                }))
                .collect();
            done.extend(group.iter().map(|g| g.name));
            let (skill, any_of) = if group.len() > 1 {
                (None, group.iter().map(|g| g.name.to_string()).collect())
            } else {
                (Some(s.name.to_string()), Vec::new())
            };
            out.push(Requirement {
                skill,
                any_of,
                importance: s.importance,
                level: None,
                years: None,
                note: None,
            });
        }
        out
    }

    /// The posting as a job file: every skill becomes a requirement with its importance.
    pub fn to_job(&self) -> Job {
        Job {
            title: self.title.clone(),
            company: self.company.clone(),
            location: None,
            seniority: self.seniority,
            min_years: self.min_years,
            summary: None,
            requirements: self.requirements(),
            responsibilities: Vec::new(),
            description: None,
        }
    }
}
