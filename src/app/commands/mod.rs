//! One function per subcommand. The only layer that writes files or standard output.

mod check;
mod extract;
mod rank;
mod render;
mod report;
mod tailor;

use crate::app::cli::{Cli, Command};
use crate::app::config::Config;
use crate::diagnostic::Diagnostic;
use crate::error::Error;

/// Run a parsed command line.
pub fn run(cli: &Cli) -> Result<(), Error> {
    let cfg = Config::new(&cli.global)?;
    match &cli.command {
        Command::Match(a) => report::run(a, &cli.global, &cfg),
        Command::Tailor(a) => tailor::run(a, &cli.global, &cfg),
        Command::Render(a) => render::run(a, &cli.global, &cfg),
        Command::Extract(a) => extract::run(a, &cli.global, &cfg),
        Command::Rank(a) => rank::run(a, &cli.global, &cfg),
        Command::Check(a) => check::run(a, &cli.global, &cfg),
    }
}

/// The taxonomy and the profile at `path`, analysed; warnings printed.
pub(crate) fn prepared_profile(
    path: &std::path::Path,
    g: &crate::app::cli::Global,
    cfg: &Config,
) -> Result<crate::pipeline::Prepared, Error> {
    let (base, tw) = crate::input::load::taxonomy(g.taxonomy.as_deref())?;
    warn(&tw, cfg);
    let (profile, psrc) = crate::input::load::profile(path)?;
    let (prep, w) = crate::pipeline::prepare_owned(base, profile, psrc, cfg.as_of)?;
    warn(&w, cfg);
    Ok(prep)
}

/// The job at `path` (YAML or text) matched against a prepared profile; warnings printed.
pub(crate) fn fitted<'p>(
    prep: &'p crate::pipeline::Prepared,
    path: &std::path::Path,
    cfg: &Config,
) -> Result<crate::pipeline::Fit<'p>, Error> {
    let (job, jsrc) = crate::input::load::job(path, &prep.tax, &prep.finder)?;
    let (fit, w) = crate::pipeline::fit(prep, &job, &jsrc)?;
    warn(&w, cfg);
    Ok(fit)
}

/// Print warnings to standard error.
pub(crate) fn warn(diags: &[Diagnostic], cfg: &Config) {
    if !diags.is_empty() {
        eprint!("{}", crate::diagnostic::render_all(diags, &cfg.err_style));
    }
}
