//! `jobfit match PROFILE JOB`: the fit report.

use super::{fit_job, leak_at_exit, prepare_profile};
use crate::app::cli::{MatchArgs, ReportFormat};
use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use crate::render;

pub fn run(args: &MatchArgs, cfg: &Config) -> Result<(), Error> {
    let mut inputs = vec![args.profile.as_path(), args.job.as_path()];
    inputs.extend(cfg.taxonomy.as_deref());
    output::check_target(args.output.as_deref(), &inputs)?;
    let prep = prepare_profile(&args.profile, cfg)?;
    let fit = fit_job(&prep, &args.job, cfg)?;
    let to_terminal = args.output.is_none();
    let style = if to_terminal {
        cfg.out_style
    } else {
        crate::style::Style::plain()
    };
    let mut bytes = render::render_report(&fit.report, args.format.into(), &style);
    if matches!(args.format, ReportFormat::Text) {
        // The terminal format: control characters from the profile or posting shown escaped.
        let text = String::from_utf8_lossy(&bytes);
        if let std::borrow::Cow::Owned(safe) = output::terminal_text(&text, &style) {
            bytes = safe.into_bytes();
        }
    }
    let written = output::emit(args.output.as_deref(), &bytes);
    leak_at_exit(fit);
    leak_at_exit(prep);
    written
}
