//! What analysis hands to matching and tailoring: evidence lines with their places, claims,
//! resolved requirements. Types only; the functions that make them are in the sibling files.

use crate::model::job::Seniority;
use crate::model::profile::Level;
use crate::model::{Importance, JobPlace, Place};
use crate::skills::mentions::Mention;
use crate::skills::taxonomy::{Kind, SkillId};
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
    /// A spoken language the profile lists.
    Language,
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
    /// What sort of skill it asks for (its first alternative's kind): soft skills and domains
    /// are shown, not scored.
    pub kind: Kind,
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
