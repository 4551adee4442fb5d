//! `jobfit match PROFILE JOB`: the fit report.

use super::{fitted, prepared_profile};
use crate::app::cli::{Global, MatchArgs};
use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use crate::render;

pub fn run(args: &MatchArgs, g: &Global, cfg: &Config) -> Result<(), Error> {
    let prep = prepared_profile(&args.profile, g, cfg)?;
    let fit = fitted(&prep, &args.job, cfg)?;
    let to_terminal = args.output.is_none();
    let style = if to_terminal {
        cfg.out_style
    } else {
        crate::app::style::Style::plain()
    };
    let bytes = render::render_report(&fit.report, args.format.into(), &style);
    let written = output::emit(args.output.as_deref(), &bytes);
    // The process ends next: freeing thousands of small allocations one by one would be the
    // slowest thing this command does.
    std::mem::forget(fit);
    std::mem::forget(prep);
    written
}
