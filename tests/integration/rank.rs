//! `jobfit rank`: many postings (folders, text, YAML, JSON Lines) ordered by fit.
//!
//! Owns: the tests of ranking's order, its filters (`--top`, `--min-score`), its formats, and how
//! it skips unreadable postings with a warning instead of failing.
//! Must not: test the report of one posting (`report` does).

use crate::harness::{repo_file, Test, AS_OF, BOOKING, JUAN};

/// Juan and a folder `postings/` of good and bad postings, with a JSON Lines file in it.
fn postings() -> Test {
    Test::new()
        .fixture(JUAN)
        .file("postings/booking.yaml", &repo_file(BOOKING))
        .file("postings/data.yaml", &repo_file("tests/fixtures/long/job.yaml"))
        .file(
            "postings/sub/frontend.txt",
            "Frontend Developer\n\nRequirements:\n- React, TypeScript and CSS\n",
        )
        .file("postings/sub/empty.txt", "")
        .bytes("postings/sub/binary.md", b"\x00\x01\x02")
        .bytes("postings/ignored.pdf", b"%PDF")
        .file(
            "postings/more.jsonl",
            r#"{"id": "j1", "title": "Go Platform Engineer", "text": "Requirements: Go, Docker, Kubernetes, AWS, Terraform"}
not json
"#,
        )
}

const SKIPPED_BINARY: &str = "warning: skipped postings/sub/binary.md looks like a binary file (it contains NUL bytes), expected UTF-8 text\n";
const SKIPPED_EMPTY: &str = "warning: skipped postings/sub/empty.txt is empty\n";

#[test]
fn rank_orders_postings_and_skips_bad_ones() {
    let out = postings()
        .args(["rank", JUAN, "postings", "postings/more.jsonl", "-f", "json", AS_OF])
        .ignore_stdout()
        .stderr_contains(SKIPPED_EMPTY)
        .stderr_contains(SKIPPED_BINARY)
        .stderr_contains("warning: skipped postings/more.jsonl:2: not a posting (expected ident at line 1 column 2); expected {\"id\": …, \"title\": …, \"text\": …}\n")
        .run();
    let rows = out.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 4, "{rows:#?}");
    let key: Vec<f64> = rows
        .iter()
        .map(|r| r["relevance"].as_f64().unwrap())
        .collect();
    assert!(key.windows(2).all(|w| w[0] >= w[1]), "{key:?}");
    // Relevance blends the fit score with the stack overlap, 60:40, and that with the role
    // fit of the title, 80:20.
    for r in rows {
        let (fit, stack) = (r["score"].as_f64().unwrap(), r["stack"].as_f64().unwrap());
        let role = r["role"].as_f64().unwrap();
        let want = 0.8 * (0.6 * fit + 0.4 * stack) + 0.2 * role;
        assert!(
            (r["relevance"].as_f64().unwrap() - want).abs() < 0.11,
            "{r}"
        );
    }
    assert_eq!(rows[0]["rank"], 1);
    assert!(rows
        .iter()
        .any(|r| r["id"] == "j1" && r["title"] == "Go Platform Engineer"));
    let top = out
        .then()
        .args(["rank", JUAN, "postings", "--top", "1", "-f", "jsonl", AS_OF])
        .stdout_with(|s| assert_eq!(s.lines().count(), 1, "{s}"))
        .stderr_contains(SKIPPED_EMPTY)
        .stderr_contains(SKIPPED_BINARY)
        .run();
    top.then()
        .args(["rank", JUAN, "postings", "--min-score", "101", AS_OF])
        .stdout(
            "
            rank  relev    fit  stack  role  posting                                           missing required
            3 posting(s) ranked, 0 shown, 2 skipped
            ",
        )
        .stderr_contains(SKIPPED_EMPTY)
        .stderr_contains(SKIPPED_BINARY)
        .run();
}

#[test]
fn rank_table_lists_the_best_first() {
    postings()
        .args(["rank", JUAN, "postings", AS_OF])
        .stdout(
            "
            rank  relev    fit  stack  role  posting                                           missing required
               1   84.7   68.1  100.0   yes  Senior Go Developer — Booking.com                 ELK Stack
                                             postings/booking.yaml
               2   26.4   39.0   24.0    no  Senior Data Platform Engineer — Fjordline Analy…  Spark, Airflow, Kafka, Data Modeling
                                             postings/data.yaml
               3    1.2    2.6    0.0    no  Frontend Developer                                React, TypeScript, CSS
                                             postings/sub/frontend.txt
            3 posting(s) ranked, 3 shown, 2 skipped
            ",
        )
        .stderr_contains(SKIPPED_EMPTY)
        .stderr_contains(SKIPPED_BINARY)
        .run();
}

/// A title that names no kind of job is told by what the posting asks: a "Software Developer"
/// asking for Spark and Airflow is a data engineer's kind of job, one asking for React and CSS
/// is not.
#[test]
fn a_generic_title_takes_its_kind_of_job_from_the_skills() {
    let profile = "name: Priya Raman\nheadline: Data Engineer\nexperience:\n  - title: Data Engineer\n    company: Acme\n    start: 2020-01\n    end: 2024-01\n    highlights:\n      - Spark jobs in Scala, Airflow DAGs and Kafka topics on AWS.\n";
    let rows = Test::new()
        .file("p.yaml", profile)
        .file(
            "postings/data.txt",
            "Software Developer\n\nRequirements\n- Spark, Airflow and Hive\n- Java\n",
        )
        .file(
            "postings/web.txt",
            "Software Developer\n\nRequirements\n- React, CSS and HTML\n- Java\n",
        )
        .args(["rank", "p.yaml", "postings", "-f", "jsonl", AS_OF])
        .ignore_stdout()
        .run()
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["role"].as_f64().unwrap(),
            )
        })
        .collect::<Vec<_>>();
    assert_eq!(
        rows,
        [
            ("postings/data.txt".to_string(), 100.0),
            ("postings/web.txt".to_string(), 50.0)
        ],
        "{rows:?}"
    );
}
