//! The score: a weighted sum the report explains line by line.
//!
//! score = 100 × Σ(weight × credit) / Σ weight, over every requirement plus one line for
//! experience (years against the posting's minimum or its seniority). Owns the weights and
//! credits; nothing else in jobfit may invent a number that moves the score.

use crate::analyze::{JobFacts, ProfileFacts};
use crate::fit::matcher::{Outcome, Verdict};
use crate::model::Importance;
use crate::skills::taxonomy::Kind;
use serde::Serialize;

/// How much a requirement counts: nothing for a soft skill or a domain (shown, not scored).
pub fn weight(importance: Importance, kind: Kind) -> f32 {
    if !kind.is_scored() {
        return 0.0;
    }
    match importance {
        Importance::Required => 3.0,
        Importance::Preferred => 1.5,
        Importance::Unspecified => 0.5,
    }
}

/// How much of its weight a requirement earns.
pub fn credit(o: &Outcome) -> f32 {
    match o.verdict {
        Verdict::Met if o.claimed_only => 0.75,
        Verdict::Met => 1.0,
        Verdict::Partial => 0.5,
        Verdict::Missing => 0.0,
    }
}

/// Weight of the experience line.
pub const EXPERIENCE_WEIGHT: f32 = 3.0;

/// Weight of the experience line when the posting lists no requirement (every skill is from
/// its text): as much as one skill named in the text, so that years cannot decide the score of
/// a posting whose requirements were not found.
pub const EXPERIENCE_WEIGHT_UNLISTED: f32 = 0.5;

/// Years of experience against what the posting asks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExperienceCheck {
    pub years: f32,
    /// Minimum years asked, or the seniority's typical years.
    pub needed: f32,
    /// Where `needed` comes from: `min_years` or `seniority: senior`.
    pub basis: String,
    pub verdict: Verdict,
    pub credit: f32,
    pub weight: f32,
}

/// Compare the profile's years with the posting's minimum (or its seniority's typical years).
pub fn experience(facts: &ProfileFacts, job: &JobFacts, listed: bool) -> Option<ExperienceCheck> {
    let (needed, basis) = match (job.min_years, job.seniority) {
        (Some(y), _) => (y, format!("min_years: {y}")),
        (None, Some(s)) if s.typical_years() > 0.0 => (
            s.typical_years(),
            format!(
                "seniority: {} (typically {} years)",
                s.as_str(),
                s.typical_years()
            ),
        ),
        _ => return None,
    };
    let ratio = if needed <= 0.0 {
        1.0
    } else {
        (facts.years / needed).min(1.0)
    };
    let verdict = if ratio >= 1.0 {
        Verdict::Met
    } else if ratio > 0.0 {
        Verdict::Partial
    } else {
        Verdict::Missing
    };
    Some(ExperienceCheck {
        years: facts.years,
        needed,
        basis,
        verdict,
        credit: (ratio * 100.0).round() / 100.0,
        weight: if listed {
            EXPERIENCE_WEIGHT
        } else {
            EXPERIENCE_WEIGHT_UNLISTED
        },
    })
}

/// One requirement's line on the score sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreRow {
    /// Index into the outcomes the sheet was made from.
    pub outcome: usize,
    pub importance: Importance,
    pub weight: f32,
    pub credit: f32,
}

/// The whole score: every requirement's weight and credit, the experience line, and the sums.
/// The report and `rank` both read their score from here, so they agree to the last bit.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreSheet {
    /// Required first, then preferred, then the rest; within each, the posting's order.
    pub rows: Vec<ScoreRow>,
    pub experience: Option<ExperienceCheck>,
    /// Σ weight × credit.
    pub earned: f32,
    /// Σ weight.
    pub possible: f32,
    /// `total` of the rows: 0–100, one decimal.
    pub total: f32,
    /// Does the posting list requirements (required or preferred ones that count)? When not,
    /// every skill comes from its text and the score is low-confidence.
    pub listed: bool,
}

/// The score sheet of a match.
pub fn sheet(outcomes: &[Outcome], job: &JobFacts, facts: &ProfileFacts) -> ScoreSheet {
    let mut rows: Vec<ScoreRow> = outcomes
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let req = &job.reqs[o.req];
            let importance = req.importance;
            ScoreRow {
                outcome: i,
                importance,
                weight: weight(importance, req.kind),
                credit: credit(o),
            }
        })
        .collect();
    rows.sort_by_key(|r| r.importance);
    let listed = rows
        .iter()
        .any(|r| r.importance != Importance::Unspecified && r.weight > 0.0);
    let experience = experience(facts, job, listed);
    let (mut earned, mut possible) = (0.0f32, 0.0f32);
    for (w, c) in rows
        .iter()
        .map(|r| (r.weight, r.credit))
        .chain(experience.iter().map(|e| (e.weight, e.credit)))
    {
        earned += w * c;
        possible += w;
    }
    ScoreSheet {
        rows,
        experience,
        earned,
        possible,
        total: percent(earned, possible),
        listed,
    }
}

fn percent(earned: f32, possible: f32) -> f32 {
    if possible == 0.0 {
        return 0.0;
    }
    (1000.0 * earned / possible).round() / 10.0
}

/// The 0–100 score, one decimal.
pub fn total(rows: impl IntoIterator<Item = (f32, f32)>) -> f32 {
    let (mut earned, mut possible) = (0.0f32, 0.0f32);
    for (w, c) in rows {
        earned += w * c;
        possible += w;
    }
    percent(earned, possible)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn total_is_weighted_mean() {
        assert_eq!(total([(3.0, 1.0), (1.5, 0.0)]), 66.7);
        assert_eq!(total([(3.0, 0.5), (3.0, 0.5)]), 50.0);
        assert_eq!(total([]), 0.0);
    }

    #[test]
    fn required_outweighs_preferred() {
        let w = |i| weight(i, Kind::Technology);
        assert!(w(Importance::Required) > w(Importance::Preferred));
        assert!(w(Importance::Preferred) > w(Importance::Unspecified));
        assert!(w(Importance::Unspecified) > 0.0);
    }

    #[test]
    fn soft_skills_and_domains_weigh_nothing() {
        for kind in [Kind::Soft, Kind::Domain] {
            assert_eq!(weight(Importance::Required, kind), 0.0);
        }
        for kind in [Kind::Concept, Kind::Practice, Kind::Language] {
            assert_eq!(weight(Importance::Required, kind), 3.0);
        }
    }
}
