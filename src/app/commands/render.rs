//! `jobfit render PROFILE`: the whole, untailored resume as PDF and HTML.

use super::prepare_profile;
use super::resume_files::{measure, stem, write_resume};
use crate::app::cli::RenderArgs;
use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use crate::tailor;
use std::path::PathBuf;

pub fn run(args: &RenderArgs, cfg: &Config) -> Result<(), Error> {
    let prep = prepare_profile(&args.profile, cfg)?;
    let t = tailor::tailor(
        &prep.tax,
        &prep.profile,
        &prep.facts,
        None,
        usize::MAX,
        &measure(cfg.paper),
    );
    let dir = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from("out").join(stem(&args.profile)));
    let written = write_resume(&dir, &t, cfg)?;
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
