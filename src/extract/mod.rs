//! A job posting as plain text or Markdown → a structured job.
//!
//! Owns recognising the posting's sections ("Requirements", "Nice to have", …) and inferring each
//! skill's importance from where it is named, plus a title, seniority and minimum-years guess.
//! Skill spotting itself is `mentions`' job; this module must not touch files.
//!
//! Both entry points run one `findings` step (the guesses and `find_skills`) and project it:
//! `extract` names the skills with their mentions, `extract_reqs` (what `rank` runs per
//! posting) groups them into requirements by id, with the grouping `to_job` uses by name.
//!
//! - `sections`: headings and their classification; `wording`: headings told by their wording
//!   (glued to a line, or an unmarked line that opens like one);
//! - `cues`: inline importance cues; `reqline`: lines that state a requirement themselves;
//! - `scope`: how far a cue and a heading reach, to each mention of a line;
//! - `anyof`: any-of groups in prose ("X, Y or Z", "one of", "such as");
//! - `skills`: the skills of a posting with their importance (`find_skills`, its buffer pools);
//! - `guess`: title, company, seniority and minimum years; `role`: what names a role or a company;
//! - `text`: byte-level line, trim and word-count helpers.

mod anyof;
mod cues;
mod guess;
mod reqline;
mod role;
mod scope;
mod sections;
mod skills;
mod text;
mod wording;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_prose;

use crate::model::job::Seniority;
use crate::model::{Importance, Job, Requirement};
use crate::skills::mentions::MentionFinder;
use crate::skills::taxonomy::{Category, Kind, SkillId, Taxonomy};
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
    /// What sort of skill (technology, concept, practice, soft, language, domain).
    pub kind: Kind,
    pub category: Category,
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

/// What both entry points find in a posting: the guesses and the skills.
struct Posting {
    title: String,
    company: Option<String>,
    seniority: Option<Seniority>,
    min_years: Option<f32>,
    /// Given back to their pool (`Findings::give_back`) once projected.
    found: Findings,
}

/// The step `extract` and `extract_reqs` share.
fn findings(text: &str, tax: &Taxonomy, finder: &MentionFinder) -> Posting {
    let title = guess_title(text);
    let found = find_skills(text, tax, finder);
    let seniority = guess_seniority(&title);
    let company = guess_company(text, &title);
    Posting {
        title,
        company,
        seniority,
        min_years: guess_min_years(text),
        found,
    }
}

/// Extract a posting's skills with their importance.
pub fn extract<'a>(text: &'a str, tax: &'a Taxonomy, finder: &MentionFinder) -> Extracted<'a> {
    let Posting {
        title,
        company,
        seniority,
        min_years,
        found: findings,
    } = findings(text, tax, finder);
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
                kind: tax.skill(f.id).kind,
                category: tax.skill(f.id).category,
                importance: f.importance,
                mentions: std::mem::take(&mut mentions[i]),
                alternatives: f.alternatives.iter().map(|&a| tax.name(a)).collect(),
                id: f.id,
            }
        })
        .collect();
    findings.give_back();
    Extracted {
        title,
        company,
        seniority,
        min_years,
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
    let Posting {
        title,
        company,
        seniority,
        min_years,
        found,
    } = findings(text, tax, finder);
    let Findings { skills, order, .. } = &found;
    let reqs = group_requirements(
        order.iter().map(|&i| &skills[i]),
        |s| s.id,
        |s| s.alternatives.as_slice(),
        |s| s.importance,
    );
    found.give_back();
    ExtractedReqs {
        title,
        company,
        seniority,
        min_years,
        reqs,
    }
}

/// One requirement per skill, `skills` in requirement order: a skill's alternatives of the same
/// importance join it in one group (an `any_of`), and a skill already in a group starts none.
/// `key` tells skills apart: by name for a job file (`to_job`), by id for ranking.
fn group_requirements<'s, S: 's, K: PartialEq + Copy + 's>(
    skills: impl Iterator<Item = &'s S> + Clone,
    key: impl Fn(&S) -> K,
    alternatives: impl Fn(&'s S) -> &'s [K],
    importance: impl Fn(&S) -> Importance,
) -> Vec<(Vec<K>, Importance)> {
    let n = skills.size_hint().0;
    let mut done: Vec<K> = Vec::with_capacity(n);
    let mut out = Vec::with_capacity(n);
    for s in skills.clone() {
        if done.contains(&key(s)) {
            continue;
        }
        let imp = importance(s);
        let group: Vec<K> = std::iter::once(key(s))
            .chain(alternatives(s).iter().filter_map(|a| {
                skills
                    .clone()
                    .find(|o| key(o) == *a && importance(o) == imp)
                    .map(&key)
            }))
            .collect();
        done.extend(&group);
        out.push((group, imp));
    }
    out
}

impl Extracted<'_> {
    /// One requirement per skill; alternatives of the same importance become one `any_of`.
    fn requirements(&self) -> Vec<Requirement> {
        let groups = group_requirements(
            self.skills.iter(),
            |s| s.name,
            |s| s.alternatives.as_slice(),
            |s| s.importance,
        );
        groups
            .into_iter()
            .map(|(group, importance)| {
                let (skill, any_of) = if group.len() > 1 {
                    (None, group.iter().map(|g| g.to_string()).collect())
                } else {
                    (Some(group[0].to_string()), Vec::new())
                };
                Requirement {
                    skill,
                    any_of,
                    importance,
                    level: None,
                    years: None,
                    note: None,
                }
            })
            .collect()
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
            mission: None,
            values: Vec::new(),
            facts: Vec::new(),
            tech_highlights: Vec::new(),
        }
    }
}
