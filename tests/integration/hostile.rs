//! Hostile input: files shaped to make jobfit slow, large or unsafe, refused or handled with a
//! bounded amount of work (sizes chosen so that a quadratic path would not finish; no clocks).
//!
//! Owns: the pinned refusals (aliases, nesting), rank's directory walk over links and FIFOs and
//! its exit status, and what control characters look like on a terminal.
//! Must not: test good input (the feature modules do).

use crate::harness::Test;

#[test]
fn alias_expansion_is_refused_at_the_first_alias() {
    let base = format!("name: x\nbase: &b [{}]\n", vec!["word"; 20_000].join(","));
    let aliases: String = (0..200).map(|i| format!("k{i}: *b\n")).collect();
    Test::new()
        .file("p.yaml", &format!("{base}{aliases}"))
        .args(["check", "p.yaml"])
        .status(1)
        .stdout("p.yaml: invalid (profile), 1 error(s), 0 warning(s)\n")
        .stderr(
            "error: YAML aliases expand this file to more than twice its size; jobfit refuses them\n \
             --> p.yaml:3:5\n  |\n3 | k0: *b\n  |     ^^\n  \
             = help: write the repeated part out instead of referring to it with `*name`\n\n\
             error: 1 of 1 file(s) have errors\n",
        )
        .run();
}

#[test]
fn deep_flow_nesting_is_refused_before_parsing() {
    // 400 KB of `[{`: libyaml took minutes on such a file.
    Test::new()
        .file("p.yaml", &format!("name: x\nfoo: {}", "[{".repeat(200_000)))
        .args(["check", "p.yaml"])
        .status(1)
        .stdout("p.yaml: invalid (profile), 1 error(s), 0 warning(s)\n")
        .stderr_contains("error: `[` and `{` nest more than 100 deep here\n --> p.yaml:2:")
        .ignore_stderr()
        .run();
}

#[test]
fn an_error_after_many_blank_lines_is_placed() {
    let text = format!("name: x\n{}  bad: : :\n", "\n".repeat(200_000));
    Test::new()
        .file("p.yaml", &text)
        .args(["check", "p.yaml"])
        .status(1)
        .stdout("p.yaml: invalid (profile, 0 skills, 0 roles, 0 highlights), 1 error(s), 0 warning(s)\n")
        .stderr_contains("p.yaml:200002:")
        .ignore_stderr()
        .run();
}

#[test]
fn ten_thousand_unknown_skills_get_their_warnings() {
    let skills: String = (0..10_000)
        .map(|i| format!("  - name: Unknown{i:05}skill\n"))
        .collect();
    Test::new()
        .file("p.yaml", &format!("name: x\nskills:\n{skills}"))
        .args(["check", "p.yaml"])
        .stdout("p.yaml: ok (profile, 10000 skills, 0 roles, 0 highlights), 10000 warning(s)\n")
        .stderr_contains("p.yaml:10002:11")
        .ignore_stderr()
        .run();
}

#[cfg(unix)]
#[test]
fn rank_skips_link_loops_and_fifos_and_fails_when_nothing_is_read() {
    // A first run only to get the folder with the fixtures in it.
    let first = Test::juan_booking()
        .file("posts/sub/notes.bin", "not a posting")
        .args(["check", "profiles/juan.yaml"])
        .ignore_stdout()
        .run();
    let dir = first.path("posts");
    std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("self")).unwrap();
    let fifo = dir.join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here
    }
    let t = first.then();
    let out = t
        .args(["rank", "profiles/juan.yaml", "posts"])
        .status(1)
        .ignore_stdout()
        .ignore_stderr()
        .run();
    assert!(
        out.stdout
            .contains("0 posting(s) ranked, 0 shown, 3 skipped"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr
            .contains("posts/pipe.txt: not a regular file (a FIFO, socket or device); not read"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("posts/self: a link to a directory already read (a loop?); not read again"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("posts/sub/up: a link to a directory already read"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.ends_with("error: no posting could be read\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn rank_of_an_empty_directory_fails() {
    let first = Test::juan_booking()
        .file("empty/notes.bin", "not a posting")
        .args(["check", "profiles/juan.yaml"])
        .ignore_stdout()
        .run();
    first
        .then()
        .args(["rank", "profiles/juan.yaml", "empty"])
        .status(1)
        .stdout_contains("0 posting(s) ranked, 0 shown, 0 skipped\n")
        .ignore_stdout()
        .stderr("error: no posting found (a directory is searched for .yaml .yml .txt .md .markdown files)\n")
        .run();
}

#[test]
fn control_characters_reach_the_terminal_escaped() {
    let line = "{\"id\": \"evil\\u001b]0;pwned\\u0007\", \"title\": \"Go \\u001b[2J dev\", \"text\": \"Go developer. Required: Go, Kubernetes.\"}\n";
    let out = Test::juan_booking()
        .file("p.jsonl", line)
        .args(["rank", "profiles/juan.yaml", "p.jsonl"])
        .ignore_stdout()
        .ignore_stderr()
        .run();
    assert!(
        !out.stdout.contains('\u{1b}') && !out.stdout.contains('\u{7}'),
        "{:?}",
        out.stdout
    );
    assert!(out.stdout.contains("\\u{1b}"), "{}", out.stdout);
}

#[test]
fn extract_offsets_count_the_byte_order_mark() {
    let out = Test::new()
        .bytes("p.txt", b"\xef\xbb\xbfWe use Kubernetes daily.\n")
        .args(["extract", "p.txt", "--format", "json"])
        .ignore_stdout()
        .run();
    let j = out.json();
    let m = &j["skills"][0]["mentions"][0];
    assert_eq!(
        (m["start"].as_u64(), m["end"].as_u64()),
        (Some(10), Some(20))
    );
}

#[test]
fn carriage_return_only_lines_keep_their_structure() {
    Test::new()
        .bytes("p.yaml", b"name: Juan\rskills:\r  - name: Go\r")
        .args(["check", "p.yaml"])
        .stdout("p.yaml: ok (profile, 1 skill, 0 roles, 0 highlights)\n")
        .run();
}

#[test]
fn values_too_long_for_their_field_are_refused_before_layout() {
    // A 1 MB name took seconds and hundreds of megabytes to lay out on the PDF page.
    let text = format!(
        "name: {}\nexperience:\n  - title: Dev\n    company: X\n    start: 2020-01\n    highlights:\n      - {}\n",
        "A".repeat(1_000_000),
        "word ".repeat(1_500).trim_end()
    );
    Test::new()
        .file("p.yaml", &text)
        .args(["check", "p.yaml"])
        .status(1)
        .stdout(
            "p.yaml: invalid (profile, 0 skills, 1 role, 1 highlight), 2 error(s), 0 warning(s)\n",
        )
        .stderr_contains(
            "error: `highlights` is 7499 characters long; at most 5000 fit here\n --> p.yaml:7:9\n",
        )
        .stderr_contains("= help: split it into several lines (a list), each one point\n")
        .stderr_contains(
            "error: `name` is 1000000 characters long; at most 300 fit here\n --> p.yaml:1:7\n",
        )
        .stderr_contains("= help: shorten it: it is printed on one line of the page\n")
        .run();
}

#[test]
fn a_taxonomy_of_names_sharing_a_first_word_is_linear() {
    // 25,000 skills in one first-word group: 23 s and 9.8 GB when each was grouped on its own.
    let skills: String = (0..25_000)
        .map(|i| format!("  - name: Shared Word{i}\n    category: tool\n"))
        .collect();
    Test::new()
        .file("t.yaml", &format!("skills:\n{skills}"))
        .file("job.txt", "We need Shared Word24999 and shared word7.\n")
        .args(["--taxonomy", "t.yaml", "extract", "job.txt", "-f", "json"])
        .stdout_contains("\"name\": \"Shared Word24999\"")
        .stdout_contains("\"name\": \"Shared Word7\"")
        .run();
}
