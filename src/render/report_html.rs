//! The fit report as one self-contained HTML page (askama template, auto-escaped).

use crate::fit::FitReport;
use askama::Template;

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage<'a> {
    r: &'a FitReport,
}

pub fn render(r: &FitReport) -> String {
    ReportPage { r }
        .render()
        .expect("the report template renders")
}
