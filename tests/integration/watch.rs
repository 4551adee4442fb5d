//! `--watch`: the real binary left running, its inputs saved as an editor saves them (a new
//! file renamed over the old), and the outputs and stderr it produces in answer. Waits poll with
//! a generous limit (`harness::PATIENCE`); nothing here measures speed.

use crate::harness::{Test, AS_OF};

const PROFILE: &str = "
    name: Ada Lovelace
    skills:
      - name: Go
        level: strong
        years: 4
    experience:
      - title: Backend Engineer
        company: Acme
        start: 2020-01
        end: present
        highlights:
          - Built payment services in Go.
    ";

const JOB: &str = "
    title: Go Developer
    company: Initech
    requirements:
      - skill: Go
        importance: required
    ";

#[test]
fn match_watch_reruns_on_save_reports_a_bad_edit_and_keeps_watching() {
    let mut w = Test::new()
        .profile(PROFILE)
        .job(JOB)
        .args([
            "match",
            "profile.yaml",
            "job.yaml",
            "--watch",
            "-o",
            "report.txt",
            AS_OF,
        ])
        .start();
    // The first run happens at once; the watch is set up before it.
    w.wait_until("the first run", |w| {
        w.stderr()
            .contains("; watching profile.yaml, job.yaml for changes (Ctrl-C to stop)\n")
    });
    assert!(w.stderr().starts_with("ran in "), "{}", w.stderr());
    assert!(w
        .read("report.txt")
        .starts_with("Ada Lovelace → Go Developer at Initech\n"));

    w.save(
        "job.yaml",
        &JOB.replace("Go Developer", "Platform Engineer"),
    );
    w.wait_until("the report of the saved job", |w| {
        w.read("report.txt")
            .starts_with("Ada Lovelace → Platform Engineer at Initech\n")
    });
    w.wait_until("the re-run's lines", |w| {
        w.stderr().contains("\nchanged: job.yaml\nre-ran in ")
    });

    // An invalid edit: the usual error, and the watch goes on.
    w.save("profile.yaml", "name: [Ada\n");
    w.wait_until("the error", |w| w.stderr().contains("failed in "));
    let stderr = w.stderr();
    let error = &stderr[stderr.find("changed: profile.yaml\n").expect("named")..];
    let error = &error[..error.find("failed in ").unwrap()];
    assert_eq!(
        error,
        "changed: profile.yaml\n\
         error: invalid type: sequence, expected a string\n \
         --> profile.yaml:1:7\n  \
         |\n\
         1 | name: [Ada\n  \
         |       ^^^^\n  \
         = help: quote the value to make it text (in `name`)\n\n",
        "{stderr}"
    );
    assert!(
        w.is_running(),
        "the watch ended on an invalid edit:\n{stderr}"
    );
    assert!(
        w.read("report.txt").contains("Platform Engineer"),
        "the last good report stays"
    );

    // Fixed: it runs again.
    w.save("profile.yaml", &PROFILE.replace("Ada Lovelace", "Ada King"));
    w.wait_until("the report of the fixed profile", |w| {
        w.read("report.txt").starts_with("Ada King → ")
    });
    assert!(w.is_running());
}

#[test]
fn a_missing_input_is_an_error_until_it_is_saved() {
    let mut w = Test::new()
        .profile(PROFILE)
        .args([
            "match",
            "profile.yaml",
            "job.yaml",
            "--watch",
            "-o",
            "report.txt",
            AS_OF,
        ])
        .start();
    w.wait_until("the first run", |w| {
        w.stderr().contains("(Ctrl-C to stop)\n")
    });
    let stderr = w.stderr();
    assert!(
        stderr.starts_with("error: job.yaml does not exist\nfailed in "),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("; watching profile.yaml, job.yaml for changes (Ctrl-C to stop)\n"),
        "{stderr}"
    );
    w.save("job.yaml", JOB);
    w.wait_until("the report", |w| {
        w.read("report.txt")
            .starts_with("Ada Lovelace → Go Developer at Initech\n")
    });
    w.wait_until("the re-run's lines", |w| {
        w.stderr().contains("\nchanged: job.yaml\nre-ran in ")
    });
}

#[test]
fn prep_watch_follows_the_bank_too() {
    let mut w = Test::new()
        .profile(PROFILE)
        .job(JOB)
        .file(
            "bank.yaml",
            "technologies:\n  - skill: Go\n    questions: [How do you cancel a goroutine?]\n    review: [context]\n",
        )
        .args([
            "prep", "profile.yaml", "job.yaml", "--bank", "bank.yaml", "-o", "prep.md", "--watch",
            "-q", AS_OF,
        ])
        .start();
    w.wait_until("the first pack", |w| {
        w.read("prep.md").contains("How do you cancel a goroutine?")
    });
    w.save(
        "bank.yaml",
        "technologies:\n  - skill: Go\n    questions: [When does a channel block?]\n    review: [channels]\n",
    );
    w.wait_until("the pack of the saved bank", |w| {
        w.read("prep.md").contains("When does a channel block?")
    });
    // `--quiet`: no watch lines, no warnings; only errors.
    assert_eq!(w.stderr(), "");
}

#[test]
fn render_watch_follows_the_taxonomy_file() {
    let mut w = Test::new()
        .profile(PROFILE)
        .file("tax.yaml", "skills: []\n")
        .args([
            "render",
            "profile.yaml",
            "-o",
            "cv",
            "--watch",
            "--taxonomy",
            "tax.yaml",
            AS_OF,
        ])
        .start();
    w.wait_until("the first run", |w| {
        w.stderr()
            .contains("watching profile.yaml, tax.yaml for changes")
    });
    w.save("tax.yaml", "skills: [");
    w.wait_until("the taxonomy's error", |w| {
        w.stderr().contains("changed: tax.yaml\nerror: ")
    });
    assert!(w.stderr().contains(" --> tax.yaml:"), "{}", w.stderr());
    assert!(w.is_running());
}

#[test]
fn watch_refuses_standard_input() {
    Test::new()
        .job(JOB)
        .args(["match", "-", "job.yaml", "--watch"])
        .stdin(PROFILE)
        .status(2)
        .stderr(
            "
            error: --watch re-reads its inputs when they change, and standard input (`-`) cannot change: save it to a file and name the file
            ",
        )
        .run();
}
