//! `jobfit prep`: the interview-prep pack in every format.
//!
//! Owns: the tests of the pack's sections and formats as the binary writes them. Must not: test
//! the fit report (`report` does) or the bank's content (its validator does).

use crate::harness::{Test, AS_OF, BOOKING, BOOKING_TXT, JUAN};

#[test]
fn prep_writes_the_seeds_sections_in_order() {
    Test::juan_booking()
        .args(["prep", JUAN, BOOKING, AS_OF])
        .stdout_with(|md| {
            let order: Vec<usize> = [
                "# Interview prep: Juan Pérez → Senior Go Developer",
                "## Job overview",
                "## Why this job is a fit",
                "## Resume highlights for this role",
                "## Company summary",
                "## Predicted interview questions",
                "### Technical",
                "### System design",
                "### Behavioral",
                "## Questions to ask them",
                "## Concepts to review",
                "## Strategic advice",
            ]
            .iter()
            .map(|h| md.find(h).unwrap_or_else(|| panic!("{h} in {md}")))
            .collect();
            assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
            // The company section is the job file's own words.
            assert!(md.contains("## Company summary"));
            assert!(
                md.contains("**Mission:** Make it easier for everyone to experience the world.")
            );
            insta::assert_snapshot!("juan_booking_prep", md);
        })
        .run();
}

#[test]
fn prep_formats_and_a_company_section_from_the_job_file() {
    let job = "title: Backend Engineer\ncompany: Globex\nmission: Make logistics boring.\nvalues: [Ownership, Candour]\ntech_highlights: [Go services handling 40k requests per second]\nrequirements:\n  - skill: Go\n  - skill: Kafka\n";
    let out = Test::new()
        .fixture(JUAN)
        .job(job)
        .args(["prep", JUAN, "job.yaml", "-f", "json", AS_OF])
        .ignore_stdout()
        .run();
    let pack = out.json();
    assert_eq!(pack["company"]["mission"], "Make logistics boring.");
    let q = &pack["technical_questions"][0];
    assert_eq!(q["skill"], "Kafka");
    assert_eq!(q["why"], "required, missing");
    assert!(q["question"].as_str().unwrap().len() > 20);
    assert_eq!(pack["concepts"][0]["status"], "gap");
    for key in [
        "overview",
        "fit",
        "highlights",
        "system_design",
        "behavioral_questions",
        "questions_to_ask",
        "advice",
    ] {
        assert!(!pack[key].is_null(), "{key}");
    }
    let story = &pack["behavioral_questions"][0]["story"];
    assert!(story.is_null() || story["place"].is_string(), "{story}");
    let out = out
        .then()
        .args([
            "prep", JUAN, "job.yaml", "-f", "pdf", "-o", "prep.pdf", AS_OF,
        ])
        .run();
    assert!(out.read("prep.pdf").starts_with(b"%PDF-"));
    let out = out
        .then()
        .args(["prep", JUAN, "job.yaml", "-f", "html", AS_OF])
        .stdout_contains("<h2>Company summary</h2>")
        .run();
    out.then()
        .fixture(BOOKING_TXT)
        .args(["prep", JUAN, BOOKING_TXT, "-o", "prep.md", AS_OF])
        .run()
        .read_to_string("prep.md")
        .contains("## Job overview")
        .then_some(())
        .expect("a text posting works too");
}

#[test]
fn prep_takes_your_own_bank_and_points_at_its_mistakes() {
    let mine = "technologies:\n  - skill: Kafka\n    questions: [How do you size partitions for our 40k events per second?, B, C]\n    review: [partitions, consumer groups, offsets]\n";
    let out = Test::new()
        .fixture(JUAN)
        .job("title: Backend Engineer\nrequirements:\n  - skill: Kafka\n")
        .file("bank.yaml", mine)
        .args(["prep", JUAN, "job.yaml", "--bank", "bank.yaml", AS_OF])
        .stdout_contains("- How do you size partitions for our 40k events per second?\n")
        .run();
    out.then()
        .file(
            "bad.yaml",
            "technologies:\n  - skill: Kafka\n    question: [A]\n",
        )
        .args(["prep", JUAN, "job.yaml", "--bank", "bad.yaml", AS_OF])
        .status(1)
        .stderr_contains(" --> bad.yaml:3:5\n")
        .stderr_contains("unknown field `question`")
        .run();
}
