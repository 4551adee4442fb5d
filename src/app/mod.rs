//! The shell: the command line, settings, terminal style, output files, the commands that
//! drive the pipeline and the watch loop that re-runs them. The only code that knows clap, the environment, stdout and output paths.
//! It must not hold product rules: every judgement is made by the stages it calls.

pub mod cleanup;
pub mod cli;
pub mod commands;
pub mod config;
pub mod output;
pub mod watch;
