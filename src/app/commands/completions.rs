//! `jobfit completions SHELL` and `jobfit man`: generated from the clap definition, so they
//! never drift from the command line.

use crate::app::cli::{Cli, CompletionsArgs};
use crate::app::output;
use crate::error::Error;
use clap::CommandFactory;
use clap_mangen::Man;
use std::io::Write;

pub fn run(args: &CompletionsArgs) -> Result<(), Error> {
    let mut cmd = Cli::command();
    let mut bytes = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "jobfit", &mut bytes);
    output::write_stdout(&bytes)
}

/// The whole CLI as one roff page: name, synopsis, description and global options, then a
/// COMMANDS section with, for each command, what it does, its synopsis and all its options
/// (the global options are listed once, at the top), then the examples and the version.
pub fn man() -> Result<(), Error> {
    let bytes = page().map_err(|e| Error::Write {
        path: "standard output".into(),
        message: e.to_string(),
    })?;
    output::write_stdout(&bytes)
}

fn page() -> std::io::Result<Vec<u8>> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    // Built, so that each command's synopsis reads `jobfit match …` and its options are known.
    cmd.build();
    let globals: Vec<clap::Id> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().clone())
        .collect();
    let top = Man::new(cmd.clone());
    let mut w = Vec::new();
    top.render_title(&mut w)?;
    top.render_name_section(&mut w)?;
    top.render_synopsis_section(&mut w)?;
    top.render_description_section(&mut w)?;
    top.render_options_section(&mut w)?;
    w.extend_from_slice(b".SH COMMANDS\n");
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let mut sub = sub.clone();
        for id in globals.iter().chain([&clap::Id::from("help")]) {
            if sub.get_arguments().any(|a| a.get_id() == id) {
                sub = sub.mut_arg(id.clone(), |a| a.hide(true));
            }
        }
        let name = sub.get_bin_name().unwrap_or(sub.get_name()).to_string();
        writeln!(w, ".SS \"{name}\"")?;
        let man = Man::new(sub.clone());
        let mut part = Vec::new();
        man.render_description_section(&mut part)?;
        man.render_synopsis_section(&mut part)?;
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(&mut part)?;
        }
        // Each section's own `.SH` heading gives way to a paragraph break inside this command's.
        for line in String::from_utf8_lossy(&part).lines() {
            let line = if line.starts_with(".SH ") {
                ".PP"
            } else {
                line
            };
            writeln!(w, "{line}")?;
        }
    }
    // clap_mangen heads the `after_help` text EXTRA; here it is the examples.
    let mut extra = Vec::new();
    top.render_extra_section(&mut extra)?;
    let extra = String::from_utf8_lossy(&extra).replacen(".SH EXTRA", ".SH EXAMPLES", 1);
    w.extend_from_slice(extra.as_bytes());
    top.render_version_section(&mut w)?;
    Ok(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The part of the page about one command: from its `.SS` heading to the next heading.
    fn section<'p>(page: &'p str, name: &str) -> &'p str {
        let head = format!(".SS \"jobfit {name}\"\n");
        let start = page
            .find(&head)
            .unwrap_or_else(|| panic!("no section for {name}"));
        let rest = &page[start + head.len()..];
        let end = [rest.find("\n.SS "), rest.find("\n.SH ")]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(rest.len());
        &rest[..end]
    }

    #[test]
    fn every_command_has_its_section_with_all_its_options() {
        let page = String::from_utf8(page().unwrap()).unwrap();
        let cmd = Cli::command();
        let mut seen = 0;
        for sub in cmd.get_subcommands() {
            let text = section(&page, sub.get_name());
            assert!(
                text.contains(&format!("jobfit {}", sub.get_name())),
                "{text}"
            );
            for arg in sub.get_arguments() {
                let shown = match (arg.get_long(), arg.get_value_names()) {
                    (Some(long), _) => format!("\\-\\-{}", long.replace('-', "\\-")),
                    (None, Some(names)) => names[0].to_string(),
                    (None, None) => arg.get_id().to_string().to_uppercase(),
                };
                assert!(
                    text.contains(&shown),
                    "`jobfit {}` lacks {shown}:\n{text}",
                    sub.get_name()
                );
                seen += 1;
            }
            // The global options are described once, at the top, not under every command.
            assert!(!text.contains("\\-\\-taxonomy"), "{text}");
            assert!(!text.contains("Print help"), "{text}");
        }
        assert!(seen > 30, "only {seen} options");
        assert!(page.contains(".SH OPTIONS\n"));
        assert!(page.contains("\\-\\-taxonomy"));
        assert!(page.contains(".SH EXAMPLES\n"));
        assert!(
            !page.contains("jobfit\\-match(1)"),
            "no page of its own to point at"
        );
    }
}
