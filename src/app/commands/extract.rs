//! `jobfit extract POSTING`: a text posting → a job file (YAML) or skills with offsets (JSON).

use crate::app::cli::{ExtractArgs, ExtractFormat};
use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use crate::extract;
use crate::input::load;
use crate::skills::mentions::MentionFinder;

pub fn run(args: &ExtractArgs, cfg: &Config) -> Result<(), Error> {
    let mut inputs = vec![args.posting.as_path()];
    inputs.extend(cfg.taxonomy.as_deref());
    output::check_target(args.output.as_deref(), &inputs)?;
    let (tax, tw) = load::taxonomy(cfg.taxonomy.as_deref())?;
    super::warn(&tw, cfg);
    let finder = MentionFinder::new(&tax);
    let source = load::posting(&args.posting)?;
    let ex = extract::extract(&source.text, &tax, &finder);
    let text = match args.format {
        ExtractFormat::Json => {
            let mut s = serde_json::to_string_pretty(&ex).expect("extraction serialises");
            s.push('\n');
            s
        }
        ExtractFormat::Yaml => {
            let body = serde_yaml::to_string(&ex.to_job()).expect("jobs serialise");
            format!(
                "# Extracted by jobfit from {}. Review the importance of each skill.\n{body}",
                source.name()
            )
        }
    };
    output::emit(args.output.as_deref(), text.as_bytes())
}
