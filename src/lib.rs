//! jobfit: honest, evidence-linked job fit reports and tailored resumes from one YAML profile.
//!
//! The pipeline runs one way; each stage is a folder that owns one step and hands the next a
//! typed value:
//!
//! ```text
//! app      argv → Cli → Config; runs a command, writes its output (the only writer)
//! input    files → Profile | Job | taxonomy file, sources kept for errors (the only reader)
//! model    the typed profile and job: dates, levels, places in the profile
//! skills   the taxonomy (names → SkillId) and the mention finder (text → mentions)
//! extract  posting text → Job (sections, importance, title, company, skills with offsets)
//! analyze  Profile, Job → ProfileFacts, JobFacts (evidence lines with their places)
//! fit      facts → outcomes (matcher) → score → FitReport (+ narrative)
//! tailor   facts + outcomes → Resume (select, order, emphasise; never invent)
//! prep     report + job + facts → PrepPack (interview questions, stories, advice; never invent)
//! rank     many postings → ranked rows, on the same analyze → match → score path
//! render   FitReport | Resume → text, Markdown, JSON, HTML, PDF bytes
//! ```
//!
//! `pipeline` is the spine that runs analyze → fit for a profile and a job. Only `input` reads
//! files and only `app` writes; everything between is pure and deterministic.

// The ground floor: a file's text, terminal style and what user text may reach a terminal,
// positioned messages (and where a YAML field path is in a text), the error type.
pub mod source;
pub mod style;
pub mod terminal;
pub mod diagnostic;
pub mod locate;
pub mod locate_json;
pub mod error;

// The stages, in pipeline order.
pub mod app;
pub mod input;
pub mod model;
pub mod skills;
pub mod extract;
pub mod analyze;
pub mod fit;
pub mod pipeline;
pub mod tailor;
pub mod prep;
pub mod rank;
pub mod render;
pub mod interop;

#[cfg(test)]
mod testgen;
#[cfg(test)]
mod property_tests;

use clap::Parser;
use std::ffi::OsString;

/// Run jobfit with these arguments; returns the process exit code (0 ok, 1 error, 2 usage).
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match app::cli::Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => 0,
                _ => 2,
            };
        }
    };
    match app::commands::run(&cli) {
        Ok(()) => 0,
        Err(e) => {
            app::output::print_error(&e, &app::config::err_style(cli.global.color));
            e.exit_code()
        }
    }
}
