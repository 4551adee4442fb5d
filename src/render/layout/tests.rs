use super::contact::balanced_rows;
use super::*;
use crate::render::samples;
use crate::tailor::resume::{Rich, SectionBody};

const MARGIN: f32 = Theme::CLASSIC.margin;

fn texts(page: &Page) -> String {
    page.runs
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join("|")
}

#[test]
fn sample_fits_one_page_on_a4_and_letter() {
    for paper in [Paper::A4, Paper::Letter] {
        let l = layout(
            &samples::backend(),
            &LayoutOptions {
                paper,
                ..Default::default()
            },
        );
        assert_eq!(l.page_count(), 1, "{paper:?}");
        assert!(l.pages[0].runs.iter().all(|r| r.role != Role::Footer));
    }
}

#[test]
fn name_comes_first_and_runs_stay_inside_the_margins() {
    let l = layout(&samples::backend(), &LayoutOptions::default());
    let first = &l.pages[0].runs[0];
    assert_eq!(first.text, "Juan Pérez");
    assert_eq!(first.role, Role::Name);
    for r in &l.pages[0].runs {
        assert!(r.x >= MARGIN - 0.01, "{r:?}");
        assert!(r.x + r.width <= l.width - MARGIN + 0.01, "{r:?}");
        assert!(r.y >= MARGIN && r.y <= l.height - MARGIN, "{r:?}");
    }
}

#[test]
fn dates_are_right_aligned_on_the_entry_line() {
    let l = layout(&samples::backend(), &LayoutOptions::default());
    let dates: Vec<&TextRun> = l.pages[0]
        .runs
        .iter()
        .filter(|r| r.role == Role::Dates)
        .collect();
    assert_eq!(dates[0].text, "Mar 2023 – present");
    for d in &dates {
        assert!((d.x + d.width - (l.width - MARGIN)).abs() < 0.01);
    }
    let title = l.pages[0]
        .runs
        .iter()
        .find(|r| r.text == "Backend Engineer")
        .unwrap();
    assert_eq!(title.font, FontKind::Bold);
    assert_eq!(title.y, dates[0].y);
}

#[test]
fn bold_spans_become_bold_runs_without_losing_spaces() {
    let l = layout(&samples::backend(), &LayoutOptions::default());
    let p = &l.pages[0];
    let go = p
        .runs
        .iter()
        .find(|r| r.text == "Go " && r.role == Role::Bullet)
        .unwrap();
    assert_eq!(go.font, FontKind::Bold);
    let before = p
        .runs
        .iter()
        .find(|r| r.text == "Designed and shipped a ")
        .unwrap();
    assert!(
        (before.x
            + before.width
            + fonts().face(FontKind::Regular).advance(' ') * Theme::CLASSIC.body_size
            - go.x)
            .abs()
            < 0.01
    );
}

#[test]
fn long_resume_paginates_with_footers() {
    let l = layout(&samples::long(), &LayoutOptions::default());
    assert!(l.page_count() > 1);
    let n = l.page_count();
    for (i, p) in l.pages.iter().enumerate() {
        let footer = p.runs.last().unwrap();
        assert_eq!(footer.role, Role::Footer);
        assert_eq!(footer.text, format!("Juan Pérez — page {} of {n}", i + 1));
        // Nothing overlaps the footer.
        assert!(p
            .runs
            .iter()
            .filter(|r| r.role != Role::Footer)
            .all(|r| r.y >= MARGIN));
    }
}

#[test]
fn a_name_the_fonts_cannot_draw_leaves_the_page_number_alone_in_the_footer() {
    let mut r = samples::long();
    r.name = "🚀👍".to_string();
    let l = layout(&r, &LayoutOptions::default());
    assert!(l.pages[0].runs.iter().all(|r| r.role != Role::Name));
    let footer = l.pages[0].runs.last().unwrap();
    assert_eq!(footer.text, format!("page 1 of {}", l.page_count()));
}

#[test]
fn a_chinese_name_is_in_the_footer_in_the_cjk_face() {
    let mut r = samples::long();
    r.name = "王小明".to_string();
    let l = layout(&r, &LayoutOptions::default());
    let footers: Vec<&TextRun> = l.pages[0]
        .runs
        .iter()
        .filter(|r| r.role == Role::Footer)
        .collect();
    assert_eq!(
        (footers[0].text.as_str(), footers[0].font),
        ("王小明", FontKind::CjkRegular)
    );
    assert_eq!(footers[1].text, format!("— page 1 of {}", l.page_count()));
}

#[test]
fn headings_are_never_last_on_a_page() {
    // Push the sections down line by line so every break position is tried.
    for extra in 0..40 {
        let mut r = samples::long();
        if let SectionBody::Entries(es) = &mut r.sections[1].body {
            es[0].bullets.truncate(extra % 16);
            es[1].bullets.truncate(15 - extra / 3);
        }
        let l = layout(&r, &LayoutOptions::default());
        for p in &l.pages {
            let body: Vec<&TextRun> = p.runs.iter().filter(|r| r.role != Role::Footer).collect();
            let last = body.last().unwrap();
            assert_ne!(last.role, Role::SectionHeading, "{}", texts(p));
            assert_ne!(last.role, Role::EntryHeading, "{}", texts(p));
            assert_ne!(last.role, Role::Dates, "{}", texts(p));
        }
    }
}

#[test]
fn wraps_long_words_and_keeps_lines_inside() {
    let mut r = samples::backend();
    r.sections[0].body = SectionBody::Paragraph(Rich::plain("x".repeat(400)));
    let l = layout(&r, &LayoutOptions::default());
    let xs: Vec<&TextRun> = l.pages[0]
        .runs
        .iter()
        .filter(|r| r.text.starts_with("xxx"))
        .collect();
    assert!(xs.len() >= 2);
    assert_eq!(xs.iter().map(|r| r.text.len()).sum::<usize>(), 400);
    assert!(xs.iter().all(|r| r.x + r.width <= l.width - MARGIN + 0.01));
}

#[test]
fn links_cover_contact_items() {
    let l = layout(&samples::backend(), &LayoutOptions::default());
    let urls: Vec<&str> = l.pages[0].links.iter().map(|l| l.url.as_str()).collect();
    assert!(urls.contains(&"mailto:juan.perez@example.com"));
    assert!(urls.contains(&"https://github.com/juanperez"));
    assert!(urls.contains(&"https://github.com/juanperez/jobfit"));
}

#[test]
fn contact_rows_are_balanced() {
    // Greedy would give [3 items][1 item]; balanced gives two rows of two.
    let rows = balanced_rows(&[100.0, 100.0, 100.0, 100.0], 10.0, 330.0);
    assert_eq!(rows, vec![0..2, 2..4]);
    assert_eq!(balanced_rows(&[100.0, 100.0], 10.0, 330.0), vec![0..2]);
    assert_eq!(balanced_rows(&[500.0, 10.0], 10.0, 330.0), vec![0..1, 1..2]);
}

#[test]
fn empty_resume_has_one_page() {
    let r = Resume {
        name: String::new(),
        headline: None,
        contact: vec![],
        sections: vec![],
        keywords: vec![],
        title: String::new(),
    };
    assert_eq!(layout(&r, &LayoutOptions::default()).page_count(), 1);
}

/// `cargo test --release -- --ignored --nocapture layout_speed`
#[test]
#[ignore]
fn layout_speed() {
    let r = samples::backend();
    let long = samples::long();
    let _ = layout(&r, &LayoutOptions::default());
    let n = 2000;
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(layout(&r, &LayoutOptions::default()));
    }
    eprintln!("layout 1-page sample: {:?}/iter", t.elapsed() / n);
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(layout(&long, &LayoutOptions::default()));
    }
    eprintln!(
        "layout long sample ({} pages): {:?}/iter",
        layout(&long, &LayoutOptions::default()).page_count(),
        t.elapsed() / n
    );
}

#[test]
fn chars_without_a_glyph_are_left_out_and_every_run_measures_what_it_draws() {
    let mut r = samples::backend();
    r.name = "王小明 Juan".to_string();
    r.contact[0].text = format!("🚀 {}", r.contact[0].text);
    if let Some(h) = r.headline.as_mut() {
        h.push_str(" 👍");
    }
    let l = layout(&r, &LayoutOptions::default());
    let runs = &l.pages[0].runs;
    // The name falls back to the CJK face for its ideographs, per run.
    assert_eq!(
        (runs[0].text.as_str(), runs[0].font),
        ("王小明", FontKind::CjkBold)
    );
    assert_eq!(
        (runs[1].text.as_str(), runs[1].font),
        ("Juan", FontKind::Bold)
    );
    let f = fonts();
    for run in runs {
        assert!(!run.text.contains(['🚀', '👍']), "{run:?}");
        // A run may end in the space before the next run; its width may stop before it.
        let face = f.face(run.font);
        let drawn = [run.text.as_str(), run.text.trim_end()].map(|t| face.width(t, run.size));
        assert!(
            drawn.iter().any(|d| (run.width - d).abs() < 0.01),
            "{run:?} draws {drawn:?}"
        );
    }
    let name_w = runs[1].x + runs[1].width - runs[0].x;
    assert!(
        (runs[0].x - (l.width - name_w) / 2.0).abs() < 0.01,
        "centred on what it draws"
    );
}

#[test]
fn each_theme_sets_the_header_and_headings_its_way() {
    use crate::model::design::ThemeName;
    let at = |theme| {
        layout(
            &samples::backend(),
            &LayoutOptions {
                look: Look {
                    theme,
                    accent: None,
                },
                ..Default::default()
            },
        )
    };
    let (classic, compact, modern) = (
        at(ThemeName::Classic),
        at(ThemeName::Compact),
        at(ThemeName::Modern),
    );
    let run = |l: &Layout, role| l.pages[0].runs.iter().find(|r| r.role == role).cloned();
    // Classic centres the name; modern sets it from the left margin, in ink.
    let name = run(&classic, Role::Name).unwrap();
    assert!((name.x + name.width / 2.0 - classic.width / 2.0).abs() < 0.5);
    let name = run(&modern, Role::Name).unwrap();
    assert_eq!(name.x, Theme::MODERN.margin);
    assert_eq!(name.color, INK);
    // Modern headings are upper case, with a hairline after them.
    assert_eq!(run(&modern, Role::SectionHeading).unwrap().text, "SUMMARY");
    assert_eq!(run(&classic, Role::SectionHeading).unwrap().text, "Summary");
    let rule = &modern.pages[0].rules[0];
    assert!(rule.x1 > Theme::MODERN.margin + 20.0 && rule.x2 < modern.width);
    // Compact ends higher on the page than classic.
    let last_y = |l: &Layout| l.pages[0].runs.iter().map(|r| r.y).fold(f32::MAX, f32::min);
    assert!(last_y(&compact) > last_y(&classic) + 60.0);
}

#[path = "scripts_tests.rs"]
mod scripts_tests;
