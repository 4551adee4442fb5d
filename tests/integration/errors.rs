//! Errors users see: broken, missing, huge, binary or hostile input files and bad command lines.
//!
//! Owns: pinning every user-facing error message (exact text or an insta snapshot) and its exit
//! status: 1 for bad input, 2 for a bad command line.
//! Must not: test what the commands produce from good input (the feature modules do).

use crate::harness::{Test, AS_OF, BOOKING, JUAN};

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
        "language_level_string.yaml",
        "language_level_words.yaml",
        "level_capitalised.yaml",
        "missing_field.yaml",
        "month_name_date.yaml",
        "publication_kind.yaml",
        "syntax.yaml",
        "unclosed_quote.yaml",
        "unknown_field.yaml",
        "unknown_skill.yaml",
        "wrong_type.yaml",
        "years_plus.yaml",
    ] {
        let path = format!("tests/fixtures/errors/{f}");
        // An unknown skill is a warning: the file is still valid.
        let status = if f == "unknown_skill.yaml" { 0 } else { 1 };
        let out = Test::new()
            .fixture(&path)
            .args(["check", &path])
            .status(status)
            .ignore_stdout()
            .ignore_stderr()
            .run();
        let shown = format!("exit {}\n{}{}", out.status, out.stderr, out.stdout);
        insta::assert_snapshot!(format!("error_{}", f.replace('.', "_")), shown);
    }
}

#[test]
fn file_errors_are_one_clear_line() {
    let juan_booking = || Test::juan_booking().fixtures(["tests/fixtures/errors/empty.yaml"]);
    juan_booking()
        .args(["match", "nope.yaml", BOOKING])
        .status(1)
        .stderr("error: nope.yaml does not exist\n")
        .run();
    juan_booking()
        .args(["match", "profiles", BOOKING])
        .status(1)
        .stderr("error: profiles is a directory, expected a file\n")
        .run();
    juan_booking()
        .args(["match", "tests/fixtures/errors/empty.yaml", BOOKING])
        .status(1)
        .stderr("error: tests/fixtures/errors/empty.yaml is empty\n")
        .run();
    Test::new()
        .fixtures([JUAN, "tests/fixtures/errors/binary.bin"])
        .args(["match", JUAN, "tests/fixtures/errors/binary.bin"])
        .status(1)
        .stderr("error: tests/fixtures/errors/binary.bin looks like a binary file (it contains NUL bytes), expected UTF-8 text\n")
        .run();
}

#[test]
fn huge_and_invalid_utf8_files_are_refused() {
    Test::new()
        .fixture(JUAN)
        .sparse_file("huge.txt", 100 * 1024 * 1024)
        .args(["match", JUAN, "huge.txt"])
        .status(1)
        .stderr("error: huge.txt is too large (100.0 MiB), the limit is 64.0 MiB\n")
        .run();
    Test::new()
        .bytes("latin1.yaml", b"name: Jos\xe9\n")
        .args(["check", "latin1.yaml"])
        .status(1)
        .stdout("latin1.yaml: unreadable\n")
        .stderr(
            "
            error: latin1.yaml is not valid UTF-8 (first bad byte at line 1, column 10); save it as UTF-8
            error: 1 of 1 file(s) have errors
            ",
        )
        .run();
}

#[test]
fn malicious_yaml_aliases_are_an_error_not_a_hang() {
    let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for i in 0..12 {
        bomb.push_str(&format!(
            "a{i}: &a{i} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n",
            p = if i == 0 {
                "a".to_string()
            } else {
                format!("a{}", i - 1)
            }
        ));
    }
    bomb.push_str("name: x\n");
    Test::new()
        .file("bomb.yaml", &bomb)
        .args(["check", "bomb.yaml"])
        .status(1)
        .stdout("bomb.yaml: invalid\n")
        .stderr(
            "
            error: YAML aliases expand this file to more than twice its size; jobfit refuses them
             --> bomb.yaml:2:10
              |
            2 | a0: &a0 [*a, *a, *a, *a, *a, *a, *a, *a, *a]
              |          ^^
              = help: write the repeated part out instead of referring to it with `*name`

            error: 1 of 1 file(s) have errors
            ",
        )
        .run();
}

#[test]
fn malicious_yaml_nesting_is_an_error_not_a_hang() {
    let deep = format!("name: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    Test::new()
        .file("deep.yaml", &deep)
        .args(["check", "deep.yaml"])
        .status(1)
        .stdout("deep.yaml: invalid\n")
        .stderr_contains("error: `[` and `{` nest more than 100 deep here\n --> deep.yaml:1:107\n")
        .stderr_contains("= help: write the value out with fewer nested brackets")
        .run();
}

#[test]
fn usage_errors_exit_2() {
    Test::juan_booking()
        .args(["match", JUAN])
        .status(2)
        .stderr(
            "
            error: the following required arguments were not provided:
              <JOB>

            Usage: jobfit match <PROFILE> <JOB>

            For more information, try '--help'.
            ",
        )
        .run();
    Test::juan_booking()
        .args(["match", JUAN, BOOKING, "--format", "pdf"])
        .status(2)
        .stderr(
            "
            error: invalid value 'pdf' for '--format <FORMAT>'
              [possible values: text, markdown, json, html]

            For more information, try '--help'.
            ",
        )
        .run();
    Test::juan_booking()
        .args(["match", JUAN, BOOKING, "--as-of", "2026-13"])
        .status(2)
        .stderr("error: --as-of must look like 2026-11, got `2026-13`\n")
        .run();
    Test::juan_booking()
        .args(["match", JUAN, BOOKING])
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .status(2)
        .stderr("error: SOURCE_DATE_EPOCH must be a number of seconds, got `yesterday`\n")
        .run();
    Test::new()
        .arg("--help")
        .stdout_contains("Usage: jobfit")
        .run();
}

#[test]
fn as_of_that_is_not_a_month_is_a_usage_error() {
    for bad in ["soon", "2026", "2026-1x", "26-11", "2026-00"] {
        Test::juan_booking()
            .args(["match", JUAN, BOOKING, "--as-of", bad])
            .status(2)
            .stderr(&format!(
                "error: --as-of must look like 2026-11, got `{bad}`\n"
            ))
            .run();
    }
}

#[test]
fn closed_stdout_pipe_is_not_a_crash() {
    Test::juan_booking()
        .args(["match", JUAN, BOOKING, AS_OF])
        .close_stdout()
        .run();
}

#[test]
fn output_over_an_input_or_a_special_file_is_refused() {
    const PROFILE: &str = "name: Ana Lima\nskills:\n  - name: Go\n";
    const JOB: &str = "title: Backend Engineer\nrequirements:\n  - skill: Go\n";
    let refused = |args: &[&str], message: &str| {
        Test::new()
            .profile(PROFILE)
            .job(JOB)
            .args(args.iter().copied())
            .status(2)
            .stderr(message)
            .run()
    };
    let out = refused(
        &["match", "profile.yaml", "job.yaml", "-o", "profile.yaml"],
        "error: the output profile.yaml is the input profile.yaml: refusing to overwrite it; write the output elsewhere\n",
    );
    // The profile is still the profile.
    assert_eq!(out.read_to_string("profile.yaml"), PROFILE);
    refused(
        &["match", "profile.yaml", "job.yaml", "-o", "./job.yaml"],
        "error: the output ./job.yaml is the input job.yaml: refusing to overwrite it; write the output elsewhere\n",
    );
    refused(
        &["rank", "profile.yaml", "job.yaml", "-o", "job.yaml"],
        "error: the output job.yaml is the input job.yaml: refusing to overwrite it; write the output elsewhere\n",
    );
    refused(
        &["extract", "job.yaml", "-o", "job.yaml"],
        "error: the output job.yaml is the input job.yaml: refusing to overwrite it; write the output elsewhere\n",
    );
    refused(
        &["match", "profile.yaml", "job.yaml", "-o", "."],
        "error: the output . is a directory; name a file, or `-o -` for standard output\n",
    );
    #[cfg(unix)]
    refused(
        &["match", "profile.yaml", "job.yaml", "-o", "/dev/null"],
        "error: the output /dev/null is not a regular file; name a file, or `-o -` for standard output\n",
    );
}

#[test]
fn a_start_in_the_future_is_a_warning_with_a_hint() {
    let path = "tests/fixtures/errors/future_start.yaml";
    let out = Test::new()
        .fixture(path)
        .args(["check", path, AS_OF])
        .status(0)
        .ignore_stdout()
        .ignore_stderr()
        .run();
    let shown = format!("exit {}\n{}{}", out.status, out.stderr, out.stdout);
    insta::assert_snapshot!("warning_future_start", shown);
}

#[test]
fn check_tells_json_and_a_profile_on_stdin_from_a_posting() {
    // A `.json` file is a JSON Resume profile; JSON under another name is not a posting.
    Test::new()
        .file("resume.json", "{\"basics\": {\"name\": \"Ann\"}}\n")
        .args(["check", "resume.json"])
        .stdout_contains("resume.json: ok (profile")
        .run();
    Test::new()
        .file("resume.txt", "{\"basics\": {\"name\": \"Ann\"}}\n")
        .args(["check", "resume.txt"])
        .status(1)
        .stdout("resume.txt: invalid\n")
        .stderr(
            "error: this is JSON, not a posting: jobfit reads a JSON Resume from a `.json` file\n \
             --> resume.txt:1:1\n  |\n1 | {\"basics\": {\"name\": \"Ann\"}}\n  | \
             ^^^^^^^^^\n  = help: save a JSON Resume as `resume.json`; a jobfit profile or job goes \
             in a `.yaml` file (JSON is valid YAML)\n\nerror: 1 of 1 file(s) have errors\n",
        )
        .run();
    Test::new()
        .stdin("name: Ann\nskills: [Python, SQL]\n")
        .args(["check", "-"])
        .stdout("-: ok (profile, 2 skills, 0 roles, 0 highlights)\n")
        .run();
    Test::new()
        .stdin("Senior Go Developer\nWe want Go and Kafka.\n")
        .args(["check", "-"])
        .stdout_contains("-: ok (posting,")
        .run();
}
