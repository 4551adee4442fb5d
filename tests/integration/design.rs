//! The look and arrangement of the resume: `--theme`, `--accent`, the profile's `style:` and
//! `sections:`, in the PDF, HTML and DOCX; and their errors.
//!
//! Owns: pinning the errors of `style:`, `sections:`, `--theme` and `--accent`, and that every
//! format honours the chosen theme, accent, section order and headings.
//! Must not: test the content tailoring chooses (`tailor` does).

use crate::docx::{docx_paragraphs, unzip};
use crate::errors::check_shown;
use crate::harness::{Test, AS_OF, BOOKING, EPOCH_2026_11, JUAN};
use crate::render::pdf_text;

#[test]
fn style_and_section_errors_are_pinned() {
    for f in [
        "accent_name.yaml",
        "accent_unquoted.yaml",
        "theme_unknown.yaml",
        "section_unknown.yaml",
        "section_twice.yaml",
        "section_title_unknown.yaml",
        "section_title_empty.yaml",
    ] {
        let shown = check_shown(&format!("tests/fixtures/errors/{f}"), 1);
        insta::assert_snapshot!(format!("error_{}", f.replace('.', "_")), shown);
    }
}

#[test]
fn a_light_accent_is_a_warning() {
    let shown = check_shown("tests/fixtures/errors/accent_light.yaml", 0);
    insta::assert_snapshot!("warning_accent_light", shown);
}

#[test]
fn a_bad_accent_or_theme_on_the_command_line_is_a_usage_error() {
    Test::juan_booking()
        .args(["render", JUAN, "--accent", "teal"])
        .status(2)
        .stderr("error: --accent must be a colour such as '#0b7285' (quoted: the shell reads # as a comment), got `teal`\n")
        .run();
    Test::juan_booking()
        .args(["render", JUAN, "--accent", "#ff0", "-o", "out"])
        .ignore_stdout()
        .stderr(
            "
            warning: --accent #ffff00 is hard to read on white (contrast 1.1:1)
              = help: headings need a contrast of 3:1 or more: choose a darker colour, e.g. '#0b7285'
            ",
        )
        .run();
    Test::juan_booking()
        .args(["tailor", JUAN, BOOKING, "--theme", "fancy"])
        .status(2)
        .stderr(
            "
            error: invalid value 'fancy' for '--theme <THEME>'
              [possible values: classic, compact, modern]

            For more information, try '--help'.
            ",
        )
        .run();
}

/// A profile with a style and a section order, as a user would write them.
const ARRANGED: &str = "
name: Ada Example
headline: Data Engineer
contact: { email: ada@example.com }
summary: Builds batch and streaming pipelines in Python and SQL.
skills: [Python, SQL, Airflow]
experience:
  - title: Data Engineer
    company: Example Co
    start: 2022-03
    highlights:
      - Moved nightly batch jobs to Airflow, cutting failures by half.
projects:
  - name: tidy-csv
    description: A command-line CSV cleaner in Python.
education:
  - institution: Example University
    degree: BSc Computer Science
    end: 2021-06
style:
  theme: modern
  accent: '#0b7285'
sections:
  order: [experience, projects]
  titles: { projects: Open source, skills: Toolbox }
";

/// The headings of [`ARRANGED`]'s resume, in the order it asks for.
const HEADINGS: [&str; 5] = [
    "Experience",
    "Open source",
    "Summary",
    "Toolbox",
    "Education",
];

/// Each heading is found, after the one before it.
fn assert_in_order<S: AsRef<str>>(headings: &[S], find: impl Fn(&str) -> Option<usize>) {
    let at: Vec<usize> = headings
        .iter()
        .map(|h| find(h.as_ref()).unwrap_or_else(|| panic!("{} is missing", h.as_ref())))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
}

#[test]
fn every_format_follows_the_profiles_order_headings_and_accent() {
    let out = Test::new()
        .profile(ARRANGED)
        .args(["render", "profile.yaml", "-o", "out", AS_OF])
        .env("SOURCE_DATE_EPOCH", EPOCH_2026_11)
        .ignore_stdout()
        .run();
    // PDF: modern headings are upper case; listed sections first, the rest in the usual order.
    let text = pdf_text(&out.read("out/resume.pdf"));
    let upper = HEADINGS.map(|h| h.to_uppercase());
    assert_in_order(&upper, |h| text.find(h));
    // HTML: the same order and headings (upper-cased by the stylesheet), the theme and accent.
    let html = out.read_to_string("out/resume.html");
    assert_in_order(&HEADINGS, |h| html.find(&format!("<h2>{h}</h2>")));
    assert!(html.contains(r#"<body class="modern">"#));
    assert!(html.contains("--accent: #0b7285;"));
    // DOCX: the same headings in the same order, in the accent.
    let docx = out.read("out/resume.docx");
    let paragraphs = docx_paragraphs(&docx);
    assert_in_order(&HEADINGS, |h| paragraphs.iter().position(|p| p == h));
    let (_, styles) = unzip(&docx)
        .into_iter()
        .find(|(n, _)| n == "word/styles.xml")
        .expect("word/styles.xml");
    let styles = String::from_utf8(styles).unwrap();
    assert!(styles.contains(r#"<w:color w:val="0B7285"/>"#), "{styles}");
    assert!(
        styles.contains("<w:caps/>"),
        "modern headings are upper case"
    );
}

#[test]
fn the_command_line_wins_over_the_profiles_style() {
    let out = Test::new()
        .profile(ARRANGED)
        .args([
            "render",
            "profile.yaml",
            "-o",
            "out",
            "--theme",
            "classic",
            "--accent",
            "#7a1f5c",
            AS_OF,
        ])
        .env("SOURCE_DATE_EPOCH", EPOCH_2026_11)
        .ignore_stdout()
        .run();
    let html = out.read_to_string("out/resume.html");
    assert!(html.contains(r#"<body class="classic">"#));
    assert!(html.contains("--accent: #7a1f5c;"));
    // Classic headings are as written.
    assert!(pdf_text(&out.read("out/resume.pdf")).contains("Open source"));
}

#[test]
fn compact_fits_more_on_a_page_than_classic() {
    let pages = |theme: &str| {
        let out = Test::new()
            .fixture("tests/fixtures/long/profile.yaml")
            .args([
                "render",
                "tests/fixtures/long/profile.yaml",
                "-o",
                "out",
                "--theme",
                theme,
                AS_OF,
            ])
            .ignore_stdout()
            .run();
        crate::render::pdf_pages(&out.read("out/resume.pdf"))
    };
    let (classic, compact) = (pages("classic"), pages("compact"));
    assert!(compact < classic, "compact {compact}, classic {classic}");
    assert!(pages("modern") >= compact);
}

#[test]
fn style_and_sections_survive_a_json_resume_round_trip() {
    let out = Test::new()
        .profile(ARRANGED)
        .args([
            "export",
            "profile.yaml",
            "--format",
            "json-resume",
            "-o",
            "r.json",
        ])
        .run();
    let out = out
        .then()
        .args(["import", "r.json", "-o", "back.yaml"])
        .ignore_stderr()
        .run();
    let back = out.read_to_string("back.yaml");
    for line in [
        "style:",
        "  theme: modern",
        "  accent: '#0b7285'",
        "sections:",
        "  - experience",
        "    projects: Open source",
    ] {
        assert!(back.lines().any(|l| l == line), "{line} in {back}");
    }
}
