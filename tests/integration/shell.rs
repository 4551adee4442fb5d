//! `jobfit completions`, `jobfit man` and `jobfit schema`.
//!
//! Owns: that every shell's script is generated, that the bash one is valid bash (`bash -n`),
//! that the man page is roff with every command and its options, and that the published schemas are generated.

use crate::harness::Test;

#[test]
fn completions_for_every_shell_and_bash_parses() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        Test::new()
            .args(["completions", shell])
            .stdout_contains("import")
            .run();
    }
    // `bash -n` on the script itself, written to a temp file.
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("jobfit.bash");
    let text = std::process::Command::new(env!("CARGO_BIN_EXE_jobfit"))
        .args(["completions", "bash"])
        .output()
        .unwrap()
        .stdout;
    std::fs::write(&script, text).unwrap();
    let ok = std::process::Command::new("bash")
        .arg("-n")
        .arg(&script)
        .status()
        .expect("bash runs");
    assert!(ok.success(), "the bash completion script does not parse");
}

#[test]
fn man_page_is_roff_with_every_command_and_its_options() {
    Test::new()
        .arg("man")
        .stdout_with(|page| {
            assert!(page.contains(".TH jobfit 1"), "no .TH header");
            for cmd in [
                "match",
                "tailor",
                "render",
                "extract",
                "prep",
                "rank",
                "check",
                "import",
                "export",
                "new",
                "completions",
                "man",
            ] {
                assert!(
                    page.contains(&format!(".SS \"jobfit {cmd}\"\n")),
                    "man page lacks {cmd}"
                );
            }
            // A few commands' own options (a unit test checks every option of every command).
            for option in [
                "\\-\\-watch",
                "\\-\\-pages",
                "\\-\\-bank",
                "\\-\\-min\\-score",
                "json\\-resume",
            ] {
                assert!(page.contains(option), "man page lacks {option}");
            }
        })
        .run();
}

#[test]
fn published_schemas_are_the_generated_ones() {
    for kind in ["profile", "job"] {
        let published = crate::harness::repo_file(&format!("schema/{kind}.schema.json"));
        Test::new()
            .args(["schema", kind])
            .stdout_with(move |generated| {
                assert!(
                    generated == published,
                    "schema/{kind}.schema.json is out of date with the model types; regenerate it with \
                     `cargo run -- schema {kind} > schema/{kind}.schema.json`"
                );
            })
            .run();
    }
}

#[test]
fn example_files_point_editors_at_the_schemas() {
    for (file, kind) in [
        ("profiles/juan.yaml", "profile"),
        ("jobs/booking_go.yaml", "job"),
    ] {
        let text = crate::harness::repo_file(file);
        assert_eq!(
            text.lines().next(),
            Some(format!("# yaml-language-server: $schema=../schema/{kind}.schema.json").as_str()),
            "{file}"
        );
    }
}
