//! Any bytes as a profile: read, checked, analysed and matched against the bundled posting, the
//! report rendered as text, Markdown, JSON and HTML. Errors are fine; a panic is a bug.
#![no_main]

use jobfit::input::load;
use jobfit::model::YearMonth;
use jobfit::pipeline;
use jobfit::render::{self, ReportFormat};
use jobfit::skills::taxonomy::Taxonomy;
use jobfit::source::Source;
use jobfit::style::Style;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

const JOB: &str = include_str!("../../jobs/booking_go.yaml");

fuzz_target!(|data: &[u8]| {
    let Ok(src) = Source::from_bytes(Path::new("fuzz.yaml"), data.to_vec(), 1 << 20) else {
        return;
    };
    let Ok((profile, _)) = load::profile_from_source(&src) else {
        return;
    };
    let psrc = src;
    let as_of = YearMonth { year: 2026, month: Some(11) };
    let tax = Taxonomy::builtin();
    let Ok((p, _)) = pipeline::prepare(&tax, profile, psrc, as_of) else {
        return;
    };
    let jsrc = Source::new("jobs/booking_go.yaml", JOB);
    let (job, jsrc) = load::job_from_source(jsrc, &p.tax, &p.finder).expect("the bundled job");
    if let Ok((fit, _)) = pipeline::fit(&p, &job, &jsrc) {
        for f in [ReportFormat::Text, ReportFormat::Markdown, ReportFormat::Json, ReportFormat::Html] {
            let _ = render::render_report(&fit.report, f, &Style::plain());
        }
    }
});
