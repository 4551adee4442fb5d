//! Integration tests: run the real `jobfit` binary on fixture files.
//!
//! Every user-facing error message is pinned here (exact text or snapshot).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A small builder around one run of the binary, in the spirit of `just`'s `Test`.
struct Run {
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Option<Vec<u8>>,
}

struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn jobfit(args: &[&str]) -> Run {
    Run {
        args: args.iter().map(|s| s.to_string()).collect(),
        env: vec![("NO_COLOR".into(), "1".into())],
        stdin: None,
    }
}

impl Run {
    fn env(mut self, k: &str, v: &str) -> Run {
        self.env.push((k.into(), v.into()));
        self
    }

    fn stdin(mut self, bytes: &[u8]) -> Run {
        self.stdin = Some(bytes.to_vec());
        self
    }

    fn run(self) -> Outcome {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_jobfit"));
        cmd.current_dir(root())
            .args(&self.args)
            .env_remove("SOURCE_DATE_EPOCH")
            .env_remove("NO_COLOR");
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let out: Output = match self.stdin {
            Some(bytes) => {
                use std::io::Write;
                cmd.stdin(std::process::Stdio::piped())
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped());
                let mut child = cmd.spawn().expect("jobfit runs");
                child.stdin.take().unwrap().write_all(&bytes).unwrap();
                child.wait_with_output().unwrap()
            }
            None => cmd.output().expect("jobfit runs"),
        };
        Outcome {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        }
    }
}

impl Outcome {
    fn ok(self) -> Outcome {
        assert_eq!(
            self.code, 0,
            "stderr:\n{}\nstdout:\n{}",
            self.stderr, self.stdout
        );
        self
    }

    fn fails(self, code: i32) -> Outcome {
        assert_eq!(
            self.code, code,
            "stderr:\n{}\nstdout:\n{}",
            self.stderr, self.stdout
        );
        self
    }
}

const JUAN: &str = "profiles/juan.yaml";
const BOOKING: &str = "jobs/booking_go.yaml";
const AS_OF: &str = "--as-of=2026-11";

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).expect("valid JSON")
}

fn req<'a>(report: &'a serde_json::Value, skill: &str) -> &'a serde_json::Value {
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

// ---------------------------------------------------------------- match: the worked example

#[test]
fn juan_booking_verdicts_and_evidence() {
    let out = jobfit(&["match", JUAN, BOOKING, "--format", "json", AS_OF])
        .run()
        .ok();
    let r = json(&out.stdout);
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
    let profile = std::fs::read_to_string(root().join(JUAN)).unwrap();
    let profile: String = profile.split_whitespace().collect::<Vec<_>>().join(" ");
    for (p, j) in [
        (JUAN, BOOKING),
        (
            "tests/fixtures/alice/profile.yaml",
            "tests/fixtures/alice/job.yaml",
        ),
        (
            "tests/fixtures/richard/profile.yaml",
            "tests/fixtures/richard/job.yaml",
        ),
    ] {
        let text = std::fs::read_to_string(root().join(p)).unwrap();
        let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let out = jobfit(&["match", p, j, "--format", "json", AS_OF])
            .run()
            .ok();
        let r = json(&out.stdout);
        let mut n = 0;
        for q in r["requirements"].as_array().unwrap() {
            for e in q["evidence"].as_array().unwrap() {
                let t = e["text"].as_str().unwrap();
                let t: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(text.contains(&t), "{p}: evidence not in profile: {t}");
                n += 1;
            }
        }
        for t in r["narrative"].as_array().unwrap() {
            for e in t["evidence"].as_array().unwrap() {
                let s: String = e["text"]
                    .as_str()
                    .unwrap()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(
                    text.contains(&s),
                    "{p}: narrative quote not in profile: {s}"
                );
            }
        }
        assert!(n > 0, "{p}: no evidence at all");
    }
    assert!(!profile.is_empty());
}

#[test]
fn json_contract_fields() {
    let out = jobfit(&["match", JUAN, BOOKING, "-f", "json", AS_OF])
        .run()
        .ok();
    let r = json(&out.stdout);
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
    let out = jobfit(&["match", JUAN, BOOKING, AS_OF]).run().ok();
    for theme in [
        "Technical alignment",
        "Growing Go expertise",
        "Distributed systems",
        "Cloud & DevOps",
        "Leadership & collaboration",
    ] {
        assert!(
            out.stdout.contains(theme),
            "missing theme {theme}:\n{}",
            out.stdout
        );
    }
}

#[test]
fn text_report_snapshot() {
    let out = jobfit(&["match", JUAN, BOOKING, AS_OF]).run().ok();
    insta::assert_snapshot!("juan_booking_text", out.stdout);
}

#[test]
fn markdown_report_snapshot() {
    let out = jobfit(&["match", JUAN, BOOKING, "--format", "markdown", AS_OF])
        .run()
        .ok();
    insta::assert_snapshot!("juan_booking_markdown", out.stdout);
}

#[test]
fn html_report_snapshot_and_no_external_requests() {
    let out = jobfit(&["match", JUAN, BOOKING, "--format", "html", AS_OF])
        .run()
        .ok();
    assert!(!out.stdout.contains("http://") && !out.stdout.contains("<script"));
    assert!(out.stdout.contains("&#60;200 ms"), "user text is escaped");
    insta::assert_snapshot!("juan_booking_html", out.stdout);
}

#[test]
fn unrelated_profiles_are_matched_honestly() {
    let out = jobfit(&[
        "match",
        "tests/fixtures/alice/profile.yaml",
        "tests/fixtures/alice/job.yaml",
        AS_OF,
    ])
    .run()
    .ok();
    insta::assert_snapshot!("alice_text", out.stdout);
    let out = jobfit(&[
        "match",
        "tests/fixtures/richard/profile.yaml",
        "tests/fixtures/richard/job.yaml",
        AS_OF,
    ])
    .run()
    .ok();
    insta::assert_snapshot!("richard_text", out.stdout);
    // Juan does not fit a data-platform job as well as his own.
    let juan_go = json(
        &jobfit(&["match", JUAN, BOOKING, "-f", "json", AS_OF])
            .run()
            .ok()
            .stdout,
    )["score"]
        .as_f64()
        .unwrap();
    let juan_data = json(
        &jobfit(&[
            "match",
            JUAN,
            "tests/fixtures/long/job.yaml",
            "-f",
            "json",
            AS_OF,
        ])
        .run()
        .ok()
        .stdout,
    )["score"]
        .as_f64()
        .unwrap();
    assert!(juan_go > juan_data + 15.0, "{juan_go} vs {juan_data}");
}

#[test]
fn same_inputs_same_bytes() {
    for fmt in ["text", "json", "markdown", "html"] {
        let a = jobfit(&["match", JUAN, BOOKING, "-f", fmt, AS_OF])
            .run()
            .ok()
            .stdout;
        let b = jobfit(&["match", JUAN, BOOKING, "-f", fmt, AS_OF])
            .run()
            .ok()
            .stdout;
        assert_eq!(a, b, "{fmt}");
    }
}

#[test]
fn colour_follows_flag_and_no_color() {
    let plain = jobfit(&["match", JUAN, BOOKING, AS_OF]).run().ok().stdout;
    assert!(!plain.contains('\x1b'));
    let coloured = jobfit(&["match", JUAN, BOOKING, AS_OF, "--color", "always"])
        .run()
        .ok()
        .stdout;
    assert!(coloured.contains("\x1b[32m✓"));
    let never = jobfit(&["match", JUAN, BOOKING, AS_OF, "--color", "never"])
        .run()
        .ok()
        .stdout;
    assert_eq!(never, plain);
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/report.json");
    jobfit(&[
        "match",
        JUAN,
        BOOKING,
        "-f",
        "json",
        AS_OF,
        "-o",
        path.to_str().unwrap(),
    ])
    .run()
    .ok();
    let r = json(&std::fs::read_to_string(&path).unwrap());
    assert!(r["score"].is_number());
    let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temp files left behind");
}

#[test]
fn source_date_epoch_sets_present() {
    // 2026-11-01: Juan has about 3 years.
    let a = jobfit(&["match", JUAN, BOOKING, "-f", "json"])
        .env("SOURCE_DATE_EPOCH", "1793491200")
        .run()
        .ok();
    let b = jobfit(&["match", JUAN, BOOKING, "-f", "json", AS_OF])
        .run()
        .ok();
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(json(&a.stdout)["experience"]["years"], 3.1);
}

// ---------------------------------------------------------------- text postings

#[test]
fn text_posting_gives_nearly_the_same_verdicts() {
    let yaml = json(
        &jobfit(&["match", JUAN, BOOKING, "-f", "json", AS_OF])
            .run()
            .ok()
            .stdout,
    );
    let text = json(
        &jobfit(&["match", JUAN, "jobs/booking_go.txt", "-f", "json", AS_OF])
            .run()
            .ok()
            .stdout,
    );
    let verdicts = |r: &serde_json::Value| -> std::collections::BTreeMap<String, String> {
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
    let (y, t) = (verdicts(&yaml), verdicts(&text));
    let same = y.iter().filter(|(k, v)| t.get(*k) == Some(*v)).count();
    assert!(
        same * 10 >= y.len() * 8,
        "only {same} of {} required verdicts agree:\nyaml {y:?}\ntext {t:?}",
        y.len()
    );
}

#[test]
fn extract_writes_a_valid_job_file() {
    let out = jobfit(&["extract", "jobs/booking_go.txt"]).run().ok();
    assert!(
        out.stdout.contains("title: Senior Go Developer"),
        "{}",
        out.stdout
    );
    let dir = tempfile::tempdir().unwrap();
    let job = dir.path().join("job.yaml");
    std::fs::write(&job, &out.stdout).unwrap();
    jobfit(&["check", job.to_str().unwrap()]).run().ok();
    jobfit(&["match", JUAN, job.to_str().unwrap(), AS_OF])
        .run()
        .ok();
}

#[test]
fn extract_json_offsets_point_into_the_input() {
    let text = std::fs::read_to_string(root().join("jobs/booking_go.txt")).unwrap();
    let out = jobfit(&["extract", "jobs/booking_go.txt", "-f", "json"])
        .run()
        .ok();
    let r = json(&out.stdout);
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
    let out = jobfit(&["extract", "-", "-f", "json"]).stdin(b"Backend Engineer\n\nRequirements:\n- Go and Kubernetes\n\nNice to have:\n- Terraform\n").run().ok();
    let r = json(&out.stdout);
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
fn extract_takes_labels_whose_text_changes_length_when_lower_cased() {
    // `ẞ` lower-cases to the shorter `ß`: the title was once cut inside it (a panic).
    let out = jobfit(&["extract", "-", "-f", "json"])
        .stdin("Title: Straẞe Go Engineer\nCompany: İzmir Labs\n\nRequirements:\n- Go\n".as_bytes())
        .run()
        .ok();
    let r = json(&out.stdout);
    assert_eq!(r["title"], "Straẞe Go Engineer");
    assert_eq!(r["company"], "İzmir Labs");
}

// ---------------------------------------------------------------- rank

#[test]
fn rank_orders_postings_and_skips_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(root().join(BOOKING), d.join("booking.yaml")).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/long/job.yaml"),
        d.join("data.yaml"),
    )
    .unwrap();
    std::fs::create_dir(d.join("sub")).unwrap();
    std::fs::write(
        d.join("sub/frontend.txt"),
        "Frontend Developer\n\nRequirements:\n- React, TypeScript and CSS\n",
    )
    .unwrap();
    std::fs::write(d.join("sub/empty.txt"), "").unwrap();
    std::fs::write(d.join("sub/binary.md"), b"\x00\x01\x02").unwrap();
    std::fs::write(d.join("ignored.pdf"), b"%PDF").unwrap();
    let jsonl = d.join("more.jsonl");
    std::fs::write(&jsonl, "{\"id\": \"j1\", \"title\": \"Go Platform Engineer\", \"text\": \"Requirements: Go, Docker, Kubernetes, AWS, Terraform\"}\nnot json\n").unwrap();
    let out = jobfit(&[
        "rank",
        JUAN,
        d.to_str().unwrap(),
        jsonl.to_str().unwrap(),
        "-f",
        "json",
        AS_OF,
    ])
    .run()
    .ok();
    let rows = json(&out.stdout);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 4, "{rows:#?}");
    let scores: Vec<f64> = rows.iter().map(|r| r["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert_eq!(rows[0]["rank"], 1);
    assert!(rows
        .iter()
        .any(|r| r["id"] == "j1" && r["title"] == "Go Platform Engineer"));
    assert!(out.stderr.contains("empty.txt is empty"), "{}", out.stderr);
    assert!(
        out.stderr.contains("binary.md looks like a binary file"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("more.jsonl:2: not a posting"),
        "{}",
        out.stderr
    );
    let top = jobfit(&[
        "rank",
        JUAN,
        d.to_str().unwrap(),
        "--top",
        "1",
        "-f",
        "jsonl",
        AS_OF,
    ])
    .run()
    .ok();
    assert_eq!(top.stdout.lines().count(), 1);
    let table = jobfit(&[
        "rank",
        JUAN,
        d.to_str().unwrap(),
        "--min-score",
        "101",
        AS_OF,
    ])
    .run()
    .ok();
    assert!(table.stdout.contains("0 shown"), "{}", table.stdout);
}

// ---------------------------------------------------------------- errors users see

fn check_stderr(file: &str) -> String {
    let out = jobfit(&["check", &format!("tests/fixtures/errors/{file}")]).run();
    format!("exit {}\n{}{}", out.code, out.stderr, out.stdout)
}

#[test]
fn error_messages_are_pinned() {
    for f in [
        "bad_date.yaml",
        "bad_level.yaml",
        "binary.bin",
        "empty.yaml",
        "job_both.yaml",
        "job_no_skill.yaml",
        "job_unknown_field.yaml",
        "missing_field.yaml",
        "syntax.yaml",
        "unclosed_quote.yaml",
        "unknown_field.yaml",
        "unknown_skill.yaml",
        "wrong_type.yaml",
    ] {
        insta::assert_snapshot!(format!("error_{}", f.replace('.', "_")), check_stderr(f));
    }
}

#[test]
fn file_errors_are_one_clear_line() {
    let out = jobfit(&["match", "nope.yaml", BOOKING]).run().fails(1);
    assert_eq!(out.stderr, "error: nope.yaml does not exist\n");
    let out = jobfit(&["match", "profiles", BOOKING]).run().fails(1);
    assert_eq!(
        out.stderr,
        "error: profiles is a directory, expected a file\n"
    );
    let out = jobfit(&["match", "tests/fixtures/errors/empty.yaml", BOOKING])
        .run()
        .fails(1);
    assert_eq!(
        out.stderr,
        "error: tests/fixtures/errors/empty.yaml is empty\n"
    );
    let out = jobfit(&["match", JUAN, "tests/fixtures/errors/binary.bin"])
        .run()
        .fails(1);
    assert_eq!(out.stderr, "error: tests/fixtures/errors/binary.bin looks like a binary file (it contains NUL bytes), expected UTF-8 text\n");
}

#[test]
fn huge_and_invalid_utf8_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.txt");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap();
    let out = jobfit(&["match", JUAN, huge.to_str().unwrap()])
        .run()
        .fails(1);
    assert!(
        out.stderr
            .ends_with("huge.txt is too large (100.0 MiB), the limit is 64.0 MiB\n"),
        "{}",
        out.stderr
    );
    let latin1 = dir.path().join("latin1.yaml");
    std::fs::write(&latin1, b"name: Jos\xe9\n").unwrap();
    let out = jobfit(&["check", latin1.to_str().unwrap()]).run().fails(1);
    assert!(out.stderr.contains("latin1.yaml is not valid UTF-8 (first bad byte at line 1, column 10); save it as UTF-8"), "{}", out.stderr);
}

#[test]
fn malicious_yaml_is_an_error_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = dir.path().join("bomb.yaml");
    let mut s = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for i in 0..12 {
        s.push_str(&format!(
            "a{i}: &a{i} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n",
            p = if i == 0 {
                "a".to_string()
            } else {
                format!("a{}", i - 1)
            }
        ));
    }
    s.push_str("name: x\n");
    std::fs::write(&bomb, s).unwrap();
    let out = jobfit(&["check", bomb.to_str().unwrap()]).run().fails(1);
    assert!(out.stderr.contains("error:"), "{}", out.stderr);
    let deep = dir.path().join("deep.yaml");
    std::fs::write(
        &deep,
        format!("name: {}{}\n", "[".repeat(10_000), "]".repeat(10_000)),
    )
    .unwrap();
    let out = jobfit(&["check", deep.to_str().unwrap()]).run().fails(1);
    assert!(out.stderr.contains("error:"), "{}", out.stderr);
}

#[test]
fn usage_errors_exit_2() {
    let out = jobfit(&["match", JUAN]).run().fails(2);
    assert!(
        out.stderr
            .contains("the following required arguments were not provided"),
        "{}",
        out.stderr
    );
    let out = jobfit(&["match", JUAN, BOOKING, "--format", "pdf"])
        .run()
        .fails(2);
    assert!(out.stderr.contains("invalid value 'pdf'"), "{}", out.stderr);
    let out = jobfit(&["match", JUAN, BOOKING, "--as-of", "2026-13"])
        .run()
        .fails(2);
    assert_eq!(
        out.stderr,
        "error: --as-of must look like 2026-11, got `2026-13`\n"
    );
    let out = jobfit(&["match", JUAN, BOOKING])
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .run()
        .fails(2);
    assert_eq!(
        out.stderr,
        "error: SOURCE_DATE_EPOCH must be a number of seconds, got `yesterday`\n"
    );
    jobfit(&["--help"]).run().ok();
}

#[test]
fn unknown_skills_warn_with_a_suggestion_and_still_match() {
    let dir = tempfile::tempdir().unwrap();
    let job = dir.path().join("job.yaml");
    std::fs::write(&job, "title: Platform Engineer\nrequirements:\n  - skill: Kuberentes\n  - skill: Booking Flows\n").unwrap();
    let out = jobfit(&["match", JUAN, job.to_str().unwrap(), AS_OF])
        .run()
        .ok();
    assert!(
        out.stderr.contains("warning: unknown skill `Kuberentes`"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("did you mean `Kubernetes`?"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("job.yaml:3:12"), "{}", out.stderr);
}

#[test]
fn user_taxonomy_extends_the_builtin_one() {
    let dir = tempfile::tempdir().unwrap();
    let tax = dir.path().join("tax.yaml");
    std::fs::write(
        &tax,
        "skills:\n  - name: Booking Flows\n    category: practice\n    aliases: [booking flow]\n",
    )
    .unwrap();
    let job = dir.path().join("job.yaml");
    std::fs::write(&job, "title: X\nrequirements:\n  - skill: booking flow\n").unwrap();
    let out = jobfit(&[
        "match",
        JUAN,
        job.to_str().unwrap(),
        "--taxonomy",
        tax.to_str().unwrap(),
        "-f",
        "json",
        AS_OF,
    ])
    .run()
    .ok();
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    assert_eq!(
        json(&out.stdout)["requirements"][0]["skill"],
        "Booking Flows"
    );
    let out = jobfit(&["check", tax.to_str().unwrap()]).run().ok();
    assert!(
        out.stdout.contains("ok (taxonomy, 1 skills)"),
        "{}",
        out.stdout
    );
}

#[test]
fn check_accepts_all_bundled_files() {
    let out = jobfit(&[
        "check",
        JUAN,
        BOOKING,
        "jobs/booking_go.txt",
        "tests/fixtures/alice/profile.yaml",
        "tests/fixtures/alice/job.yaml",
        "tests/fixtures/long/profile.yaml",
        "tests/fixtures/long/job.yaml",
        "tests/fixtures/hostile/profile.yaml",
        "data/taxonomy.yaml",
    ])
    .run()
    .ok();
    assert!(!out.stdout.contains("invalid"), "{}", out.stdout);
}

#[test]
fn closed_stdout_pipe_is_not_a_crash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jobfit"))
        .current_dir(root())
        .args(["match", JUAN, BOOKING, AS_OF])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.code() == Some(0),
        "{:?}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[allow(dead_code)]
fn exists(p: &str) -> bool {
    Path::new(p).exists()
}

// ---------------------------------------------------------------- tailor and render

fn pdf_pages(bytes: &[u8]) -> usize {
    let s = String::from_utf8_lossy(bytes);
    s.matches("/Type/Page").count() - s.matches("/Type/Pages").count()
}

fn pdf_text(bytes: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(bytes).expect("pdf-extract reads our PDF")
}

fn tailor_into(profile: &str, job: &str, dir: &Path, extra: &[&str]) -> Outcome {
    let mut args = vec!["tailor", profile, job, "-o", dir.to_str().unwrap(), AS_OF];
    args.extend_from_slice(extra);
    jobfit(&args)
        .env("SOURCE_DATE_EPOCH", "1793491200")
        .run()
        .ok()
}

#[test]
fn tailor_writes_a_one_page_pdf_html_and_report() {
    let dir = tempfile::tempdir().unwrap();
    let out = tailor_into(JUAN, BOOKING, dir.path(), &[]);
    assert!(out.stdout.contains("fit score"), "{}", out.stdout);
    assert!(out.stdout.contains("1 page (A4)"), "{}", out.stdout);
    let pdf = std::fs::read(dir.path().join("resume.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(pdf_pages(&pdf), 1);
    assert!(pdf.len() < 60_000, "{} bytes", pdf.len());
    let html = std::fs::read_to_string(dir.path().join("resume.html")).unwrap();
    assert!(html.contains("<strong>Docker</strong>"), "emphasis in HTML");
    assert!(!html.contains("<script") && !html.contains("http://") && !html.contains("<link"));
    let md = std::fs::read_to_string(dir.path().join("fit-report.md")).unwrap();
    assert!(md.starts_with("# Fit report: Juan Pérez"));
}

#[test]
fn pdf_round_trip_reads_like_an_ats_would() {
    let dir = tempfile::tempdir().unwrap();
    tailor_into(JUAN, BOOKING, dir.path(), &[]);
    let text = pdf_text(&std::fs::read(dir.path().join("resume.pdf")).unwrap());
    let words: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.starts_with("Juan Pérez"),
        "name first: {}",
        &words[..80.min(words.len())]
    );
    let report = json(
        &jobfit(&["match", JUAN, BOOKING, "-f", "json", AS_OF])
            .run()
            .ok()
            .stdout,
    );
    for skill in report["matched"].as_array().unwrap() {
        let skill = skill.as_str().unwrap();
        if [
            "Observability",
            "Infrastructure as Code",
            "Caching",
            "Backend Development",
            "Low Latency",
        ]
        .contains(&skill)
        {
            // Shown through a more specific skill (Prometheus, Terraform) or as a phrase.
            continue;
        }
        // The name, or its stem as written in a line (`Mentored` for Mentoring).
        let stem: String = skill.to_lowercase().chars().take(6).collect();
        assert!(
            words.contains(skill) || words.to_lowercase().contains(&stem),
            "matched skill {skill} missing from the PDF text"
        );
    }
    // Reading order follows the layout: sections in order, and dates after their role.
    let pos = |s: &str| {
        words
            .find(s)
            .unwrap_or_else(|| panic!("{s} not in {words}"))
    };
    assert!(pos("Summary") < pos("Skills"));
    assert!(pos("Skills") < pos("Experience"));
    assert!(pos("Experience") < pos("Projects"));
    assert!(pos("Projects") < pos("Certifications"));
    assert!(pos("Backend Engineer, Acme Travel") < pos("Feb 2025"));
    assert!(pos("Feb 2025") < pos("Backend Developer, Globex"));
}

#[test]
fn tailored_files_are_byte_identical_across_runs() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    tailor_into(JUAN, BOOKING, a.path(), &[]);
    tailor_into(JUAN, BOOKING, b.path(), &[]);
    for f in ["resume.pdf", "resume.html", "fit-report.md"] {
        let x = std::fs::read(a.path().join(f)).unwrap();
        let y = std::fs::read(b.path().join(f)).unwrap();
        assert!(x == y, "{f} differs between runs");
    }
    // The date comes from SOURCE_DATE_EPOCH.
    let pdf =
        String::from_utf8_lossy(&std::fs::read(a.path().join("resume.pdf")).unwrap()).to_string();
    assert!(
        pdf.contains("D:20261101"),
        "creation date from SOURCE_DATE_EPOCH"
    );
}

#[test]
fn long_profile_is_fitted_to_one_page_and_says_what_was_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let out = tailor_into(
        "tests/fixtures/long/profile.yaml",
        "tests/fixtures/long/job.yaml",
        dir.path(),
        &["--pages", "1"],
    );
    assert!(
        out.stdout.contains("left out to fit 1 page(s):"),
        "{}",
        out.stdout
    );
    let pdf = std::fs::read(dir.path().join("resume.pdf")).unwrap();
    assert_eq!(pdf_pages(&pdf), 1);
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Zoë Ødegård") && text.contains("Łódź"),
        "Unicode survives: {}",
        &text[..200.min(text.len())]
    );
    // Untailored, the same profile is longer than one page, with footers.
    let full = tempfile::tempdir().unwrap();
    jobfit(&[
        "render",
        "tests/fixtures/long/profile.yaml",
        "-o",
        full.path().to_str().unwrap(),
        AS_OF,
    ])
    .run()
    .ok();
    let pdf = std::fs::read(full.path().join("resume.pdf")).unwrap();
    let pages = pdf_pages(&pdf);
    assert!(pages >= 3, "{pages} pages");
    assert!(pdf_text(&pdf).contains(&format!("page 1 of {pages}")));
}

#[test]
fn letter_paper_and_two_page_budget() {
    let dir = tempfile::tempdir().unwrap();
    let out = tailor_into(
        "tests/fixtures/long/profile.yaml",
        "tests/fixtures/long/job.yaml",
        dir.path(),
        &["--pages", "2", "--paper", "letter"],
    );
    assert!(out.stdout.contains("(US Letter)"), "{}", out.stdout);
    let pdf =
        String::from_utf8_lossy(&std::fs::read(dir.path().join("resume.pdf")).unwrap()).to_string();
    assert!(
        pdf.contains("612") && pdf.contains("792"),
        "US Letter media box"
    );
    assert!(pdf_pages(pdf.as_bytes()) <= 2);
}

#[test]
fn hostile_text_is_escaped_in_html() {
    let dir = tempfile::tempdir().unwrap();
    tailor_into(
        "tests/fixtures/hostile/profile.yaml",
        BOOKING,
        dir.path(),
        &[],
    );
    let html = std::fs::read_to_string(dir.path().join("resume.html")).unwrap();
    assert!(!html.contains("<script>"), "raw script tag in HTML");
    assert!(!html.contains("<img"), "raw img tag in HTML");
    assert!(!html.contains("javascript:"), "javascript: link kept");
    assert!(
        html.contains("&#60;script&#62;alert(1)&#60;/script&#62;"),
        "script shown as text"
    );
    assert!(html.contains("Smith &#38; Sons"), "ampersand escaped");
    assert!(html.contains("Иван Петров"));
    let md = std::fs::read_to_string(dir.path().join("fit-report.md")).unwrap();
    assert!(!md.contains("<script>"), "markdown escapes too");
    let text = pdf_text(&std::fs::read(dir.path().join("resume.pdf")).unwrap());
    assert!(text.contains("Иван Петров"));
}

#[test]
fn tailor_accepts_a_text_posting_and_reports_errors_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let out = tailor_into(JUAN, "jobs/booking_go.txt", dir.path(), &[]);
    assert!(
        out.stdout.contains("Senior Go Developer at Booking.com"),
        "{}",
        out.stdout
    );
    let out = jobfit(&["tailor", JUAN, BOOKING, "--pages", "0"])
        .run()
        .fails(2);
    assert!(out.stderr.contains("0 is not in 1..=10"), "{}", out.stderr);
    let out = jobfit(&[
        "tailor",
        "tests/fixtures/errors/bad_date.yaml",
        BOOKING,
        "-o",
        dir.path().to_str().unwrap(),
    ])
    .run()
    .fails(1);
    assert!(
        out.stderr.contains("invalid date `2022-13`"),
        "{}",
        out.stderr
    );
}
