//! `jobfit new`: write a commented starter profile (fictional values) that `check` accepts.
//! Refuses to overwrite a file that exists.

use crate::app::cli::NewArgs;
use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use std::path::Path;

/// The starter profile, every section filled with fictional values.
pub const STARTER: &str = include_str!("../../../data/starter/profile.yaml");

pub fn run(args: &NewArgs, cfg: &Config) -> Result<(), Error> {
    let path = args.path.as_deref().unwrap_or(Path::new("profile.yaml"));
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(Error::Usage(format!(
            "{} already exists; `jobfit new` never overwrites: name another file, or move this one away",
            path.display()
        )));
    }
    output::write_file(path, STARTER.as_bytes())?;
    if !cfg.quiet {
        eprintln!(
            "wrote {}: a starter profile with fictional values; replace them with yours and run `jobfit check {}`",
            path.display(),
            path.display()
        );
    }
    Ok(())
}
