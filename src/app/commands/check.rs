//! `jobfit check FILE...`: validate files and print every problem.

use crate::app::cli::CheckArgs;
use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use crate::input::check::{check, Checked};
use crate::input::load;
use crate::skills::mentions::MentionFinder;

pub fn run(args: &CheckArgs, cfg: &Config) -> Result<(), Error> {
    let (base, tw) = load::taxonomy(cfg.taxonomy.as_deref())?;
    super::warn(&tw, cfg);
    let finder = MentionFinder::new(&base);
    let mut failed = 0;
    let mut summary = String::new();
    for path in &args.files {
        match check(path, &base, &finder, cfg.as_of) {
            Ok(Checked {
                summary: what,
                diagnostics: diags,
                ..
            }) => {
                super::warn(&diags, cfg);
                let errors = diags.iter().filter(|d| d.is_error()).count();
                let warnings = diags.len() - errors;
                if errors > 0 {
                    failed += 1;
                    summary.push_str(&format!(
                        "{}: {} ({what}), {errors} error(s), {warnings} warning(s)\n",
                        path.display(),
                        cfg.out_style.red("invalid")
                    ));
                } else if warnings > 0 {
                    summary.push_str(&format!(
                        "{}: {} ({what}), {warnings} warning(s)\n",
                        path.display(),
                        cfg.out_style.yellow("ok")
                    ));
                } else {
                    summary.push_str(&format!(
                        "{}: {} ({what})\n",
                        path.display(),
                        cfg.out_style.green("ok")
                    ));
                }
            }
            Err(Error::Diagnostics(diags)) => {
                super::warn(&diags, cfg);
                failed += 1;
                summary.push_str(&format!(
                    "{}: {}\n",
                    path.display(),
                    cfg.out_style.red("invalid")
                ));
            }
            Err(e @ Error::File { .. }) => {
                eprintln!(
                    "{}: {}",
                    cfg.err_style.red_bold("error"),
                    crate::terminal::escape(&e.to_string())
                );
                failed += 1;
                summary.push_str(&format!(
                    "{}: {}\n",
                    path.display(),
                    cfg.out_style.red("unreadable")
                ));
            }
            Err(e) => return Err(e),
        }
    }
    output::write_stdout(output::terminal_text(&summary, &cfg.out_style).as_bytes())?;
    if failed > 0 {
        return Err(Error::Reported(format!(
            "{failed} of {} file(s) have errors",
            args.files.len()
        )));
    }
    Ok(())
}
