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
        // An unknown skill is a warning: the file is still valid.
        let status = if f == "unknown_skill.yaml" { 0 } else { 1 };
        let shown = check_shown(&format!("tests/fixtures/errors/{f}"), status);
        insta::assert_snapshot!(format!("error_{}", f.replace('.', "_")), shown);
    }
}

/// What `jobfit check PATH` prints, after its exit status, for a snapshot.
pub fn check_shown(path: &str, status: i32) -> String {
    let out = Test::new()
        .fixture(path)
        .args(["check", path])
        .status(status)
        .ignore_stdout()
        .ignore_stderr()
        .run();
    format!("exit {}\n{}{}", out.status, out.stderr, out.stdout)
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
        .stdout("bomb.yaml: invalid (profile), 1 error(s), 0 warning(s)\n")
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
        .stdout("deep.yaml: invalid (profile), 1 error(s), 0 warning(s)\n")
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
fn check_reports_every_problem_of_a_file_in_one_run() {
    // Eight mistakes, eight located problems: parse errors past the first one (each masked or
    // fixed as its hint says, so the rest is still read), then the checks of the parsed profile.
    let f = "tests/fixtures/errors/eight_mistakes.yaml";
    let out = Test::new()
        .fixture(f)
        .args(["check", AS_OF, f])
        .status(1)
        .ignore_stdout()
        .ignore_stderr()
        .run();
    let shown = format!("exit {}\n{}{}", out.status, out.stderr, out.stdout);
    insta::assert_snapshot!("check_eight_mistakes", shown);
}

#[test]
fn check_tells_files_apart_by_content_and_says_what_it_took_each_for() {
    let resume = "{\"basics\": {\"name\": \"Ann\"}, \"work\": []}\n";
    Test::new()
        .file("resume.json", resume)
        .file("resume.txt", resume)
        .file(
            "job.txt",
            "title: Platform Engineer\nrequirements:\n  - skill: Go\n",
        )
        .file("posting.md", "# Go Developer\n\nWe want Go and Kafka.\n")
        .file(
            "taxonomy.yaml",
            "skills:\n  - name: Zig\n    category: language\n",
        )
        .args([
            "check",
            "resume.json",
            "resume.txt",
            "job.txt",
            "posting.md",
            "taxonomy.yaml",
        ])
        .stdout(
            "
            resume.json: ok (JSON Resume, 0 skills, 0 roles, 0 highlights)
            resume.txt: ok (JSON Resume, 0 skills, 0 roles, 0 highlights)
            job.txt: ok (job, 1 requirement)
            posting.md: ok (plain-text posting, 2 skills found)
            taxonomy.yaml: ok (taxonomy, 1 skill)
            ",
        )
        .run();
    for (stdin, said) in [
        (
            resume,
            "-: ok (JSON Resume, 0 skills, 0 roles, 0 highlights)\n",
        ),
        (
            "name: Ann\nskills: [Python, SQL]\n",
            "-: ok (profile, 2 skills, 0 roles, 0 highlights)\n",
        ),
        (
            "title: B\nrequirements:\n  - skill: Go\n",
            "-: ok (job, 1 requirement)\n",
        ),
        (
            "Senior Go Developer\nWe want Go and Kafka.\n",
            "-: ok (plain-text posting, 2 skills found)\n",
        ),
    ] {
        Test::new()
            .stdin(stdin)
            .args(["check", "-"])
            .stdout(said)
            .run();
    }
}

#[test]
fn json_that_is_not_a_json_resume_is_refused() {
    Test::new()
        .file("data.json", "{\"a\": 1}\n")
        .file("notes.json", "Senior Go Engineer\n")
        .args(["check", "data.json", "notes.json"])
        .status(1)
        .stdout("data.json: invalid\nnotes.json: invalid\n")
        .stderr(
            "
            error: this JSON is neither a JSON Resume document (it has no `basics` or `work`) nor a jobfit profile or job
              --> data.json
              = help: a JSON Resume starts with `\"basics\": {\"name\": …}`; a jobfit profile or job is usually YAML

            error: a `.json` file is read as a JSON Resume document, but this is not JSON
              --> notes.json
              = help: save a YAML profile or job as `.yaml`, and a posting as `.txt` or `.md`

            error: 2 of 2 file(s) have errors
            ",
        )
        .run();
}

#[test]
fn swapped_arguments_are_named_as_such() {
    Test::juan_booking()
        .args(["match", BOOKING, JUAN])
        .status(1)
        .stderr(
            "error: this is a job, not a profile\n  --> jobs/booking_go.yaml\n  = help: the arguments \
             look swapped: the profile comes first (`jobfit match PROFILE JOB`)\n\n",
        )
        .run();
    Test::juan_booking()
        .args(["tailor", JUAN, JUAN, "-o", "out"])
        .status(1)
        .stderr(
            "error: this is a profile, not a job or posting\n  --> profiles/juan.yaml\n  = help: the \
             arguments look swapped: the job comes second (`jobfit match PROFILE JOB`)\n\n",
        )
        .run();
    // Standard input is told apart by content too.
    Test::juan_booking()
        .args(["match", JUAN, "-"])
        .stdin("name: Ann\nexperience: []\n")
        .status(1)
        .stderr(
            "error: this is a profile, not a job or posting\n  --> -\n  = help: the arguments look \
             swapped: the job comes second (`jobfit match PROFILE JOB`)\n\n",
        )
        .run();
}
