//! `jobfit import`: a JSON Resume document in, a jobfit profile (YAML) out, and every field the
//! profile has no place for listed on standard error.

use super::warn;
use crate::app::cli::ImportArgs;
use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use crate::input::load;

pub fn run(args: &ImportArgs, cfg: &Config) -> Result<(), Error> {
    output::check_target(args.output.as_deref(), &[args.file.as_path()])?;
    let (profile, source, notes) = load::json_resume_profile(&args.file)?;
    warn(&notes, cfg);
    let yaml = serde_yaml::to_string(&profile).map_err(|e| Error::Write {
        path: args
            .output
            .as_deref()
            .map_or("standard output".into(), |p| p.display().to_string()),
        message: e.to_string(),
    })?;
    let name = source
        .path
        .file_name()
        .map_or_else(|| source.name(), |n| n.to_string_lossy().into_owned());
    let text = format!(
        "# Imported from the JSON Resume {name} by `jobfit import`; {} field(s) had no place here (listed when it ran).\n{yaml}",
        notes.len()
    );
    output::emit(args.output.as_deref(), text.as_bytes())
}
