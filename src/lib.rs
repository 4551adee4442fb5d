//! jobfit: honest, evidence-linked job fit reports and tailored resumes from one YAML profile.
//!
//! The pipeline runs one way:
//!
//! ```text
//! argv → cli → config → load (files → model, sources kept for errors)
//!      → analyze (names → skills via the taxonomy; evidence lines with their places)
//!      → matcher (verdicts) → score → fit (FitReport) → tailor (select, order, emphasise)
//!      → render (text | markdown | json | html | pdf → bytes) → commands write files/stdout
//! ```
//!
//! Only `source`/`load` read files and only `commands`/`output` write; everything between is
//! pure and deterministic.

pub mod analyze;
pub mod cli;
pub mod commands;
pub mod config;
pub mod diagnostic;
pub mod error;
pub mod extract;
pub mod fit;
#[cfg(test)]
mod frozen;
pub mod lexicon;
pub mod load;
pub mod matcher;
pub mod mentions;
pub mod model;
pub mod narrative;
pub mod output;
pub mod pipeline;
pub mod rank;
pub mod render;
pub mod resume;
pub mod score;
pub mod source;
pub mod style;
pub mod tailor;
pub mod taxonomy;
#[cfg(test)]
mod testgen;
pub mod yaml;

use clap::Parser;
use std::ffi::OsString;

/// Run jobfit with these arguments; returns the process exit code (0 ok, 1 error, 2 usage).
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => 0,
                _ => 2,
            };
        }
    };
    match commands::run(&cli) {
        Ok(()) => 0,
        Err(e) => {
            let style = style::Style {
                color: matches!(cli.global.color, cli::ColorChoice::Always)
                    || (matches!(cli.global.color, cli::ColorChoice::Auto)
                        && std::io::IsTerminal::is_terminal(&std::io::stderr())
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())),
            };
            match &e {
                error::Error::BrokenPipe => {}
                error::Error::Diagnostics(d) => {
                    eprint!("{}", diagnostic::render_all(d, &style));
                    let n = d.iter().filter(|x| x.is_error()).count();
                    if n > 1 {
                        eprintln!("{}: {n} errors", style.red_bold("error"));
                    }
                }
                other => eprintln!("{}: {other}", style.red_bold("error")),
            }
            e.exit_code()
        }
    }
}
