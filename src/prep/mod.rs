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
mod stories;

pub use bank::{Bank, BankFile};

use crate::analyze::ProfileFacts;
use crate::fit::report::Span;
use crate::fit::{EvidenceItem, FitReport, Theme};
use crate::model::Job;
use serde::{Serialize, Serializer};

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

/// A profile line quoted in the pack, as the JSON contract names it: `text`, `place`, and the
/// byte range of the words that matter (`match`).
#[derive(Serialize)]
struct Quote<'a> {
    text: &'a str,
    place: String,
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    matched: Option<Span>,
}

impl<'a> From<&'a EvidenceItem> for Quote<'a> {
    fn from(e: &'a EvidenceItem) -> Self {
        Quote {
            text: &e.text,
            place: e.source.to_string(),
            matched: e.matched,
        }
    }
}

fn quotes<S: Serializer>(v: &[EvidenceItem], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(v.iter().map(Quote::from))
}

fn quote<S: Serializer>(v: &Option<EvidenceItem>, s: S) -> Result<S::Ok, S::Error> {
    v.as_ref().map(Quote::from).serialize(s)
}

/// Technical questions for one skill, why it is asked about, and the lines that show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Technical {
    pub skill: String,
    /// `required, missing`, `preferred, partial` …
    pub why: String,
    pub questions: Vec<String>,
    pub evidence: Vec<EvidenceItem>,
}

/// `technical_questions`: one row per question.
fn technical<S: Serializer>(v: &[Technical], s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Row<'a> {
        question: &'a str,
        skill: &'a str,
        why: &'a str,
        evidence: Vec<Quote<'a>>,
    }
    s.collect_seq(v.iter().flat_map(|t| {
        t.questions.iter().map(move |q| Row {
            question: q,
            skill: &t.skill,
            why: &t.why,
            evidence: t.evidence.iter().map(Quote::from).collect(),
        })
    }))
}

/// A behavioral question and the profile line that makes the best story for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    pub question: String,
    pub theme: String,
    /// `None`: nothing in the profile fits; prepare a story.
    #[serde(serialize_with = "quote")]
    pub story: Option<EvidenceItem>,
}

/// A question for the candidate to ask, and what it is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AskThem {
    pub question: String,
    pub topic: String,
}

/// Why a concept is on the review list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Asked for and not shown.
    Gap,
    /// Partly shown.
    Partial,
    /// A core requirement the candidate meets: be ready to go deep.
    Core,
}

/// Sub-topics to revise for one skill.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Review {
    pub skill: String,
    pub status: Status,
    /// In words, for the Markdown.
    #[serde(skip)]
    pub why: String,
    pub topics: Vec<String>,
}

/// The strategic advice, by kind.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Advice {
    /// What to lead with and what to address.
    pub focus: Vec<String>,
    /// Which stories to prepare.
    pub stories: Vec<String>,
    /// What the posting says that deserves a question.
    pub red_flags: Vec<String>,
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
    #[serde(serialize_with = "quotes")]
    pub highlights: Vec<EvidenceItem>,
    pub company: Option<CompanySummary>,
    #[serde(rename = "technical_questions", serialize_with = "technical")]
    pub technical: Vec<Technical>,
    pub system_design: String,
    #[serde(rename = "behavioral_questions")]
    pub behavioral: Vec<Story>,
    #[serde(rename = "questions_to_ask")]
    pub ask: Vec<AskThem>,
    #[serde(rename = "concepts")]
    pub review: Vec<Review>,
    pub advice: Advice,
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
        technical: choose::technical(i.report, i.bank, 18),
        system_design: choose::system_design(i.bank, &lower),
        behavioral: stories::behavioral(i.bank, i.facts),
        ask: choose::ask(i.bank, &lower, 6),
        review: choose::review(i.report, i.bank, 16),
        advice: Advice::default(),
    }
    .with_advice(i, &lower)
}

impl PrepPack {
    fn with_advice(mut self, i: &Inputs, posting: &str) -> PrepPack {
        self.advice = choose::advice(i.report, i.bank, i.facts, posting, &self.behavioral);
        self
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
