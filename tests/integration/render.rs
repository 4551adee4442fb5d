//! The rendered resume: PDF text as an ATS reads it, escaping of hostile text in HTML, Markdown and
//! PDF, byte-identical files across runs, and `jobfit render`.
//!
//! Owns: the tests of the written resume files themselves, and the PDF helpers (`pdf_pages`,
//! `pdf_text`) that `tailor` uses too.
//! Must not: test which lines tailoring selects or the page budget (`tailor` does).

use crate::harness::{Test, AS_OF, BOOKING, EPOCH_2026_11, JUAN};

/// The number of pages of a PDF (page objects, not the page tree).
pub fn pdf_pages(bytes: &[u8]) -> usize {
    let s = String::from_utf8_lossy(bytes);
    s.matches("/Type/Page").count() - s.matches("/Type/Pages").count()
}

/// The text of a PDF as an ATS would extract it.
pub fn pdf_text(bytes: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(bytes).expect("pdf-extract reads our PDF")
}

/// `jobfit tailor PROFILE JOB -o out` with a fixed present; stdout is left to the caller.
pub fn tailor(profile: &str, job: &str) -> Test {
    Test::new()
        .fixtures([profile, job])
        .args(["tailor", profile, job, "-o", "out", AS_OF])
        .env("SOURCE_DATE_EPOCH", EPOCH_2026_11)
}

#[test]
fn pdf_round_trip_reads_like_an_ats_would() {
    let out = tailor(JUAN, BOOKING).ignore_stdout().run();
    let text = pdf_text(&out.read("out/resume.pdf"));
    let words: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.starts_with("Juan Pérez"),
        "name first: {}",
        &words[..80.min(words.len())]
    );
    let report = out
        .then()
        .args(["match", JUAN, BOOKING, "-f", "json", AS_OF])
        .ignore_stdout()
        .run()
        .json();
    for skill in report["matched"].as_array().unwrap() {
        let skill = skill.as_str().unwrap();
        if [
            "Observability",
            "Infrastructure as Code",
            "Caching",
            "Backend Development",
            "Low Latency",
        ]
        .contains(&skill)
        {
            // Shown through a more specific skill (Prometheus, Terraform) or as a phrase.
            continue;
        }
        // The name, or its stem as written in a line (`Mentored` for Mentoring).
        let stem: String = skill.to_lowercase().chars().take(6).collect();
        assert!(
            words.contains(skill) || words.to_lowercase().contains(&stem),
            "matched skill {skill} missing from the PDF text"
        );
    }
    // Reading order follows the layout: sections in order, and dates after their role.
    let pos = |s: &str| {
        words
            .find(s)
            .unwrap_or_else(|| panic!("{s} not in {words}"))
    };
    assert!(pos("Summary") < pos("Skills"));
    assert!(pos("Skills") < pos("Experience"));
    assert!(pos("Experience") < pos("Projects"));
    assert!(pos("Projects") < pos("Certifications"));
    assert!(pos("Backend Engineer, Acme Travel") < pos("Feb 2025"));
    assert!(pos("Feb 2025") < pos("Backend Developer, Globex"));
}

#[test]
fn tailored_files_are_byte_identical_across_runs() {
    let a = tailor(JUAN, BOOKING).ignore_stdout().run();
    let b = tailor(JUAN, BOOKING).ignore_stdout().run();
    for f in [
        "out/resume.pdf",
        "out/resume.html",
        "out/resume.docx",
        "out/fit-report.md",
        "out/interview-prep.md",
    ] {
        assert!(a.read(f) == b.read(f), "{f} differs between runs");
    }
    // The date comes from SOURCE_DATE_EPOCH.
    let pdf = String::from_utf8_lossy(&a.read("out/resume.pdf")).to_string();
    assert!(
        pdf.contains("D:20261101"),
        "creation date from SOURCE_DATE_EPOCH"
    );
}

#[test]
fn hostile_text_is_escaped_in_html() {
    let out = tailor("tests/fixtures/hostile/profile.yaml", BOOKING)
        .ignore_stdout()
        .run();
    let html = out.read_to_string("out/resume.html");
    assert!(!html.contains("<script>"), "raw script tag in HTML");
    assert!(!html.contains("<img"), "raw img tag in HTML");
    assert!(!html.contains("javascript:"), "javascript: link kept");
    assert!(
        html.contains("&#60;script&#62;alert(1)&#60;/script&#62;"),
        "script shown as text"
    );
    assert!(html.contains("Smith &#38; Sons"), "ampersand escaped");
    assert!(html.contains("Иван Петров"));
    let md = out.read_to_string("out/fit-report.md");
    assert!(!md.contains("<script>"), "markdown escapes too");
    let text = pdf_text(&out.read("out/resume.pdf"));
    assert!(text.contains("Иван Петров"));
}

#[test]
fn render_writes_the_whole_profile_untailored() {
    let out = Test::new()
        .profile(
            "
            name: Ada Test
            headline: Backend Engineer
            skills:
              - name: Go
            experience:
              - title: Backend Engineer
                company: Acme
                start: 2022-01
                end: present
                highlights:
                  - Built payment services in Go.
            ",
        )
        .args(["render", "profile.yaml", "-o", "out", AS_OF])
        .stdout(
            "
            Ada Test: 1 page
            wrote:
              out/resume.pdf
              out/resume.html
              out/resume.docx
            ",
        )
        .run();
    let pdf = out.read("out/resume.pdf");
    assert_eq!(pdf_pages(&pdf), 1);
    assert!(pdf_text(&pdf).contains("Built payment services in Go."));
    // No SOURCE_DATE_EPOCH: the PDF is dated today (UTC), at midnight so that runs of one day
    // give the same bytes.
    let today = utc_date_of(std::time::SystemTime::now());
    let raw = String::from_utf8_lossy(&pdf);
    assert!(
        raw.contains(&format!("/CreationDate(D:{today}000000+00'00')")),
        "creation date {today}"
    );
    assert!(out
        .read_to_string("out/resume.html")
        .contains("Built payment services in Go."));
}

/// `YYYYMMDD` of a time, in UTC (days to civil date, Howard Hinnant's algorithm).
fn utc_date_of(t: std::time::SystemTime) -> String {
    let days = (t.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() / 86_400) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}{m:02}{d:02}")
}
