//! `jobfit new` (the starter profile) and `-q/--quiet`.
//!
//! Owns: that the starter profile is written, passes `check` without a warning and is never
//! written over an existing file; that `--quiet` keeps warnings off standard error and errors on it.

use crate::harness::{Test, AS_OF, BOOKING};

#[test]
fn new_writes_a_starter_profile_that_check_accepts() {
    let out = Test::new()
        .args(["new", "me.yaml"])
        .stderr(
            "
            wrote me.yaml: a starter profile with fictional values; replace them with yours and run `jobfit check me.yaml`
            ",
        )
        .run();
    let text = out.read_to_string("me.yaml");
    for section in [
        "name:",
        "headline:",
        "contact:",
        "summary:",
        "skills:",
        "experience:",
        "projects:",
        "certifications:",
        "education:",
        "strengths:",
        "languages:",
        "publications:",
        "awards:",
        "volunteering:",
        "style:",
        "sections:",
    ] {
        assert!(
            text.lines().any(|l| l.starts_with(section)),
            "starter lacks {section}"
        );
    }
    out.then()
        .args(["check", "me.yaml"])
        .stdout(
            "
            me.yaml: ok (profile, 4 skills, 2 roles, 3 highlights)
            ",
        )
        .run();
}

#[test]
fn new_defaults_to_profile_yaml_and_quiet_silences_it() {
    Test::new()
        .args(["new", "-q"])
        .run()
        .then()
        .args(["check", "profile.yaml"])
        .stdout_contains("profile.yaml: ok (profile,")
        .run();
}

#[test]
fn new_refuses_to_overwrite() {
    Test::new()
        .file("me.yaml", "name: Me\n")
        .args(["new", "me.yaml"])
        .status(2)
        .stderr(
            "
            error: me.yaml already exists; `jobfit new` never overwrites: name another file, or move this one away
            ",
        )
        .run();
}

#[test]
fn quiet_keeps_warnings_off_stderr() {
    let profile = "name: Ada\nskills:\n  - name: Kuberentes\n";
    Test::new()
        .file("p.yaml", profile)
        .fixture(BOOKING)
        .args(["match", "p.yaml", BOOKING, AS_OF, "--quiet"])
        .ignore_stdout()
        .run();
    Test::new()
        .file("p.yaml", profile)
        .fixture(BOOKING)
        .args(["match", "p.yaml", BOOKING, AS_OF])
        .ignore_stdout()
        .stderr_contains("warning: unknown skill `Kuberentes`")
        .run();
}

#[test]
fn quiet_still_prints_errors() {
    Test::new()
        .file("p.json", "{")
        .args(["check", "-q", "p.json"])
        .status(1)
        .stdout(
            "
            p.json: invalid (JSON Resume), 1 error(s), 0 warning(s)
            ",
        )
        .stderr_contains("error: EOF while parsing an object")
        .run();
}
