//! `jobfit completions SHELL` and `jobfit man`: generated from the clap definition, so they
//! never drift from the command line.

use crate::app::cli::{Cli, CompletionsArgs};
use crate::app::output;
use crate::error::Error;
use clap::CommandFactory;

pub fn run(args: &CompletionsArgs) -> Result<(), Error> {
    let mut cmd = Cli::command();
    let mut bytes = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "jobfit", &mut bytes);
    output::write_stdout(&bytes)
}

/// The whole CLI as one roff page: synopsis, options and every command with what it does
/// (`jobfit COMMAND --help` has each command's options).
pub fn man() -> Result<(), Error> {
    let mut bytes = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut bytes)
        .map_err(|e| Error::Write {
            path: "standard output".into(),
            message: e.to_string(),
        })?;
    output::write_stdout(&bytes)
}
