//! `jobfit match PROFILE JOB`: the fit report.

use super::warn;
use crate::cli::{Global, MatchArgs, ReportFormat};
use crate::config::Config;
use crate::error::Error;
use crate::{load, output, pipeline, render};

pub fn run(args: &MatchArgs, g: &Global, cfg: &Config) -> Result<(), Error> {
    let (base, tw) = load::taxonomy(g.taxonomy.as_deref())?;
    warn(&tw, cfg);
    let (profile, psrc) = load::profile(&args.profile)?;
    let (prep, w1) = pipeline::prepare_owned(base, profile, psrc, cfg.as_of)?;
    warn(&w1, cfg);
    let (job, jsrc) = load::job(&args.job, &prep.tax, &prep.finder)?;
    let (fit, w2) = pipeline::fit(&prep, &job, &jsrc)?;
    warn(&w2, cfg);
    let to_terminal = args.output.is_none();
    let style = if to_terminal {
        cfg.out_style
    } else {
        crate::style::Style::plain()
    };
    let text = match args.format {
        ReportFormat::Text => render::text::render(&fit.report, &style),
        ReportFormat::Markdown => render::markdown::render(&fit.report),
        ReportFormat::Json => render::json::render(&fit.report),
        ReportFormat::Html => render::report_html::render(&fit.report),
    };
    let written = output::emit(args.output.as_deref(), text.as_bytes());
    // The process ends next: freeing thousands of small allocations one by one would be the
    // slowest thing this command does.
    std::mem::forget(fit);
    std::mem::forget(prep);
    written
}
