//! Renderers: pure functions from a finished model to bytes. A renderer never decides what is
//! relevant; it lays out what it is given.
//!
//! The fit report has one entry point, [`render_report`], over a closed [`ReportFormat`]; the
//! resume has [`html::render_html`] and [`pdf::render_pdf`] (over the [`layout`] engine); the
//! rank table has [`rank_table::render`]. Renderers must not read files, the clock or the
//! environment, and must not reach the skills or analyze stages.

pub mod fonts;
pub mod html;
pub mod json;
pub mod layout;
pub mod markdown;
pub mod pdf;
pub mod rank_table;
pub mod report_html;
#[cfg(test)]
pub(crate) mod samples;
pub mod text;
pub mod url;

use crate::fit::FitReport;
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

#[cfg(test)]
mod tests {
    use super::clip;

    #[test]
    fn clip_keeps_short_text_and_marks_a_cut() {
        assert_eq!(clip("abc", 3), "abc");
        assert_eq!(clip("abcd", 3), "ab…");
        assert_eq!(clip("ééééé", 4), "ééé…");
        assert_eq!(clip("", 0), "");
    }
}
