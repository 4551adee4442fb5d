//! The interview-prep pack: the seed's whole document for one profile and one posting — job
//! overview, why it is a fit, resume highlights, company summary, predicted questions (technical,
//! system design, behavioral with the profile line that makes the best story), questions to ask,
//! concepts to review, strategic advice.
//!
//! Owns choosing and ordering the pack's content from a finished fit report, the job, the
//! profile's evidence lines and the bank. Everything it says about the candidate is a profile
//! line quoted with its place; everything about the job is the posting's own words; questions
//! and topics come from the bank. It must not read files, score, or invent a claim.

pub mod bank;
mod choose;

pub use bank::{Bank, BankFile};

use crate::analyze::ProfileFacts;
use crate::fit::{EvidenceItem, FitReport, Theme};
use crate::model::Job;
use serde::Serialize;

/// The job as the posting states it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overview {
    pub title: String,
    pub company: Option<String>,
    pub location: Option<String>,
    pub seniority: Option<String>,
    /// The posting's own sentences, at most three.
    pub summary: Vec<String>,
}

/// What the job file says about the company (absent unless it says something).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompanySummary {
    pub mission: Option<String>,
    pub values: Vec<String>,
    pub facts: Vec<String>,
    pub tech_highlights: Vec<String>,
}

/// Technical questions for one skill, and why it is asked about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Technical {
    pub skill: String,
    /// `required, missing`, `preferred, partial` …
    pub why: String,
    pub questions: Vec<String>,
}

/// A behavioral question and the profile line that makes the best story for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    pub theme: String,
    pub question: String,
    /// `None`: nothing in the profile fits; prepare a story.
    pub line: Option<EvidenceItem>,
}

/// Sub-topics to revise for one skill.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Review {
    pub skill: String,
    pub why: String,
    pub topics: Vec<String>,
}

/// The whole pack, in the seed's order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrepPack {
    pub candidate: String,
    pub score: f32,
    pub overview: Overview,
    pub fit_heading: String,
    pub fit: Vec<Theme>,
    /// The profile lines that carry most weight for this posting, strongest first.
    pub highlights: Vec<EvidenceItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<CompanySummary>,
    pub technical: Vec<Technical>,
    pub system_design: String,
    pub behavioral: Vec<Story>,
    pub ask: Vec<String>,
    pub review: Vec<Review>,
    pub advice: Vec<String>,
}

/// Everything `build` reads.
pub struct Inputs<'a> {
    pub report: &'a FitReport,
    pub job: &'a Job,
    pub facts: &'a ProfileFacts,
    /// The posting as the user gave it (a text posting's text; a job file's text fields).
    pub posting: &'a str,
    pub bank: &'a Bank,
}

/// Build the pack.
pub fn build(i: &Inputs) -> PrepPack {
    let lower = i.posting.to_lowercase();
    PrepPack {
        candidate: i.report.candidate.clone(),
        score: i.report.score,
        overview: choose::overview(i.job, i.report, i.posting),
        fit_heading: i.report.narrative_heading().to_string(),
        fit: i.report.narrative.clone(),
        highlights: choose::highlights(i.report, 5),
        company: choose::company(i.job),
        technical: choose::technical(i.report, i.bank, 8),
        system_design: choose::system_design(i.bank, &lower),
        behavioral: choose::behavioral(i.bank, i.facts),
        ask: choose::ask(i.bank, &lower, 6),
        review: choose::review(i.report, i.bank, 10),
        advice: choose::advice(i.report, i.bank, i.facts, &lower),
    }
}

/// The text fields of a job file, for cue words (a text posting passes its own text instead).
pub fn job_text(job: &Job) -> String {
    let mut parts: Vec<&str> = vec![&job.title];
    parts.extend(job.summary.as_deref());
    parts.extend(job.responsibilities.iter().map(String::as_str));
    parts.extend(job.description.as_deref());
    parts.extend(job.mission.as_deref());
    parts.extend(job.values.iter().map(String::as_str));
    parts.extend(job.facts.iter().map(String::as_str));
    parts.join("\n")
}

#[cfg(test)]
mod tests;
