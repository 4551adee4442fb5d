//! Renderers: pure functions from a finished model to bytes. A renderer never decides what is
//! relevant; it lays out what it is given.
//!
//! The fit report has one entry point, [`render_report`], over a closed [`ReportFormat`]; the
//! resume has [`html::render_html`], [`pdf::render_pdf`] (over the [`layout`] engine) and
//! [`docx::render_docx`] (over the [`zip`] writer); the rank table has [`rank_table::render`]. Renderers must not read files, the clock or the
//! environment, and must not reach the skills or analyze stages.

pub mod fonts;
pub mod glyphs;
pub mod html;
pub mod deflate;
pub mod docx;
pub mod json;
pub mod layout;
pub mod markdown;
pub mod pdf;
pub mod prep;
pub mod rank_table;
pub mod report_html;
pub mod shape;
#[cfg(test)]
pub(crate) mod samples;
pub mod text;
pub mod url;
pub mod zip;

use crate::fit::{EvidenceItem, FitReport};
use crate::style::Style;

/// The formats of the fit report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// For a terminal; coloured when the style says so.
    Text,
    Markdown,
    /// The stable contract documented in the README.
    Json,
    /// One self-contained page.
    Html,
}

/// The fit report in `format`. Only [`ReportFormat::Text`] reads `style`.
pub fn render_report(report: &FitReport, format: ReportFormat, style: &Style) -> Vec<u8> {
    match format {
        ReportFormat::Text => text::render(report, style),
        ReportFormat::Markdown => markdown::render(report),
        ReportFormat::Json => json::render(report),
        ReportFormat::Html => report_html::render(report),
    }
    .into_bytes()
}

/// `s` cut to at most `max` characters, the last of them `…` when anything was cut.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// How much of a long evidence line Markdown and HTML reports show (characters); the terminal
/// shows 90.
pub const WIDE_QUOTE: usize = 160;

/// A quote of at most about `max` characters that keeps the matched words in view: the line
/// as (before, match, after), cut at word boundaries around the match with `…` where text was
/// left out. A short line is whole; one with no match is `clip`ped from its start.
pub fn window(e: &EvidenceItem, max: usize) -> (String, String, String) {
    let (before, hit, after) = e.parts();
    let count = |s: &str| s.chars().count();
    if hit.is_empty() {
        return (clip(&e.text, max), String::new(), String::new());
    }
    if count(&e.text) <= max {
        return (before.to_string(), hit.to_string(), after.to_string());
    }
    let room = max.saturating_sub(count(hit));
    // A third of the room before the match (as much as there is), the rest after.
    let want_before = (room / 3).max(room.saturating_sub(count(after)));
    let before = if count(before) <= want_before {
        before.to_string()
    } else {
        let skip = count(before) - want_before + 1;
        let tail: String = before.chars().skip(skip).collect();
        // Start at a word.
        let tail = match tail.find(' ') {
            Some(sp) if sp + 1 < tail.len() && count(&tail) > 12 => &tail[sp + 1..],
            _ => &tail[..],
        };
        format!("…{tail}")
    };
    let left = max.saturating_sub(count(&before) + count(hit));
    let after = if count(after) <= left {
        after.to_string()
    } else {
        let head: String = after.chars().take(left.saturating_sub(1)).collect();
        let head = match head.rfind(' ') {
            Some(sp) if sp > 0 && count(&head) > 12 => &head[..sp],
            _ => &head[..],
        };
        format!("{head}…")
    };
    (before, hit.to_string(), after)
}

#[cfg(test)]
mod tests {
    use super::{clip, window};
    use crate::fit::report::{EvidenceItem, Span};
    use crate::model::Place;

    fn item(text: &str, word: &str) -> EvidenceItem {
        let start = text.find(word).unwrap();
        EvidenceItem {
            text: text.to_string(),
            source: Place::Summary,
            matched: Some(Span {
                start,
                end: start + word.len(),
            }),
            via: None,
        }
    }

    #[test]
    fn a_long_line_is_cut_around_the_matched_words() {
        let text = "Owned the billing platform end to end for four years, from the first invoice \
                    service to the event pipeline that now runs on Kafka Streams across three regions.";
        let (before, hit, after) = window(&item(text, "Kafka Streams"), 60);
        assert_eq!(hit, "Kafka Streams");
        assert!(before.starts_with('…'), "{before}");
        assert!(after.ends_with('…') || text.ends_with(&after), "{after}");
        let shown = format!("{before}{hit}{after}");
        assert!(shown.chars().count() <= 61, "{shown}");
        // A short line is whole; a line with no match is clipped from its start.
        assert_eq!(
            window(&item("Go services", "Go"), 60),
            (String::new(), "Go".into(), " services".into())
        );
        let mut bare = item(text, "Kafka");
        bare.matched = None;
        assert_eq!(window(&bare, 20).0, clip(text, 20));
    }

    #[test]
    fn clip_keeps_short_text_and_marks_a_cut() {
        assert_eq!(clip("abc", 3), "abc");
        assert_eq!(clip("abcd", 3), "ab…");
        assert_eq!(clip("ééééé", 4), "ééé…");
        assert_eq!(clip("", 0), "");
    }
}
