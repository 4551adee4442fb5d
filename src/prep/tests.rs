//! The pack on the worked example and on a posting the profile barely fits.

use super::*;
use crate::analyze::Line;
use crate::input::load;
use crate::model::{Importance, YearMonth};
use crate::pipeline;
use crate::skills::taxonomy::Kind;
use crate::skills::taxonomy::Taxonomy;
use crate::source::Source;
use std::path::Path;

fn pack(profile: &str, job_file: &str) -> PrepPack {
    pack_and_lines(profile, job_file).0
}

/// The pack, with the profile's lines (what a quote must be, word for word).
fn pack_and_lines(profile: &str, job_file: &str) -> (PrepPack, Vec<Line>, FitReport) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let base = Taxonomy::builtin();
    let (prof, psrc, _) = load::profile(&root.join(profile)).unwrap();
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
    let pack = build(&Inputs {
        report: &fit.report,
        job: &job,
        facts: &fit.facts,
        posting: &text,
        bank: &Bank::builtin(),
    });
    (pack, fit.facts.lines.clone(), fit.report)
}

/// Every quote in the pack: highlights, technical evidence, stories and the fit's evidence.
fn quotes(p: &PrepPack) -> impl Iterator<Item = &EvidenceItem> {
    p.highlights
        .iter()
        .chain(p.technical.iter().flat_map(|t| t.evidence.iter()))
        .chain(p.behavioral.iter().filter_map(|s| s.story.as_ref()))
        .chain(p.fit.iter().flat_map(|t| t.evidence.iter()))
}

/// Real postings of seven stacks (the ranking benchmark's, SkillSpan, CC BY 4.0), each with the
/// profile it was judged most relevant to: the questions follow the posting, and every quote is
/// a profile line, word for word, at the place it names.
#[test]
fn real_postings_get_their_own_questions_and_only_verbatim_quotes() {
    let pairs = [
        ("backend_go_java", "train-tech-006"),
        ("backend_go_java", "train-tech-027"),
        ("data_engineer_scala", "dev-house-047"),
        ("data_engineer_scala", "dev-tech-029-2"),
        ("devops_sre", "dev-tech-002"),
        ("devops_sre", "train-house-121"),
        ("dotnet_csharp", "dev-tech-008"),
        ("dotnet_csharp", "train-house-117"),
        ("frontend_react_ts", "dev-tech-007"),
        ("frontend_react_ts", "train-tech-003"),
        ("ml_python", "train-tech-077"),
        ("mobile_ios_android", "dev-tech-022"),
        ("mobile_ios_android", "train-tech-023"),
    ];
    let mut packs: Vec<(&str, Vec<String>)> = Vec::new();
    let (mut asked, mut required) = (0, 0);
    for (profile, posting) in pairs {
        let (p, lines, report) = pack_and_lines(
            &format!("tools/rankbench/profiles/{profile}.yaml"),
            &format!("tools/rankbench/postings/{posting}.txt"),
        );
        for q in quotes(&p) {
            assert!(
                lines
                    .iter()
                    .any(|l| l.place == q.source && l.text == q.text),
                "{posting}: not a profile line at {}: {}",
                q.source,
                q.text
            );
        }
        assert!(!p.technical.is_empty(), "{posting}: no technical questions");
        // Room for about eight behavioral questions: six stories at most, two to prepare.
        let told = p.behavioral.iter().filter(|b| b.story.is_some()).count();
        assert!(
            p.behavioral.len() <= 8 && told <= 6,
            "{posting}: {:?}",
            p.behavioral
        );
        assert!(p.behavioral.len() - told >= 2.min(17 - told), "{posting}");
        let skills: Vec<&str> = p.technical.iter().map(|t| t.skill.as_str()).collect();
        for r in &report.requirements {
            if r.kind == Kind::Technology && r.importance == Importance::Required {
                required += 1;
                asked += usize::from(skills.contains(&r.skill.as_str()));
            }
        }
        packs.push((
            posting,
            p.technical
                .iter()
                .flat_map(|t| t.questions.clone())
                .collect(),
        ));
    }
    // Most required technologies get a question (76 of 77 when this was written).
    assert!(required >= 60, "{required}");
    assert!(asked * 10 >= required * 9, "{asked} of {required} asked");
    // Two different postings never get the same pack; most questions are their own.
    for (i, (a, qa)) in packs.iter().enumerate() {
        for (b, qb) in &packs[i + 1..] {
            let shared = qa.iter().filter(|q| qb.contains(q)).count();
            let union = qa.len() + qb.len() - shared;
            assert!(
                shared * 2 < union,
                "{a} and {b} share {shared} of {union} questions"
            );
        }
    }
}

#[test]
fn every_quote_is_a_profile_line_and_every_section_is_filled() {
    let (p, lines, _) = pack_and_lines("profiles/juan.yaml", "jobs/booking_go.yaml");
    // Never invent: every story, highlight and piece of evidence is a profile line, verbatim.
    for q in quotes(&p) {
        assert!(
            lines
                .iter()
                .any(|l| l.place == q.source && l.text == q.text),
            "not a profile line at {}: {}",
            q.source,
            q.text
        );
    }
    // The core themes the profile has a story for are asked; the pack stays short.
    for theme in ["mentoring", "incident", "leadership", "impact"] {
        assert!(
            p.behavioral
                .iter()
                .any(|b| b.theme == theme && b.story.is_some()),
            "{theme}"
        );
    }
    assert_eq!(p.behavioral.len(), 8);
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

/// A red flag is what the posting says ("fast-paced") or leaves open: services in production and
/// no word on who runs them. The worked example talks about on-call and observability: no flag.
#[test]
fn red_flags_follow_what_the_posting_says_and_leaves_unsaid() {
    let open = pack(
        "profiles/juan.yaml",
        "tools/rankbench/postings/train-tech-006.txt",
    );
    assert!(
        open.advice
            .red_flags
            .iter()
            .any(|f| f.contains("\"in production\" but not who runs the services")),
        "{:?}",
        open.advice.red_flags
    );
    let said = pack("profiles/juan.yaml", "jobs/booking_go.yaml");
    assert!(
        said.advice.red_flags.is_empty(),
        "{:?}",
        said.advice.red_flags
    );
}
