//! Ranking many postings for one profile.
//!
//! Owns what a ranked row is and how rows are ordered (score, then required gaps, then name).
//! Scoring one posting is the pipeline's job; reading the postings is the command's.

use crate::error::Error;
use crate::load;
use crate::matcher::Verdict;
use crate::model::Importance;
use crate::pipeline::{self, Prepared};
use crate::source::Source;
use serde::Serialize;

/// One posting's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    pub rank: usize,
    pub score: f32,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// File path, `file:line` for JSON Lines, or the posting's `id`.
    pub id: String,
    pub matched: Vec<String>,
    /// Required skills not shown, most important first.
    pub missing_required: Vec<String>,
    pub partial: Vec<String>,
}

/// Score one posting's source against a prepared profile.
pub fn score(
    p: &Prepared,
    id: String,
    source: &Source,
    title: Option<&str>,
) -> Result<Ranked, Error> {
    let (mut job, _) = load::job_from_source(source.clone(), &p.tax, &p.finder)?;
    if let Some(t) = title.filter(|t| !t.trim().is_empty()) {
        job.title = t.trim().to_string();
    }
    let (fit, _) = pipeline::fit(p, &job, source)?;
    let r = fit.report;
    let missing_required = r
        .requirements
        .iter()
        .filter(|q| q.importance == Importance::Required && q.verdict == Verdict::Missing)
        .map(|q| q.skill.clone())
        .collect();
    Ok(Ranked {
        rank: 0,
        score: r.score,
        title: r.job_title,
        company: r.company,
        id,
        matched: r.matched,
        missing_required,
        partial: r.partial,
    })
}

/// Order best first (ties: fewer required gaps, then id) and number the rows.
pub fn order(rows: &mut [Ranked]) {
    rows.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.missing_required.len().cmp(&b.missing_required.len()))
            .then(a.id.cmp(&b.id))
    });
    for (i, r) in rows.iter_mut().enumerate() {
        r.rank = i + 1;
    }
}
