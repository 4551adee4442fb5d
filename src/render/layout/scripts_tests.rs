//! Layout of text in other scripts: right-to-left lines in visual order, shaped runs measured
//! as drawn, Devanagari marked with its logical text.

use super::*;
use crate::render::samples;
use crate::tailor::resume::{Rich, Section, SectionBody};

fn bullet_runs(text: &str) -> Vec<TextRun> {
    let mut r = samples::backend();
    r.sections = vec![Section {
        title: "Summary".into(),
        body: SectionBody::Paragraph(Rich::plain(text)),
    }];
    let l = layout(&r, &LayoutOptions::default());
    l.pages[0]
        .runs
        .iter()
        .filter(|r| r.role == Role::Body)
        .cloned()
        .collect()
}

#[test]
fn a_right_to_left_line_is_set_right_to_left() {
    // Hebrew words in a Hebrew paragraph: the first word is rightmost; the number inside it
    // stays left to right.
    let runs = bullet_runs("שלום עולם 2024");
    let x = |t: &str| runs.iter().find(|r| r.text.trim() == t).unwrap().x;
    assert!(x("שלום") > x("עולם"), "{runs:?}");
    assert!(x("עולם") > x("2024"), "{runs:?}");
    // Shaped runs are drawn from their glyphs, measured as drawn, with no ActualText (PDF
    // extractors reorder right-to-left text themselves).
    let hebrew = runs.iter().find(|r| r.text == "שלום").unwrap();
    assert_eq!(hebrew.font, FontKind::DejaVuRegular, "Lato has no Hebrew");
    let number = runs.iter().find(|r| r.text.trim() == "2024").unwrap();
    assert_eq!(number.font, FontKind::Regular, "digits are Lato's");
    let shaped = hebrew.glyphs.as_ref().unwrap();
    assert!((shaped.advance * hebrew.size - hebrew.width).abs() < 0.01);
    assert_eq!(hebrew.actual, None);
}

#[test]
fn left_to_right_text_keeps_its_order_around_a_right_to_left_word() {
    let runs = bullet_runs("Led the team in תל אביב for years");
    let x = |t: &str| runs.iter().find(|r| r.text.trim() == t).unwrap().x;
    assert!(x("Led the team in") < x("אביב"));
    assert!(x("אביב") < x("תל"), "the Hebrew phrase reads right to left");
    assert!(x("תל") < x("for years"));
}

#[test]
fn arabic_is_joined_and_devanagari_carries_its_logical_text() {
    let runs = bullet_runs("سلام हिन्दी");
    let arabic = runs.iter().find(|r| r.text == "سلام").unwrap();
    assert_eq!(arabic.font, FontKind::DejaVuRegular, "Lato has no Arabic");
    assert_eq!(
        arabic.glyphs.as_ref().unwrap().glyphs.len(),
        3,
        "lam-alef ligature"
    );
    let hindi = runs.iter().find(|r| r.text == "हिन्दी").unwrap();
    assert_eq!(hindi.font, FontKind::DevanagariRegular);
    assert_eq!(hindi.actual.as_deref(), Some("हिन्दी"));
}

#[test]
fn chinese_breaks_between_ideographs_and_never_before_closing_punctuation() {
    let text = "负责支付系统的设计与实现，".repeat(12);
    let runs = bullet_runs(&text);
    assert!(runs.len() > 1, "wrapped over several lines: {runs:?}");
    let right = runs.iter().map(|r| r.x + r.width).fold(0.0, f32::max);
    for r in &runs {
        assert!(!r.text.starts_with('，'), "{r:?}");
        assert!(
            !r.text.contains(' '),
            "no space is added between ideographs: {r:?}"
        );
    }
    // Full lines end close to the right margin: the break falls between two ideographs.
    let first_line_y = runs[0].y;
    let first_end = runs
        .iter()
        .filter(|r| r.y == first_line_y)
        .map(|r| r.x + r.width)
        .fold(0.0, f32::max);
    assert!(right - first_end < 10.0, "{first_end} vs {right}");
    let joined: String = runs.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(joined, text);
}
