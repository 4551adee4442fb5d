//! `jobfit tailor`: a resume fitted to one posting and a page budget, with its fit report.
//!
//! Owns: the tests of what tailoring writes and says (files, page count, paper, what was left out
//! to fit) and of its argument errors.
//! Must not: test the rendered files' escaping or text order (`render` does) or the report itself
//! (`report` does).

use crate::harness::{Test, BOOKING, BOOKING_TXT, JUAN};
use crate::render::{pdf_pages, pdf_text, tailor};

const LONG: &str = "tests/fixtures/long/profile.yaml";
const LONG_JOB: &str = "tests/fixtures/long/job.yaml";

#[test]
fn tailor_writes_a_one_page_pdf_html_and_report() {
    let out = tailor(JUAN, BOOKING)
        .stdout(
            "
            Juan Pérez → Senior Go Developer at Booking.com
            fit score 68.1/100 · 1 page (A4)
            wrote:
              out/resume.pdf
              out/resume.html
              out/resume.docx
              out/fit-report.md
              out/interview-prep.md
            ",
        )
        .run();
    let pdf = out.read("out/resume.pdf");
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(pdf_pages(&pdf), 1);
    assert!(pdf.len() < 40_000, "{} bytes", pdf.len());
    let html = out.read_to_string("out/resume.html");
    assert!(html.contains("<strong>Docker</strong>"), "emphasis in HTML");
    assert!(!html.contains("<script") && !html.contains("http://") && !html.contains("<link"));
    let md = out.read_to_string("out/fit-report.md");
    assert!(md.starts_with("# Fit report: Juan Pérez"));
    let prep = out.read_to_string("out/interview-prep.md");
    assert!(prep.starts_with("# Interview prep: Juan Pérez → Senior Go Developer"));
}

#[test]
fn long_profile_is_fitted_to_one_page_and_says_what_was_left_out() {
    let out = tailor(LONG, LONG_JOB)
        .args(["--pages", "1"])
        .stdout_contains("fit score 93.4/100 · 1 page (A4)\nleft out to fit 1 page(s):\n")
        .stdout_contains("  - Łódź tram delays (projects[3])\n")
        .run();
    let pdf = out.read("out/resume.pdf");
    assert_eq!(pdf_pages(&pdf), 1);
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Zoë Ødegård") && text.contains("Łódź"),
        "Unicode survives: {}",
        &text[..200.min(text.len())]
    );
    // Untailored, the same profile is longer than one page, with footers.
    let full = out
        .then()
        .args(["render", LONG, "-o", "full", "--as-of=2026-11"])
        .stdout(
            "
            Zoë Ødegård: 3 pages
            wrote:
              full/resume.pdf
              full/resume.html
              full/resume.docx
            ",
        )
        .run();
    let pdf = full.read("full/resume.pdf");
    let pages = pdf_pages(&pdf);
    assert!(pages >= 3, "{pages} pages");
    assert!(pdf_text(&pdf).contains(&format!("page 1 of {pages}")));
}

#[test]
fn letter_paper_and_two_page_budget() {
    let out = tailor(LONG, LONG_JOB)
        .args(["--pages", "2", "--paper", "letter"])
        .stdout_contains("(US Letter)")
        .run();
    let pdf = String::from_utf8_lossy(&out.read("out/resume.pdf")).to_string();
    assert!(
        pdf.contains("612") && pdf.contains("792"),
        "US Letter media box"
    );
    assert!(pdf_pages(pdf.as_bytes()) <= 2);
}

#[test]
fn tailor_accepts_a_text_posting_and_reports_errors_cleanly() {
    tailor(JUAN, BOOKING_TXT)
        .stdout(
            "
            Juan Pérez → Senior Go Developer at Booking.com
            fit score 65.6/100 · 1 page (A4)
            wrote:
              out/resume.pdf
              out/resume.html
              out/resume.docx
              out/fit-report.md
              out/interview-prep.md
            ",
        )
        .run();
    Test::juan_booking()
        .args(["tailor", JUAN, BOOKING, "--pages", "0"])
        .status(2)
        .stderr(
            "
            error: invalid value '0' for '--pages <PAGES>': 0 is not in 1..=10

            For more information, try '--help'.
            ",
        )
        .run();
    Test::juan_booking()
        .fixture("tests/fixtures/errors/bad_date.yaml")
        .args([
            "tailor",
            "tests/fixtures/errors/bad_date.yaml",
            BOOKING,
            "-o",
            "out",
        ])
        .status(1)
        .stderr(
            "
            error: invalid date `2022-13`, expected YYYY-MM (e.g. 2022-03), YYYY or `present`
             --> tests/fixtures/errors/bad_date.yaml:6:12
              |
            6 |     start: 2022-13
              |            ^^^^^^^
              = help: dates look like `2022-03` or `present` (in `experience[0].start`)

            ",
        )
        .run();
}

#[test]
fn tailor_replaces_its_files_as_a_set_or_not_at_all() {
    // The last of the five files cannot be written (a directory is in the way): the old
    // resume stays as it was and no temp file is left behind.
    let out = tailor(JUAN, BOOKING)
        .file("out/resume.pdf", "an older resume")
        .file("out/interview-prep.md/notes.txt", "mine")
        .status(2)
        .stderr_contains(
            "out/interview-prep.md exists and is not a regular file; nothing was written",
        )
        .ignore_stderr()
        .run();
    assert_eq!(out.read("out/resume.pdf"), b"an older resume");
    let mut left: Vec<String> = std::fs::read_dir(out.path("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["interview-prep.md", "resume.pdf"]);
}

/// Ctrl-C, `kill` or a closed terminal while the files are staged: the staged `.jobfit-*` temp
/// files are removed, no output appears, and the exit status is 128 + the signal's number.
#[cfg(unix)]
#[test]
fn a_signal_while_writing_leaves_no_temp_file_and_no_output() {
    for (signal, status) in [("TERM", 143), ("INT", 130), ("HUP", 129)] {
        let mut run = tailor(JUAN, BOOKING)
            .env("JOBFIT_TEST_PAUSE_BEFORE_RENAME_MS", "30000")
            .start();
        run.wait_until("the staged files", |r| r.list("out").len() == 5);
        assert!(run.list("out").iter().all(|n| n.starts_with(".jobfit-")));
        assert_eq!(run.signal(signal), Some(status), "SIG{signal}");
        assert_eq!(run.list("out"), Vec::<String>::new(), "SIG{signal}");
    }
}
