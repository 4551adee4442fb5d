//! `jobfit render PROFILE`: the whole, untailored resume as PDF, HTML and DOCX.

use super::prepare_profile;
use super::resume_files::{measure, resume_files, stem};
use crate::app::cli::RenderArgs;
use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use crate::tailor;
use std::path::PathBuf;

pub fn run(args: &RenderArgs, cfg: &Config) -> Result<(), Error> {
    let prep = prepare_profile(&args.profile, cfg)?;
    super::warn_glyphs(&prep, cfg);
    super::warn_light_accent(cfg);
    let look = cfg.look(&prep.profile);
    let t = tailor::tailor(
        &prep.tax,
        &prep.profile,
        &prep.facts,
        None,
        usize::MAX,
        &measure(cfg.paper, look),
    );
    let dir = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from("out").join(stem(&args.profile)));
    let files = resume_files(&dir, &t, look, cfg);
    output::write_files(&files)?;
    let written: Vec<PathBuf> = files.into_iter().map(|(p, _)| p).collect();
    let mut out = format!(
        "{}: {} page{}\nwrote:\n",
        prep.profile.name,
        t.pages,
        if t.pages == 1 { "" } else { "s" }
    );
    for p in &written {
        out.push_str(&format!("  {}\n", p.display()));
    }
    output::write_stdout(output::terminal_text(&out, &cfg.out_style).as_bytes())
}
