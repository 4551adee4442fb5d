//! `jobfit export`: a profile written in another format (JSON Resume).

use super::warn;
use crate::app::cli::{ExportArgs, ExportFormat};
use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use crate::input::load;
use crate::interop::json_resume;

pub fn run(args: &ExportArgs, cfg: &Config) -> Result<(), Error> {
    output::check_target(args.output.as_deref(), &[args.profile.as_path()])?;
    let (profile, _, notes) = load::profile(&args.profile)?;
    warn(&notes, cfg);
    let text = match args.format {
        ExportFormat::JsonResume => json_resume::export::to_json(&json_resume::export(&profile)),
    };
    output::emit(args.output.as_deref(), text.as_bytes())
}
