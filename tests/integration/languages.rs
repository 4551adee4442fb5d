//! Spoken languages in the fit report: judged when the profile speaks of them, set aside (named,
//! not scored) when it is silent on them.
//!
//! Owns: `unstated_languages` and the verdicts of spoken-language requirements. Must not: test
//! the rest of the report (`report.rs`).

use crate::harness::{Test, AS_OF};
use serde_json::Value;

/// The requirement of `report` for `skill`.
fn req<'a>(report: &'a Value, skill: &str) -> &'a Value {
    report["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["skill"] == skill)
        .unwrap_or_else(|| panic!("no requirement {skill}"))
}

#[test]
fn spoken_languages_are_judged_only_when_the_profile_speaks_of_them() {
    let posting = "Backend Engineer\nRequirements\n- Go and PostgreSQL\n- Fluent English\n";
    let silent = "name: Ana\nskills: [Go, PostgreSQL]\nexperience:\n  - title: Engineer\n    \
                  company: X\n    start: 2020-01\n    end: present\n    highlights:\n      - \
                  Go services on PostgreSQL.\n";
    let r = Test::new()
        .file("p.yaml", silent)
        .file("job.txt", posting)
        .args(["match", "p.yaml", "job.txt", "-f", "json", AS_OF])
        .ignore_stdout()
        .run()
        .json();
    assert_eq!(r["unstated_languages"], serde_json::json!(["English"]));
    assert!(r["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .all(|q| q["skill"] != "English"));
    assert!(r["missing"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m != "English"));
    Test::new()
        .file("p.yaml", silent)
        .file("job.txt", posting)
        .args(["match", "p.yaml", "job.txt", AS_OF])
        .stdout_contains(
            "not judged: English (your profile says nothing of spoken languages; list them under \
             `languages:` to be judged on them)",
        )
        .run();
    // Listed, English is judged: met here, missing for a profile that lists only Spanish.
    for (languages, verdict) in [("[English (C1)]", "met"), ("[Spanish (native)]", "missing")] {
        let r = Test::new()
            .file("p.yaml", &format!("{silent}languages: {languages}\n"))
            .file("job.txt", posting)
            .args(["match", "p.yaml", "job.txt", "-f", "json", AS_OF])
            .ignore_stdout()
            .run()
            .json();
        assert_eq!(r["unstated_languages"], serde_json::json!([]));
        assert_eq!(req(&r, "English")["verdict"], verdict, "{languages}");
    }
}
