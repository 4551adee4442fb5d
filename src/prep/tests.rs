//! The pack on the worked example and on a posting the profile barely fits.

use super::*;
use crate::input::load;
use crate::model::YearMonth;
use crate::pipeline;
use crate::skills::taxonomy::Taxonomy;
use crate::source::Source;
use std::path::Path;

fn pack(profile: &str, job_file: &str) -> PrepPack {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let base = Taxonomy::builtin();
    let (prof, psrc) = load::profile(&root.join(profile)).unwrap();
    let as_of = YearMonth {
        year: 2026,
        month: Some(11),
    };
    let (p, _) = pipeline::prepare(&base, prof, psrc, as_of).unwrap();
    let src = Source::read(&root.join(job_file)).unwrap();
    let (job, src) = load::job_from_source(src, &p.tax, &p.finder).unwrap();
    let (fit, _) = pipeline::fit(&p, &job, &src).unwrap();
    let text = if load::is_yaml(&src.path) {
        job_text(&job)
    } else {
        src.text.to_string()
    };
    build(&Inputs {
        report: &fit.report,
        job: &job,
        facts: &fit.facts,
        posting: &text,
        bank: &Bank::builtin(),
    })
}

#[test]
fn every_quote_is_a_profile_line_and_every_section_is_filled() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let profile = std::fs::read_to_string(root.join("profiles/juan.yaml")).unwrap();
    let p = pack("profiles/juan.yaml", "jobs/booking_go.yaml");
    // Never invent: every story and highlight is a profile line, verbatim.
    let quotes = p
        .highlights
        .iter()
        .chain(p.behavioral.iter().filter_map(|s| s.story.as_ref()))
        .chain(p.fit.iter().flat_map(|t| t.evidence.iter()));
    for q in quotes {
        let first = q
            .text
            .split_whitespace()
            .take(6)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(profile.contains(&first), "not in the profile: {}", q.text);
    }
    // A line tells one story.
    let mut lines: Vec<Place> = p
        .behavioral
        .iter()
        .filter_map(|s| s.story.as_ref().map(|l| l.source))
        .collect();
    let n = lines.len();
    lines.sort();
    lines.dedup();
    assert_eq!(lines.len(), n);
    // Gaps and partial matches first: ELK Stack is required and missing, Go partial.
    assert_eq!(p.technical[0].skill, "ELK Stack");
    assert_eq!(p.technical[1].skill, "Go");
    assert!(p.technical.iter().map(|t| t.questions.len()).sum::<usize>() >= 8);
    for want in [
        "Go",
        "PostgreSQL",
        "Redis",
        "Docker",
        "Kubernetes",
        "Terraform",
        "Prometheus",
    ] {
        assert!(
            p.technical.iter().any(|t| t.skill == want),
            "no question on {want}"
        );
    }
    assert!(p
        .review
        .iter()
        .any(|r| r.skill == "Go" && r.topics.iter().any(|t| t.contains("goroutines"))));
    assert!(p.system_design.contains("booking"), "{}", p.system_design);
    assert!(!p.ask.is_empty() && !p.advice.focus.is_empty() && !p.advice.stories.is_empty());
    let company = p
        .company
        .as_ref()
        .expect("the job file describes the company");
    assert_eq!(company.values.len(), 5);
    assert!(pack("profiles/juan.yaml", "jobs/booking_go.txt")
        .company
        .is_none());
    assert_eq!(p.overview.company.as_deref(), Some("Booking.com"));
}

#[test]
fn a_weak_fit_is_said_and_nothing_is_claimed_for_it() {
    let p = pack("profiles/juan.yaml", "tests/fixtures/long/job.yaml");
    assert!(p.score < 50.0, "{}", p.score);
    assert_eq!(p.fit_heading, "Where this job fits and where it does not");
    assert!(
        p.advice.focus.iter().any(|a| a.contains("weak")),
        "{:?}",
        p.advice
    );
}

use crate::model::Place;
