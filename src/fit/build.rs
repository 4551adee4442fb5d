//! Building the fit report from the matcher's outcomes.
//!
//! Owns turning outcomes into report rows (names resolved, evidence quoted with its place), their
//! order, the study list, and the score sheet's totals. It must not judge (the matcher does) nor
//! invent a number (every weight and credit comes from `score`).

use crate::analyze::{JobFacts, ProfileFacts};
use crate::fit::matcher::{self, Outcome, Verdict};
use crate::fit::narrative;
use crate::fit::report::{EvidenceItem, FitReport, RequirementReport, ReviewItem, Span};
use crate::fit::score;
use crate::model::{Importance, Job, Profile};
use crate::skills::taxonomy::Taxonomy;

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
    let sheet = score::sheet(outcomes, jf, facts);
    // The sheet's order: required first, then preferred, then the rest; within each, the
    // posting's order.
    let requirements: Vec<RequirementReport> = sheet
        .rows
        .iter()
        .map(|row| requirement(tax, facts, jf, &outcomes[row.outcome], row))
        .collect();
    let names = |v: Verdict| -> Vec<String> {
        requirements
            .iter()
            .filter(|r| r.verdict == v && r.kind.is_scored())
            .map(|r| r.skill.clone())
            .collect()
    };
    let review = review(&requirements);
    let claimed_without_evidence = matcher::unevidenced_claims(tax, facts)
        .into_iter()
        .map(|s| tax.name(s).to_string())
        .collect();
    let narrative = narrative::themes(
        &profile.name,
        job.company.as_deref(),
        &requirements,
        sheet.total,
    );
    FitReport {
        candidate: profile.name.clone(),
        job_title: job.title.clone(),
        company: job.company.clone(),
        score: sheet.total,
        low_confidence: !sheet.listed,
        matched: names(Verdict::Met),
        partial: names(Verdict::Partial),
        missing: names(Verdict::Missing),
        requirements,
        experience: sheet.experience,
        narrative,
        review,
        claimed_without_evidence,
        unstated_languages: Vec::new(),
        earned: round2(sheet.earned),
        possible: round2(sheet.possible),
    }
}

/// One requirement's row: names resolved, evidence quoted with its place.
fn requirement(
    tax: &Taxonomy,
    facts: &ProfileFacts,
    jf: &JobFacts,
    o: &Outcome,
    row: &score::ScoreRow,
) -> RequirementReport {
    let req = &jf.reqs[o.req];
    let any_of = if req.skills.len() > 1 {
        req.skills
            .iter()
            .map(|&s| tax.name(s).to_string())
            .collect()
    } else {
        Vec::new()
    };
    let mut evidence: Vec<EvidenceItem> = Vec::with_capacity(o.evidence.len());
    for e in &o.evidence {
        let l = &facts.lines[e.line];
        // The same words on two lines (one note on three skills) are quoted once.
        if evidence.iter().any(|q| q.text == l.text) {
            continue;
        }
        evidence.push(EvidenceItem {
            text: l.text.clone(),
            source: l.place,
            // The words that name the skill, else those of a skill that implies it (a line
            // on `Azure App Service` shows Azure through those words).
            matched: l
                .mentions
                .iter()
                .find(|m| m.skill == e.shows)
                .or_else(|| l.mentions.iter().find(|m| tax.implies(m.skill, e.shows)))
                .map(|m| Span {
                    start: m.start,
                    end: m.end,
                }),
            via: (e.shows != o.skill).then(|| tax.name(e.shows).to_string()),
        });
    }
    RequirementReport {
        skill: tax.name(o.skill).to_string(),
        skill_id: o.skill,
        any_of,
        kind: req.kind,
        category: tax.skill(o.skill).category,
        importance: req.importance,
        verdict: o.verdict,
        evidence,
        reasons: o.reasons.iter().map(|r| r.named(tax)).collect(),
        claimed_without_evidence: o.claimed_only,
        weight: row.weight,
        credit: row.credit,
        points: round2(row.weight * row.credit),
        source: req.place,
    }
}

/// Gaps and partials, required first, as study topics.
fn review(reqs: &[RequirementReport]) -> Vec<ReviewItem> {
    let mut items: Vec<ReviewItem> = reqs
        .iter()
        .filter(|r| r.verdict != Verdict::Met && r.kind.is_scored())
        .map(|r| {
            let why = match r.verdict {
                Verdict::Partial => r
                    .reasons
                    .first()
                    .map_or_else(|| "partly shown".to_string(), ToString::to_string),
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
                kind: r.kind,
                category: r.category,
                importance: r.importance,
                verdict: r.verdict,
                why,
            }
        })
        .collect();
    items.sort_by_key(|i| (i.importance, i.verdict != Verdict::Missing));
    items
}
