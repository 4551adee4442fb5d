//! `jobfit completions` and `jobfit man`.
//!
//! Owns: that every shell's script is generated, that the bash one is valid bash (`bash -n`),
//! and that the man page is roff naming every command.

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
fn man_page_is_roff_and_names_every_command() {
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
                    page.contains(&format!("jobfit\\-{cmd}(1)")),
                    "man page lacks {cmd}"
                );
            }
        })
        .run();
}
