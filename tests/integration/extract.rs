//! `jobfit extract`: a plain-text posting turned into a job file or JSON.
//!
//! Owns: the tests of what extraction writes (a job file the other commands accept, JSON offsets
//! that point into the input, stdin as input, labels with tricky Unicode, the requirement
//! structure of real postings).
//! Must not: test how a text posting scores against a profile (`report` does).

use crate::harness::{Test, AS_OF, BOOKING, BOOKING_TXT, JUAN};

#[test]
fn extract_writes_a_valid_job_file() {
    let out = Test::juan_booking()
        .args(["extract", BOOKING_TXT])
        .stdout_contains("title: Senior Go Developer")
        .run();
    let job = out.stdout.clone();
    out.then()
        .file("job.yaml", &job)
        .args(["check", "job.yaml"])
        .stdout("job.yaml: ok (job, 42 requirements)\n")
        .run()
        .then()
        .args(["match", JUAN, "job.yaml", AS_OF])
        .stdout_contains("Juan Pérez → Senior Go Developer at Booking.com")
        .run();
}

/// A job file or a profile is not a posting: extracting from its YAML would find the YAML (the
/// schema comment's "YAML", the keys) as skills.
#[test]
fn extract_refuses_a_job_file_and_a_profile() {
    Test::juan_booking()
        .args(["extract", BOOKING])
        .status(1)
        .stderr(
            "
            error: this is a job file, not a posting: it is already what `extract` makes
              --> jobs/booking_go.yaml
              = help: use it as it is (`jobfit match PROFILE JOB`), or give `extract` the posting's text

            ",
        )
        .run();
    Test::juan_booking()
        .args(["extract", JUAN])
        .status(1)
        .stderr(
            "
            error: this is a profile, not a posting
              --> profiles/juan.yaml
              = help: `extract` reads the text of a job posting (a .txt or .md file, or `-` for stdin)

            ",
        )
        .run();
}

#[test]
fn extract_json_offsets_point_into_the_input() {
    let out = Test::juan_booking()
        .args(["extract", BOOKING_TXT, "-f", "json"])
        .ignore_stdout()
        .run();
    let text = out.read_to_string(BOOKING_TXT);
    let r = out.json();
    let skills = r["skills"].as_array().unwrap();
    assert!(skills.len() > 10);
    for s in skills {
        for m in s["mentions"].as_array().unwrap() {
            let (a, b) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[a..b], m["text"].as_str().unwrap());
        }
    }
    let go = skills.iter().find(|s| s["name"] == "Go").unwrap();
    assert_eq!(go["importance"], "required");
}

#[test]
fn extract_reads_stdin() {
    let r = Test::new()
        .args(["extract", "-", "-f", "json"])
        .stdin("Backend Engineer\n\nRequirements:\n- Go and Kubernetes\n\nNice to have:\n- Terraform\n")
        .ignore_stdout()
        .run()
        .json();
    assert_eq!(r["title"], "Backend Engineer");
    let imp = |n: &str| {
        r["skills"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == n)
            .unwrap()["importance"]
            .clone()
    };
    assert_eq!(imp("Go"), "required");
    assert_eq!(imp("Kubernetes"), "required");
    assert_eq!(imp("Terraform"), "preferred");
}

#[test]
fn extract_json_gives_long_tail_skills_their_kind_and_category() {
    let r = Test::new()
        .args(["extract", "-", "-f", "json"])
        .stdin(
            "Cloud Engineer\n\nRequirements:\n- Azure Key Vault, Azure Event Grid and Azure Service Bus\n\
             - Spatial data with GeoPandas\n",
        )
        .ignore_stdout()
        .run()
        .json();
    let skill = |n: &str| {
        r["skills"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == n)
            .unwrap_or_else(|| panic!("{n} not found: {r}"))
            .clone()
    };
    for (name, category) in [
        ("Azure Key Vault", "security"),
        ("Azure Event Grid", "cloud"),
        ("GeoPandas", "library"),
        ("Azure Service Bus", "cloud"),
    ] {
        let s = skill(name);
        assert_eq!(s["kind"], "technology", "{s}");
        assert_eq!(s["category"], category, "{s}");
        assert_eq!(s["importance"], "required", "{s}");
    }
}

#[test]
fn extract_takes_labels_whose_text_changes_length_when_lower_cased() {
    // `ẞ` lower-cases to the shorter `ß`: the title was once cut inside it (a panic).
    let r = Test::new()
        .args(["extract", "-", "-f", "json"])
        .stdin("Title: Straẞe Go Engineer\nCompany: İzmir Labs\n\nRequirements:\n- Go\n")
        .ignore_stdout()
        .run()
        .json();
    assert_eq!(r["title"], "Straẞe Go Engineer");
    assert_eq!(r["company"], "İzmir Labs");
}

#[test]
fn extract_writes_a_job_file_with_importance_from_the_headings() {
    Test::new()
        .file(
            "posting.txt",
            "
            Data Engineer at Fjordline

            Requirements:
            - Python and SQL

            Nice to have:
            - Airflow
            ",
        )
        .args(["extract", "posting.txt"])
        .stdout(
            "
            # Extracted by jobfit from posting.txt. Review the importance of each skill.
            title: Data Engineer at Fjordline
            company: Fjordline
            requirements:
            # Technologies
            - skill: Python
              importance: required
            - skill: SQL
              importance: required
            - skill: Airflow
              importance: preferred
            # Concepts
            - skill: Data Engineering
              importance: unspecified
            ",
        )
        .run();
}

const QA: &str = "tests/fixtures/skillspan/tech_qa.txt";
const PRICING: &str = "tests/fixtures/skillspan/house_pricing.txt";
const QA_ONE_LINE: &str = "tests/fixtures/skillspan/tech_qa_one_line.txt";

/// Each skill of an `extract -f json` run as (name, importance, alternatives).
fn skills_of(r: &serde_json::Value) -> Vec<(String, String, Vec<String>)> {
    let s = |v: &serde_json::Value| v.as_str().unwrap().to_string();
    r["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            let alts = k["alternatives"]
                .as_array()
                .map_or(Vec::new(), |a| a.iter().map(s).collect());
            (s(&k["name"]), s(&k["importance"]), alts)
        })
        .collect()
}

#[test]
fn extract_reads_the_structure_of_real_postings() {
    // SkillSpan train postings (tech 1, house 112, tech 79), shortened: a plain "Requirements"
    // list with alternatives in prose and a cue in one clause; a "Your profile" heading glued
    // to its first sentence; a posting whose line breaks were lost.
    let out = Test::new()
        .fixtures([QA, PRICING, QA_ONE_LINE])
        .args(["extract", QA, "-f", "json"])
        .ignore_stdout()
        .run();
    let r = out.json();
    assert_eq!(r["title"], "Senior QA Engineer (m/f/d) Acme");
    let skills = skills_of(&r);
    let get = |name: &str| skills.iter().find(|s| s.0 == name).unwrap().clone();
    assert_eq!(get("Java").1, "required");
    assert_eq!(get("Java").2, ["Kotlin"]);
    assert_eq!(get("JavaScript").2, ["TypeScript"]);
    assert_eq!(get("CircleCI").1, "required");
    assert_eq!(get("Jenkins").1, "preferred");
    out.then()
        .args(["extract", QA])
        .stdout_contains("- any_of:\n  - Java\n  - Kotlin\n  importance: required\n")
        .run()
        .then()
        .args(["extract", PRICING, "-f", "json"])
        .stdout_with(|s| {
            let r = crate::harness::json(s);
            assert_eq!(
                (&r["title"], &r["company"]),
                (&"Pricing Analyst".into(), &"Acme".into())
            );
            let skills = skills_of(&r);
            let imp = |n: &str| skills.iter().find(|s| s.0 == n).unwrap().1.clone();
            assert_eq!(imp("English"), "required");
            assert_eq!(imp("Visual Basic"), "preferred");
        })
        .run()
        .then()
        .args(["extract", QA_ONE_LINE, "-f", "json"])
        .stdout_with(|s| {
            let r = crate::harness::json(s);
            assert_eq!(r["title"], "Quality Assurance Engineer");
            assert!(r.get("company").is_none(), "{r}");
            let skills = skills_of(&r);
            let imp = |n: &str| skills.iter().find(|s| s.0 == n).unwrap().1.clone();
            // WHAT YOU WILL DO … WHAT YOU BRING TO THE TABLE: … Good to have … WHAT WE OFFER.
            assert_eq!(imp("iOS"), "unspecified");
            assert_eq!(imp("Integration Testing"), "required");
            assert_eq!(imp("Java"), "required");
            assert_eq!(imp("Appium"), "preferred");
        })
        .run();
}
