//! Text the PDF font cannot draw as written: a Chinese name and emoji (left out of the PDF,
//! kept in the HTML) and Hebrew (drawn in left-to-right order), and the warnings that say so.
//!
//! Owns: the tests of those warnings in `check`, `tailor` and `render`, and of the PDF and HTML
//! text of such a profile.
//! Must not: test which lines tailoring selects (`tailor` does).

use crate::harness::{Test, AS_OF};
use crate::render::{pdf_text, tailor};

const PROFILE: &str = "tests/fixtures/glyphs/profile.yaml";
const JOB: &str = "tests/fixtures/glyphs/job.yaml";

/// The warnings about the fixture profile, as `check`, `tailor` and `render` print them.
const WARNINGS: &str = "
    warning: the PDF font has no glyph for 王 (U+738B), 小 (U+5C0F), 明 (U+660E): they will be left out of resume.pdf (resume.html shows them)
     --> tests/fixtures/glyphs/profile.yaml:4:7
      |
    4 | name: 王小明 (Wang Xiaoming)
      |       ^^^^^^
      = help: the PDF font, DejaVu Sans, draws Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic letters; a fallback font for other scripts and for most emoji is not supported yet

    warning: the PDF font has no glyph for 🚀 (U+1F680): it will be left out of resume.pdf (resume.html shows it)
      --> tests/fixtures/glyphs/profile.yaml:24:41
       |
    24 |       - Built the payment service in Go 🚀 that settles 2M transfers a day.
       |                                         ^^
       = help: the PDF font, DejaVu Sans, draws Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic letters; a fallback font for other scripts and for most emoji is not supported yet

    warning: `highlights` has right-to-left text: resume.pdf draws it in left-to-right order, its letters unjoined (resume.html shows it right)
      --> tests/fixtures/glyphs/profile.yaml:26:40
       |
    26 |       - Localised checkout for Israel (תשלום) and wrote its runbook 👍.
       |                                        ^^^^^
       = help: bidi reordering and Arabic shaping in the PDF are not supported yet; check resume.pdf before sending it

    warning: the PDF font has no glyph for 👍 (U+1F44D): it will be left out of resume.pdf (resume.html shows it)
      --> tests/fixtures/glyphs/profile.yaml:26:69
       |
    26 |       - Localised checkout for Israel (תשלום) and wrote its runbook 👍.
       |                                                                     ^^
       = help: the PDF font, DejaVu Sans, draws Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic letters; a fallback font for other scripts and for most emoji is not supported yet

    ";

#[test]
fn check_names_the_characters_the_pdf_cannot_draw() {
    Test::new()
        .fixture(PROFILE)
        .args(["check", PROFILE, AS_OF])
        .stdout(
            "
            tests/fixtures/glyphs/profile.yaml: ok (profile, 2 skills, 1 role, 3 highlights), 4 warning(s)
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
        "(Wang Xiaoming) Backend Engineer",
        "Built the payment service in Go that settles 2M transfers a day.",
        "for the Αθήνα and Київ teams.",
        "and wrote its runbook .",
    ] {
        assert!(words.contains(part), "{part:?} not in {words}");
    }
    for missing in ['王', '小', '明', '🚀', '👍', '\u{fffd}', '\u{25a1}'] {
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
