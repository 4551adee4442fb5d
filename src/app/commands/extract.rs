//! `jobfit extract POSTING`: a text posting → a job file (YAML) or skills with offsets (JSON).

use crate::app::cli::{ExtractArgs, ExtractFormat};
use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use crate::extract;
use crate::input::load;
use crate::model::Job;
use crate::skills::mentions::MentionFinder;
use crate::skills::taxonomy::{Kind, Taxonomy};

pub fn run(args: &ExtractArgs, cfg: &Config) -> Result<(), Error> {
    let mut inputs = vec![args.posting.as_path()];
    inputs.extend(cfg.taxonomy.as_deref());
    output::check_target(args.output.as_deref(), &inputs)?;
    let (tax, tw) = load::taxonomy(cfg.taxonomy.as_deref())?;
    super::warn(&tw, cfg);
    let finder = MentionFinder::new(&tax);
    let source = load::posting(&args.posting)?;
    let mut ex = extract::extract(&source.text, &tax, &finder);
    let text = match args.format {
        ExtractFormat::Json => {
            // Offsets into the file, not into the text after a dropped byte-order mark.
            for m in ex.skills.iter_mut().flat_map(|s| s.mentions.iter_mut()) {
                m.start += source.offset;
                m.end += source.offset;
            }
            let mut s = serde_json::to_string_pretty(&ex).expect("extraction serialises");
            s.push('\n');
            s
        }
        ExtractFormat::Yaml => {
            let body = job_yaml(ex.to_job(), &tax);
            format!(
                "# Extracted by jobfit from {}. Review the importance of each skill.\n{body}",
                source.name()
            )
        }
    };
    output::emit(args.output.as_deref(), text.as_bytes())
}

/// The job as YAML, its requirements grouped by kind (technologies first) under a comment
/// naming each group; within a group, the posting's order.
fn job_yaml(mut job: Job, tax: &Taxonomy) -> String {
    let kind_of = |r: &crate::model::Requirement| {
        r.names()
            .first()
            .and_then(|n| tax.resolve(n))
            .map_or(Kind::Technology, |id| tax.skill(id).kind)
    };
    let mut reqs = std::mem::take(&mut job.requirements);
    reqs.sort_by_key(|r| kind_of(r));
    let body = serde_yaml::to_string(&job).expect("jobs serialise");
    if reqs.is_empty() {
        return body;
    }
    let mut list = String::from("requirements:\n");
    let mut last = None;
    for r in &reqs {
        let kind = kind_of(r);
        if last != Some(kind) {
            list.push_str(&format!("# {}\n", kind.heading()));
            last = Some(kind);
        }
        list.push_str(&serde_yaml::to_string(std::slice::from_ref(r)).expect("jobs serialise"));
    }
    body.replacen("requirements: []\n", &list, 1)
}
