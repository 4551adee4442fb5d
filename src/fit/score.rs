//! The score: a weighted sum the report explains line by line.
//!
//! score = 100 × Σ(weight × credit) / Σ weight, over every requirement plus one line for
//! experience (years against the posting's minimum or its seniority). Owns the weights and
//! credits; nothing else in jobfit may invent a number that moves the score.

use crate::analyze::{JobFacts, ProfileFacts};
use crate::fit::matcher::{Outcome, Verdict};
use crate::model::Importance;
use serde::Serialize;

/// How much a requirement counts.
pub fn weight(importance: Importance) -> f32 {
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
pub fn experience(facts: &ProfileFacts, job: &JobFacts) -> Option<ExperienceCheck> {
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
        weight: EXPERIENCE_WEIGHT,
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
}

/// The score sheet of a match.
pub fn sheet(outcomes: &[Outcome], job: &JobFacts, facts: &ProfileFacts) -> ScoreSheet {
    let mut rows: Vec<ScoreRow> = outcomes
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let importance = job.reqs[o.req].importance;
            ScoreRow {
                outcome: i,
                importance,
                weight: weight(importance),
                credit: credit(o),
            }
        })
        .collect();
    rows.sort_by_key(|r| r.importance);
    let experience = experience(facts, job);
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
        assert!(weight(Importance::Required) > weight(Importance::Preferred));
        assert!(weight(Importance::Preferred) > weight(Importance::Unspecified));
    }
}
