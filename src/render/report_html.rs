//! The fit report as one self-contained HTML page (askama template, auto-escaped).

use crate::fit::{EvidenceItem, FitReport};
use askama::Template;

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage<'a> {
    r: &'a FitReport,
}

impl ReportPage<'_> {
    /// A quote as (before, the matched words, after), a window around the match.
    fn quote(&self, e: &EvidenceItem) -> (String, String, String) {
        super::window(e, super::WIDE_QUOTE)
    }
}

pub fn render(r: &FitReport) -> String {
    ReportPage { r }
        .render()
        .expect("the report template renders")
}
