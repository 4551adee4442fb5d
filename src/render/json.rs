//! The fit report as JSON: the stable contract documented in the README.

use crate::fit::FitReport;

pub fn render(r: &FitReport) -> String {
    let mut s = serde_json::to_string_pretty(r).expect("reports serialise");
    s.push('\n');
    s
}
