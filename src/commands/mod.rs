//! One function per subcommand. The only layer that writes files or standard output.

mod check;
mod extract;
mod match_cmd;
mod rank;
mod render_cmd;
mod tailor;

use crate::cli::{Cli, Command};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::error::Error;

/// Run a parsed command line.
pub fn run(cli: &Cli) -> Result<(), Error> {
    let cfg = Config::new(&cli.global)?;
    match &cli.command {
        Command::Match(a) => match_cmd::run(a, &cli.global, &cfg),
        Command::Tailor(a) => tailor::run(a, &cli.global, &cfg),
        Command::Render(a) => render_cmd::run(a, &cli.global, &cfg),
        Command::Extract(a) => extract::run(a, &cli.global, &cfg),
        Command::Rank(a) => rank::run(a, &cli.global, &cfg),
        Command::Check(a) => check::run(a, &cli.global, &cfg),
    }
}

/// Print warnings to standard error.
pub(crate) fn warn(diags: &[Diagnostic], cfg: &Config) {
    if !diags.is_empty() {
        eprint!("{}", crate::diagnostic::render_all(diags, &cfg.err_style));
    }
}
