//! Ranking many postings for one profile.
//!
//! Owns what a ranked row is and how rows are ordered (score, then required gaps, then name),
//! and scoring one posting after another through a `Ranker` (the profile's caches). Reading
//! the postings is the read edge's job.

mod ranker;
mod role;
mod stack;

pub use ranker::{Ranker, Summary, SummaryRow};

use crate::error::Error;
use crate::extract;
use crate::fit::matcher::Verdict;
use crate::model::{Importance, Job};
use crate::source::Source;
use serde::Serialize;

/// One posting's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    pub rank: usize,
    /// What rows are ordered by, 0–100: the fit score blended with `stack`
    /// (`relevance`).
    pub relevance: f32,
    /// The fit score, as `match` reports it.
    pub score: f32,
    /// 0–100: how much of the candidate's core stack the posting names.
    pub stack: f32,
    /// 100 when the title names a kind of job the candidate has held (data, backend, mobile
    /// …), 0 when it names only others, 50 when it names none, unless the posting's skills
    /// are mostly about a kind the candidate has held (then 100).
    pub role: f32,
    /// No requirements section was found: the score is from skills named anywhere.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub low_confidence: bool,
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

/// Score a job read from a YAML file (its `source`, for messages) against a prepared profile.
/// `title`, when given and not blank, replaces the job's.
pub fn score_job(
    r: &Ranker,
    id: String,
    mut job: Job,
    source: &Source,
    title: Option<&str>,
) -> Result<Ranked, Error> {
    if let Some(t) = title.filter(|t| !t.trim().is_empty()) {
        job.title = t.trim().to_string();
    }
    let s = r.summary(&job, source)?;
    Ok(ranked(r, id, s, job.title, job.company))
}

/// Score a plain-text posting against a prepared profile. `title`, when given and not blank,
/// replaces the one guessed from the text.
pub fn score_text(
    r: &Ranker,
    id: String,
    source: &Source,
    title: Option<&str>,
) -> Result<Ranked, Error> {
    let p = r.prepared;
    let title = title.filter(|t| !t.trim().is_empty()).map(str::trim);
    // Its skills go to scoring as ids, not as names to resolve again.
    let ex = extract::extract_reqs(&source.text, &p.tax, &p.finder);
    let title = title.map_or(ex.title, str::to_string);
    let (s, job_title, company) = match r.summary_of_skills(ex.reqs, ex.seniority, ex.min_years) {
        Some(s) => (s, title, ex.company),
        None => {
            let mut job = extract::extract(&source.text, &p.tax, &p.finder).to_job();
            job.title = title;
            (r.summary(&job, source)?, job.title, job.company)
        }
    };
    Ok(ranked(r, id, s, job_title, company))
}

/// A row from a summary, moving the names out (the report's `matched`, `partial`, and the
/// required ones of `missing`).
fn ranked(r: &Ranker, id: String, s: Summary, title: String, company: Option<String>) -> Ranked {
    let role = r.role_fit(&title, s.asked);
    // `s.names(Verdict::Met)` and so on, moving the names out.
    let (mut matched, mut partial, mut missing_required) = (Vec::new(), Vec::new(), Vec::new());
    for q in s.requirements {
        match q.verdict {
            Verdict::Met => matched.push(q.skill),
            Verdict::Partial => partial.push(q.skill),
            Verdict::Missing if q.importance == Importance::Required => {
                missing_required.push(q.skill)
            }
            Verdict::Missing => {}
        }
    }
    Ranked {
        rank: 0,
        relevance: relevance(s.score, s.stack, role),
        role: role * 100.0,
        score: s.score,
        stack: (s.stack * 1000.0).round() / 10.0,
        low_confidence: s.low_confidence,
        matched,
        partial,
        title,
        company,
        id,
        missing_required,
    }
}

/// How much of the blend of fit and stack the stack overlap makes, and how much of
/// `relevance` the title's role fit makes (both chosen on the ranking benchmark's tuning
/// profiles, `tools/rankbench`).
pub const STACK_SHARE: f32 = 0.4;
pub const ROLE_SHARE: f32 = 0.2;

/// The ranking key, 0–100, one decimal: the fit score (does the candidate show what the posting
/// asks?) blended with the stack overlap (is the posting about what the candidate does most?),
/// then with the role fit (is it the kind of job the candidate has held? 0, ½ or 1).
pub fn relevance(score: f32, stack: f32, role: f32) -> f32 {
    let skills = (1.0 - STACK_SHARE) * score + STACK_SHARE * 100.0 * stack;
    let r = (1.0 - ROLE_SHARE) * skills + ROLE_SHARE * 100.0 * role;
    (r * 10.0).round() / 10.0
}

/// Order best first by relevance (ties: fewer required gaps, then id) and number the rows.
pub fn order(rows: &mut [Ranked]) {
    rows.sort_by(|a, b| {
        b.relevance
            .total_cmp(&a.relevance)
            .then(a.missing_required.len().cmp(&b.missing_required.len()))
            .then(a.id.cmp(&b.id))
    });
    for (i, r) in rows.iter_mut().enumerate() {
        r.rank = i + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::load;
    use crate::model::YearMonth;
    use crate::pipeline::{self, Prepared};

    /// What the rank command does with a posting: a job file (told by content) is read, a text one
    /// extracted.
    fn score(
        r: &Ranker,
        id: String,
        source: &Source,
        title: Option<&str>,
    ) -> Result<Ranked, Error> {
        if load::is_job_file(source) {
            let p = r.prepared;
            let (job, _) = load::job_from_source(source.clone(), &p.tax, &p.finder)?;
            score_job(r, id, job, source, title)
        } else {
            score_text(r, id, source, title)
        }
    }
    use crate::skills::taxonomy::Taxonomy;
    use std::path::Path;

    const AS_OF: YearMonth = YearMonth {
        year: 2026,
        month: Some(11),
    };

    /// Scoring through the full fit report, as `score` did before it took the short way.
    fn reference(
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
        let ranker = Ranker::new(p);
        let (stack, asked) = ranker.stack_and_family_of_report(&fit.tax, &fit.report);
        let role = ranker.role_fit(&fit.report.job_title, asked);
        let r = fit.report;
        let missing_required = r
            .requirements
            .iter()
            .filter(|q| {
                q.importance == Importance::Required
                    && q.verdict == Verdict::Missing
                    && q.kind.is_scored()
            })
            .map(|q| q.skill.clone())
            .collect();
        Ok(Ranked {
            rank: 0,
            relevance: relevance(r.score, stack, role),
            role: role * 100.0,
            score: r.score,
            stack: (stack * 1000.0).round() / 10.0,
            low_confidence: r.low_confidence,
            title: r.job_title,
            company: r.company,
            id,
            matched: r.matched,
            missing_required,
            partial: r.partial,
        })
    }

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    fn postings() -> Vec<Source> {
        let mut v: Vec<Source> = [
            "jobs/booking_go.txt",
            "jobs/booking_go.yaml",
            "tests/fixtures/long/job.yaml",
            "tests/fixtures/richard/job.yaml",
            "tests/fixtures/alice/job.yaml",
            "tests/fixtures/errors/job_both.yaml",
            "tests/fixtures/errors/job_no_skill.yaml",
        ]
        .iter()
        .map(|f| Source::read(&root().join(f)).unwrap())
        .collect();
        let texts = [
            "Frontend Developer\n\nRequirements:\n- React, TypeScript and CSS\n",
            "Senior Platform Engineer at Globex\n\nRequirements\n- 5+ years of experience with Go or Rust\n- AWS/GCP, Kubernetes, Terraform\n- Mentoring and communication\n\nNice to have\n- Kafka, Prometheus, Grafana\n- PostgreSQL is a plus\n",
            "Data Scientist\n\nWe use Python, pandas and Spark. SQL required. Tableau preferred.\n",
            "Go to the store. Nothing technical here at all.\n",
        ];
        v.extend(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| Source::new(format!("posting{i}.txt"), *t)),
        );
        v.push(Source::new(
            "levels.yaml",
            "title: Backend Engineer\nrequirements:\n  - skill: Go\n    importance: required\n    level: expert\n  - skill: PostgreSQL\n    years: 5\n  - any_of: [AWS, GCP]\n    importance: preferred\n  - skill: Cobol Wrangling\n    importance: required\n",
        ));
        v.push(Source::new(
            "plain.yaml",
            "title: Backend Engineer\nseniority: senior\nrequirements:\n  - skill: Go\n    importance: required\n  - any_of: [GCP, AWS, Azure]\n  - skill: Kubernetes\n    importance: preferred\n",
        ));
        v
    }

    #[test]
    fn score_agrees_with_the_full_report() {
        let base = Taxonomy::builtin();
        for profile in [
            "profiles/juan.yaml",
            "tests/fixtures/long/profile.yaml",
            "tests/fixtures/richard/profile.yaml",
            "tests/fixtures/alice/profile.yaml",
        ] {
            let (prof, psrc, _) = load::profile(&root().join(profile)).unwrap();
            let (p, _) = pipeline::prepare(&base, prof, psrc, AS_OF).unwrap();
            let ranker = Ranker::new(&p);
            for src in postings() {
                for title in [None, Some("  Renamed  ")] {
                    let got = score(&ranker, src.name(), &src, title).map_err(|e| e.to_string());
                    let want = reference(&p, src.name(), &src, title).map_err(|e| e.to_string());
                    assert_eq!(got, want, "{profile} × {}", src.name());
                }
            }
        }
    }
}
