//! `jobfit match`: the fit report in every format, its evidence and its determinism.
//!
//! Owns: the tests of the report a user reads (verdicts, evidence, narrative, score, formats,
//! colour, `-o`, the present from `--as-of`/`SOURCE_DATE_EPOCH`, taxonomies and unknown skills).
//! Must not: test tailoring, rendering to PDF, ranking or extraction (their own modules do).

use serde_json::Value;

use crate::harness::{json, repo_file, Test, AS_OF, BOOKING, BOOKING_TXT, EPOCH_2026_11, JUAN};

/// The requirement of `report` for `skill` (also found through an `any_of` alternative).
fn req<'a>(report: &'a Value, skill: &str) -> &'a Value {
    report["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["skill"] == skill
                || r["any_of"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|x| x == skill))
        })
        .unwrap_or_else(|| panic!("no requirement {skill}"))
}

/// Juan's report on the Booking posting in `format`.
fn juan_booking(format: &str) -> Test {
    Test::juan_booking().args(["match", JUAN, BOOKING, "--format", format, AS_OF])
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn juan_booking_verdicts_and_evidence() {
    let r = juan_booking("json").ignore_stdout().run().json();
    let score = r["score"].as_f64().unwrap();
    assert!((0.0..=100.0).contains(&score));
    for skill in [
        "Docker",
        "AWS",
        "PostgreSQL",
        "Redis",
        "Terraform",
        "CI/CD",
        "Prometheus",
        "Grafana",
        "Kubernetes",
        "Microservices",
        "Mentoring",
    ] {
        let q = req(&r, skill);
        assert_eq!(q["verdict"], "met", "{skill}: {q:#}");
        assert!(
            !q["evidence"].as_array().unwrap().is_empty(),
            "{skill} has no evidence"
        );
    }
    assert_eq!(req(&r, "Go")["verdict"], "partial");
    assert!(req(&r, "Go")["reasons"][0]
        .as_str()
        .unwrap()
        .contains("learning"));
    for skill in ["GCP", "ELK Stack", "Elasticsearch", "OpenTelemetry", "Helm"] {
        let q = req(&r, skill);
        if skill == "GCP" {
            // `any_of: [AWS, GCP]`: met through AWS.
            assert_eq!(q["skill"], "AWS");
            continue;
        }
        assert_eq!(q["verdict"], "missing", "{skill}");
        assert!(r["missing"].as_array().unwrap().iter().any(|m| m == skill));
    }
    assert!(r["matched"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m == "Docker"));
    assert!(r["partial"].as_array().unwrap().iter().any(|m| m == "Go"));
}

#[test]
fn every_evidence_line_is_verbatim_profile_text() {
    for (p, j, warnings) in [
        (JUAN, BOOKING, false),
        (
            "tests/fixtures/alice/profile.yaml",
            "tests/fixtures/alice/job.yaml",
            false,
        ),
        (
            "tests/fixtures/richard/profile.yaml",
            "tests/fixtures/richard/job.yaml",
            true,
        ),
    ] {
        let text = words(&repo_file(p));
        let mut test = Test::new()
            .fixtures([p, j])
            .args(["match", p, j, "--format", "json", AS_OF])
            .ignore_stdout();
        if warnings {
            test = test.stderr_contains("warning: unknown skill");
        }
        let r = test.run().json();
        let mut n = 0;
        for q in r["requirements"].as_array().unwrap() {
            for e in q["evidence"].as_array().unwrap() {
                let t = words(e["text"].as_str().unwrap());
                assert!(text.contains(&t), "{p}: evidence not in profile: {t}");
                n += 1;
            }
        }
        for t in r["narrative"].as_array().unwrap() {
            for e in t["evidence"].as_array().unwrap() {
                let s = words(e["text"].as_str().unwrap());
                assert!(
                    text.contains(&s),
                    "{p}: narrative quote not in profile: {s}"
                );
            }
        }
        assert!(n > 0, "{p}: no evidence at all");
    }
}

#[test]
fn json_contract_fields() {
    let r = Test::juan_booking()
        .args(["match", JUAN, BOOKING, "-f", "json", AS_OF])
        .ignore_stdout()
        .run()
        .json();
    assert!(r["score"].is_number());
    for k in [
        "matched",
        "partial",
        "missing",
        "requirements",
        "narrative",
        "review",
    ] {
        assert!(r[k].is_array(), "{k}");
    }
    for q in r["requirements"].as_array().unwrap() {
        assert!(q["skill"].is_string());
        assert!(
            ["required", "preferred", "unspecified"].contains(&q["importance"].as_str().unwrap())
        );
        assert!(["met", "partial", "missing"].contains(&q["verdict"].as_str().unwrap()));
        for e in q["evidence"].as_array().unwrap() {
            assert!(e["text"].is_string() && e["source"].is_string());
        }
    }
}

#[test]
fn narrative_reads_like_the_seed() {
    juan_booking("text")
        .stdout_contains("Technical alignment")
        .stdout_contains("Growing Go expertise")
        .stdout_contains("Distributed systems")
        .stdout_contains("Cloud & DevOps")
        .stdout_contains("Leadership & collaboration")
        .run();
}

#[test]
fn text_report_snapshot() {
    juan_booking("text")
        .stdout_with(|stdout| insta::assert_snapshot!("juan_booking_text", stdout))
        .run();
}

#[test]
fn markdown_report_snapshot() {
    juan_booking("markdown")
        .stdout_with(|stdout| insta::assert_snapshot!("juan_booking_markdown", stdout))
        .run();
}

#[test]
fn html_report_snapshot_and_no_external_requests() {
    juan_booking("html")
        .stdout_with(|html| {
            assert!(!html.contains("http://") && !html.contains("<script"));
            assert!(html.contains("&#60;200 ms"), "user text is escaped");
            insta::assert_snapshot!("juan_booking_html", html);
        })
        .run();
}

#[test]
fn unrelated_profiles_are_matched_honestly() {
    let alice = [
        "tests/fixtures/alice/profile.yaml",
        "tests/fixtures/alice/job.yaml",
    ];
    Test::new()
        .fixtures(alice)
        .args(["match", alice[0], alice[1], AS_OF])
        .stdout_with(|stdout| insta::assert_snapshot!("alice_text", stdout))
        .run();
    let richard = [
        "tests/fixtures/richard/profile.yaml",
        "tests/fixtures/richard/job.yaml",
    ];
    Test::new()
        .fixtures(richard)
        .args(["match", richard[0], richard[1], AS_OF])
        .stdout_with(|stdout| insta::assert_snapshot!("richard_text", stdout))
        .stderr_contains("warning: unknown skill `Compression`")
        .stderr_contains("warning: unknown skill `Chrome Extension`")
        .run();
    // Juan does not fit a data-platform job as well as his own.
    let score = |job: &str| {
        Test::new()
            .fixtures([JUAN, job])
            .args(["match", JUAN, job, "-f", "json", AS_OF])
            .ignore_stdout()
            .run()
            .json()["score"]
            .as_f64()
            .unwrap()
    };
    let (juan_go, juan_data) = (score(BOOKING), score("tests/fixtures/long/job.yaml"));
    assert!(juan_go > juan_data + 15.0, "{juan_go} vs {juan_data}");
}

#[test]
fn same_inputs_same_bytes() {
    for fmt in ["text", "json", "markdown", "html"] {
        let a = juan_booking(fmt).ignore_stdout().run().stdout;
        juan_booking(fmt).stdout(&a).run();
    }
}

#[test]
fn colour_follows_flag_and_no_color() {
    let plain = juan_booking("text")
        .stdout_with(|s| assert!(!s.contains('\x1b')))
        .run()
        .stdout;
    juan_booking("text")
        .args(["--color", "always"])
        .stdout_contains("\x1b[32m✓")
        .run();
    juan_booking("text")
        .args(["--color", "never"])
        .stdout(&plain)
        .run();
}

#[test]
fn output_file_is_written_whole() {
    let out = Test::juan_booking()
        .args(["match", JUAN, BOOKING, "-f", "json", AS_OF])
        .args(["-o", "nested/report.json"])
        .run();
    assert!(json(&out.read_to_string("nested/report.json"))["score"].is_number());
    let leftovers = std::fs::read_dir(out.path("nested")).unwrap().count();
    assert_eq!(leftovers, 1, "no temp files left behind");
}

#[test]
fn source_date_epoch_sets_present() {
    // 2026-11-01: Juan has about 3 years.
    let a = Test::juan_booking()
        .args(["match", JUAN, BOOKING, "-f", "json"])
        .env("SOURCE_DATE_EPOCH", EPOCH_2026_11)
        .ignore_stdout()
        .run();
    juan_booking("json").stdout(&a.stdout).run();
    assert_eq!(a.json()["experience"]["years"], 3.1);
}

#[test]
fn text_posting_gives_nearly_the_same_verdicts() {
    let verdicts = |job: &str| -> std::collections::BTreeMap<String, String> {
        let r = Test::juan_booking()
            .args(["match", JUAN, job, "-f", "json", AS_OF])
            .ignore_stdout()
            .run()
            .json();
        r["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|q| q["importance"] == "required")
            .map(|q| {
                (
                    q["skill"].as_str().unwrap().to_string(),
                    q["verdict"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let (y, t) = (verdicts(BOOKING), verdicts(BOOKING_TXT));
    let same = y.iter().filter(|(k, v)| t.get(*k) == Some(*v)).count();
    assert!(
        same * 10 >= y.len() * 8,
        "only {same} of {} required verdicts agree:\nyaml {y:?}\ntext {t:?}",
        y.len()
    );
}

#[test]
fn unknown_skills_warn_with_a_suggestion_and_still_match() {
    Test::new()
        .fixture(JUAN)
        .job(
            "
            title: Platform Engineer
            requirements:
              - skill: Kuberentes
              - skill: Booking Flows
            ",
        )
        .args(["match", JUAN, "job.yaml", AS_OF])
        .stdout_contains("Platform Engineer")
        .stderr_contains("warning: unknown skill `Kuberentes`")
        .stderr_contains("did you mean `Kubernetes`?")
        .stderr_contains("job.yaml:3:12")
        .run();
}

#[test]
fn user_taxonomy_extends_the_builtin_one() {
    let out = Test::new()
        .fixture(JUAN)
        .file(
            "tax.yaml",
            "
            skills:
              - name: Booking Flows
                category: practice
                aliases: [booking flow]
            ",
        )
        .job(
            "
            title: X
            requirements:
              - skill: booking flow
            ",
        )
        .args(["match", JUAN, "job.yaml", "--taxonomy", "tax.yaml"])
        .args(["-f", "json", AS_OF])
        .ignore_stdout()
        .run();
    assert_eq!(out.json()["requirements"][0]["skill"], "Booking Flows");
    out.then()
        .args(["check", "tax.yaml"])
        .stdout("tax.yaml: ok (taxonomy, 1 skill)\n")
        .run();
}

#[test]
fn a_skill_no_line_shows_is_claimed_without_evidence() {
    Test::new()
        .profile(
            "
            name: Ada Test
            skills:
              - name: Go
              - name: Kubernetes
            experience:
              - title: Backend Engineer
                company: Acme
                start: 2022-01
                end: present
                highlights:
                  - Built payment services in Go.
            ",
        )
        .job(
            "
            title: Platform Engineer
            requirements:
              - skill: Go
              - skill: Kubernetes
            ",
        )
        .args(["match", "profile.yaml", "job.yaml", AS_OF])
        .stdout(
            "
            Ada Test → Platform Engineer
            Fit score 87.5/100   required: 2 met, 0 partial, 0 missing

            Why this job is a fit
              • Technical alignment: Ada's hands-on experience with Go maps directly to the team's stack.
                  “Built payment services in Go.” experience[0].highlights[0]

            Required
              ✓ Go                         required       3/3  
                  “Built payment services in Go.” experience[0].highlights[0]
              ✓ Kubernetes                 required     2.2/3    claimed, no evidence: no profile line shows it

            claimed, no evidence: Kubernetes

            score = 100 × Σ(weight × credit) / Σ weight = 100 × 5.3 / 6; weights: required 3, preferred 1.5, posting text 0.5; credit: met 1, claimed only 0.75, partial 0.5, missing 0
            ",
        )
        .run();
}

#[test]
fn spoken_languages_are_scored_and_soft_skills_are_shown_at_no_weight() {
    let profile = "name: Lucía Gómez\nlanguages:\n  - name: Spanish\n    level: native\n  - name: English\n    level: C1\nexperience:\n  - title: Backend Engineer\n    company: Acme\n    start: 2020-01\n    end: 2024-01\n    highlights:\n      - Built Go services on PostgreSQL.\n";
    let posting = "Backend Developer\n\nRequirements\n- Go and PostgreSQL\n- Fluent English\n- Strong communication skills\n";
    let out = Test::new()
        .file("p.yaml", profile)
        .file("j.txt", posting)
        .args(["match", "p.yaml", "j.txt", "-f", "json", AS_OF])
        .ignore_stdout()
        .run();
    let report = out.json();
    let row = |name: &str| {
        report["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["skill"] == name)
            .unwrap_or_else(|| panic!("{name} in {report:#}"))
            .clone()
    };
    let english = row("English");
    assert_eq!(english["kind"], "language");
    assert_eq!(english["verdict"], "met");
    assert_eq!(english["evidence"][0]["text"], "English (C1)");
    assert_eq!(english["evidence"][0]["source"], "languages[1]");
    let soft = row("Communication");
    assert_eq!(soft["kind"], "soft");
    assert_eq!(soft["weight"], 0.0);
    assert!(!report["missing"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m == "Communication"));
    let go = row("Go");
    assert_eq!(go["kind"], "technology");
    // The quote's byte range names the matched words.
    let ev = &go["evidence"][0];
    let (s, e) = (
        ev["match"]["start"].as_u64().unwrap() as usize,
        ev["match"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&ev["text"].as_str().unwrap()[s..e], "Go");
    out.then()
        .args(["check", "p.yaml"])
        .stdout("p.yaml: ok (profile, 0 skills, 1 role, 1 highlight)\n")
        .run();
}

#[test]
fn asp_net_core_web_api_in_a_posting_is_met_by_the_same_line_in_a_profile() {
    let profile = "name: Lars Holm\nexperience:\n  - title: .NET Developer\n    company: Acme\n    start: 2020-01\n    end: 2024-01\n    highlights:\n      - Built the billing platform on ASP.NET Core Web API and SQL Server.\n";
    let posting =
        ".NET Developer\n\nRequirements\n- Experience with ASP.NET Core Web API\n- SQL Server\n";
    let out = Test::new()
        .file("p.yaml", profile)
        .file("j.txt", posting)
        .args(["extract", "j.txt", "-f", "json"])
        .ignore_stdout()
        .run();
    let job = out.json();
    let found: Vec<&str> = job["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(found.contains(&"ASP.NET Web API"), "{found:?}");
    assert!(!found.contains(&"ASP.NET Core MVC"), "{found:?}");
    let report = out
        .then()
        .args(["match", "p.yaml", "j.txt", "-f", "json", AS_OF])
        .ignore_stdout()
        .run()
        .json();
    let web_api = req(&report, "ASP.NET Web API");
    assert_eq!(web_api["verdict"], "met", "{web_api:#}");
    assert_eq!(web_api["importance"], "required", "{web_api:#}");
    assert_eq!(report["missing"], serde_json::json!([]), "{report:#}");
    // ASP.NET without Web API is a near miss.
    let mvc = profile.replace("ASP.NET Core Web API", "ASP.NET Core MVC");
    let report = Test::new()
        .file("p.yaml", &mvc)
        .file("j.txt", posting)
        .args(["match", "p.yaml", "j.txt", "-f", "json", AS_OF])
        .ignore_stdout()
        .run()
        .json();
    let web_api = req(&report, "ASP.NET Web API");
    assert_eq!(web_api["verdict"], "partial", "{web_api:#}");
}
