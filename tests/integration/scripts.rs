//! Text in many scripts: a Chinese name, Japanese, Korean, Arabic, Hebrew, Cyrillic, Greek and
//! Devanagari drawn in the PDF (with fallback faces, shaped, right-to-left lines set right to
//! left), emoji that no face has (left out of the PDF, kept in the HTML), and the warnings that
//! name what is left out.
//!
//! Owns: the tests of those warnings in `check`, `tailor` and `render`, and of the PDF and HTML
//! text of such profiles (in logical order, as pdftotext extracts it).
//! Must not: test which lines tailoring selects (`tailor` does).

use crate::harness::{Test, AS_OF, EPOCH_2026_11};
use crate::render::{pdf_text, tailor};

const PROFILE: &str = "tests/fixtures/glyphs/profile.yaml";
const JOB: &str = "tests/fixtures/glyphs/job.yaml";

/// The warnings about the fixture profile, as `check`, `tailor` and `render` print them.
const WARNINGS: &str = "
    warning: the PDF fonts have no glyph for 🚀 (U+1F680): it will be left out of resume.pdf (resume.html shows it)
      --> tests/fixtures/glyphs/profile.yaml:23:41
       |
    23 |       - Built the payment service in Go 🚀 that settles 2M transfers a day.
       |                                         ^^
       = help: the PDF fonts (Lato, DejaVu Sans, Noto Sans CJK SC, Noto Sans Devanagari) draw Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic, Devanagari and common Chinese, Japanese and Korean characters; colour emoji and other scripts are not carried

    warning: the PDF fonts have no glyph for 👍 (U+1F44D): it will be left out of resume.pdf (resume.html shows it)
      --> tests/fixtures/glyphs/profile.yaml:25:69
       |
    25 |       - Localised checkout for Israel (תשלום) and wrote its runbook 👍.
       |                                                                     ^^
       = help: the PDF fonts (Lato, DejaVu Sans, Noto Sans CJK SC, Noto Sans Devanagari) draw Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic, Devanagari and common Chinese, Japanese and Korean characters; colour emoji and other scripts are not carried

    ";

#[test]
fn check_names_the_characters_the_pdf_cannot_draw() {
    Test::new()
        .fixture(PROFILE)
        .args(["check", PROFILE, AS_OF])
        .stdout(
            "
            tests/fixtures/glyphs/profile.yaml: ok (profile, 2 skills, 1 role, 3 highlights), 2 warning(s)
            ",
        )
        .stderr(WARNINGS)
        .run();
}

#[test]
fn tailor_warns_once_and_the_pdf_leaves_out_what_it_cannot_draw() {
    let out = tailor(PROFILE, JOB).ignore_stdout().stderr(WARNINGS).run();
    let text = pdf_text(&out.read("out/resume.pdf"));
    let words: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for part in [
        "王小明 (Wang Xiaoming) Backend Engineer",
        "Built the payment service in Go that settles 2M transfers a day.",
        "for the Αθήνα and Київ teams.",
        "and wrote its runbook .",
    ] {
        assert!(words.contains(part), "{part:?} not in {words}");
    }
    for missing in ['🚀', '👍', '\u{fffd}', '\u{25a1}'] {
        assert!(!words.contains(missing), "{missing} in {words}");
    }
    let html = String::from_utf8(out.read("out/resume.html")).unwrap();
    for kept in [
        "王小明 (Wang Xiaoming)",
        "🚀 that settles",
        "(תשלום)",
        "runbook 👍.",
    ] {
        assert!(html.contains(kept), "{kept} not in the HTML");
    }
}

#[test]
fn render_warns_too_and_quiet_silences_the_warnings() {
    Test::new()
        .fixture(PROFILE)
        .args(["render", PROFILE, "-o", "out", AS_OF])
        .ignore_stdout()
        .stderr(WARNINGS)
        .run();
    tailor(PROFILE, JOB).arg("-q").ignore_stdout().run();
}

const SCRIPTS: &str = "tests/fixtures/scripts/profile.yaml";

/// Each line of the scripts fixture as a reader reads it (logical order).
const SCRIPT_LINES: [&str; 8] = [
    "王小明 (Wang Xiaoming)",
    "Backend Engineer · 后端工程师",
    "上海 · Zürich",
    "for teams in 東京 and 서울.",
    "مرحبا بكم في فريق الدفع",
    "שלום לצוות התשלומים",
    "Обучил команду в Київ и Αθήνα работе с PostgreSQL.",
    "हिन्दी में ग्राहक सहायता का क्षेत्र बनाया।",
];

/// `jobfit render` of the scripts fixture: its PDF.
fn render_scripts() -> Vec<u8> {
    let out = Test::new()
        .fixture(SCRIPTS)
        .args(["render", SCRIPTS, "-o", "out", AS_OF, "-q"])
        .env("SOURCE_DATE_EPOCH", EPOCH_2026_11)
        .ignore_stdout()
        .run();
    out.read("out/resume.pdf")
}

#[test]
fn check_names_only_the_emoji_of_a_profile_in_many_scripts() {
    Test::new()
        .fixture(SCRIPTS)
        .args(["check", SCRIPTS, AS_OF])
        .stdout(
            "
            tests/fixtures/scripts/profile.yaml: ok (profile, 2 skills, 1 role, 5 highlights), 1 warning(s)
            ",
        )
        .stderr_contains("no glyph for 🚀 (U+1F680): it will be left out of resume.pdf")
        .run();
}

#[test]
fn every_script_is_drawn_and_extracted_in_logical_order() {
    let pdf = render_scripts();
    assert_eq!(pdf, render_scripts(), "the PDF is deterministic");
    // Only the faces a text needs are embedded: here all but the oblique one.
    let raw = String::from_utf8_lossy(&pdf);
    for font in ["JFREGU", "JFBOLD", "JFCJKR", "JFCJKB", "JFDEVR"] {
        assert!(raw.contains(font), "{font} embedded");
    }
    assert!(!raw.contains("JFOBLQ") && !raw.contains("JFDEVB"));
    // pdf-extract decodes the fallback faces' text (it does not apply bidi or ActualText).
    let words: String = pdf_text(&pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for part in [SCRIPT_LINES[0], SCRIPT_LINES[3], SCRIPT_LINES[6]] {
        assert!(words.contains(part), "{part:?} not in {words}");
    }
    // pdftotext, as an ATS or a reader copying text would: every line in logical order.
    let Some(text) = pdftotext(&pdf) else {
        eprintln!("pdftotext not installed (poppler-utils; .ci/run installs it): skipped");
        return;
    };
    // poppler wraps right-to-left lines in embedding marks (RLE … PDF).
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}'))
        .collect();
    for line in SCRIPT_LINES {
        assert!(text.contains(line), "{line:?} not in\n{text}");
    }
    assert!(!text.contains('🚀'));
}

/// The text pdftotext extracts from `pdf`, or `None` when it is not installed.
fn pdftotext(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("resume.pdf");
    std::fs::write(&path, pdf).expect("write the PDF");
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    assert!(out.status.success(), "pdftotext failed: {out:?}");
    Some(String::from_utf8(out.stdout).expect("UTF-8 text"))
}
