//! The fit report: everything `jobfit match` says, as one serialisable value.
//!
//! Owns the report's shape — its `Serialize` is the documented JSON contract — and assembling it
//! from matcher outcomes. Pure: names are resolved here so renderers never need the taxonomy.

use crate::analyze::{JobFacts, ProfileFacts};
use crate::fit::matcher::{Outcome, Verdict};
use crate::fit::narrative;
use crate::fit::score::{self, ExperienceCheck};
use crate::model::{Importance, Job, Profile};
use crate::skills::taxonomy::Taxonomy;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceItem {
    /// The profile line, verbatim.
    pub text: String,
    /// Where it is in the profile, e.g. `experience[0].highlights[2]`.
    pub source: String,
    /// The skill the line names, when it is not the requirement's own (`EKS` for Kubernetes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementReport {
    /// Canonical skill name (the alternative that matched best).
    pub skill: String,
    /// All alternatives of an "any of" requirement.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub any_of: Vec<String>,
    pub category: String,
    pub importance: Importance,
    pub verdict: Verdict,
    pub evidence: Vec<EvidenceItem>,
    /// Why partial, or how it was shown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
    pub claimed_without_evidence: bool,
    pub weight: f32,
    pub credit: f32,
    /// weight × credit.
    pub points: f32,
    /// Where the posting asks for it: `requirements[3]` or `description`.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Theme {
    pub title: String,
    pub text: String,
    pub evidence: Vec<EvidenceItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewItem {
    pub skill: String,
    pub category: String,
    pub importance: Importance,
    pub verdict: Verdict,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FitReport {
    pub candidate: String,
    pub job_title: String,
    pub company: Option<String>,
    /// 0–100: Σ(weight × credit) / Σ weight.
    pub score: f32,
    pub matched: Vec<String>,
    pub partial: Vec<String>,
    pub missing: Vec<String>,
    pub requirements: Vec<RequirementReport>,
    pub experience: Option<ExperienceCheck>,
    pub narrative: Vec<Theme>,
    /// Concepts to review before the interview: gaps and partials, most important first.
    pub review: Vec<ReviewItem>,
    /// Skills the profile lists that no profile line shows.
    pub claimed_without_evidence: Vec<String>,
    pub earned: f32,
    pub possible: f32,
}

impl FitReport {
    /// Counts of (met, partial, missing) among requirements of an importance.
    pub fn counts(&self, importance: Importance) -> (usize, usize, usize) {
        let mut c = (0, 0, 0);
        for r in self
            .requirements
            .iter()
            .filter(|r| r.importance == importance)
        {
            match r.verdict {
                Verdict::Met => c.0 += 1,
                Verdict::Partial => c.1 += 1,
                Verdict::Missing => c.2 += 1,
            }
        }
        c
    }

    /// `Senior Go Developer at Booking.com`.
    pub fn job_label(&self) -> String {
        match &self.company {
            Some(c) => format!("{} at {}", self.job_title, c),
            None => self.job_title.clone(),
        }
    }
}

fn round2(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}

/// Assemble the report.
pub fn build(
    tax: &Taxonomy,
    profile: &Profile,
    job: &Job,
    facts: &ProfileFacts,
    jf: &JobFacts,
    outcomes: &[Outcome],
) -> FitReport {
    let mut requirements: Vec<RequirementReport> = outcomes
        .iter()
        .map(|o| {
            let req = &jf.reqs[o.req];
            let w = score::weight(req.importance);
            let c = score::credit(o);
            RequirementReport {
                skill: tax.name(o.skill).to_string(),
                any_of: if req.skills.len() > 1 {
                    req.skills
                        .iter()
                        .map(|&s| tax.name(s).to_string())
                        .collect()
                } else {
                    Vec::new()
                },
                category: tax.skill(o.skill).category.as_str().to_string(),
                importance: req.importance,
                verdict: o.verdict,
                evidence: o
                    .evidence
                    .iter()
                    .map(|e| {
                        let l = &facts.lines[e.line];
                        EvidenceItem {
                            text: l.text.clone(),
                            source: l.source.clone(),
                            via: (e.shows != o.skill).then(|| tax.name(e.shows).to_string()),
                        }
                    })
                    .collect(),
                reasons: o.reasons.clone(),
                claimed_without_evidence: o.claimed_only,
                weight: w,
                credit: c,
                points: round2(w * c),
                source: req.source.clone(),
            }
        })
        .collect();
    // Required first, then preferred, then the rest; within each, the posting's order.
    requirements.sort_by_key(|r| r.importance);
    let experience = score::experience(facts, jf);
    let rows = requirements
        .iter()
        .map(|r| (r.weight, r.credit))
        .chain(experience.iter().map(|e| (e.weight, e.credit)));
    let (earned, possible) = rows
        .clone()
        .fold((0.0, 0.0), |(e, p), (w, c)| (e + w * c, p + w));
    let score = score::total(rows);
    let names = |v: Verdict| -> Vec<String> {
        requirements
            .iter()
            .filter(|r| r.verdict == v)
            .map(|r| r.skill.clone())
            .collect()
    };
    let review = review(&requirements);
    let claimed_without_evidence = crate::fit::matcher::unevidenced_claims(tax, facts)
        .into_iter()
        .map(|s| tax.name(s).to_string())
        .collect();
    let mut report = FitReport {
        candidate: profile.name.clone(),
        job_title: job.title.clone(),
        company: job.company.clone(),
        score,
        matched: names(Verdict::Met),
        partial: names(Verdict::Partial),
        missing: names(Verdict::Missing),
        requirements,
        experience,
        narrative: Vec::new(),
        review,
        claimed_without_evidence,
        earned: round2(earned),
        possible: round2(possible),
    };
    report.narrative = narrative::themes(tax, profile, &report);
    report
}

/// Gaps and partials, required first, as study topics.
fn review(reqs: &[RequirementReport]) -> Vec<ReviewItem> {
    let mut items: Vec<ReviewItem> = reqs
        .iter()
        .filter(|r| r.verdict != Verdict::Met)
        .map(|r| {
            let why = match r.verdict {
                Verdict::Partial => r
                    .reasons
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "partly shown".to_string()),
                _ => format!(
                    "{} by the posting; not shown in your profile",
                    r.importance.as_str()
                ),
            };
            let why = if r.importance == Importance::Unspecified && r.verdict == Verdict::Missing {
                "mentioned in the posting; not shown in your profile".to_string()
            } else {
                why
            };
            ReviewItem {
                skill: r.skill.clone(),
                category: r.category.clone(),
                importance: r.importance,
                verdict: r.verdict,
                why,
            }
        })
        .collect();
    items.sort_by_key(|i| (i.importance, i.verdict != Verdict::Missing));
    items
}
