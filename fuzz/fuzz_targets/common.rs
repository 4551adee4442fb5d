//! What the job and posting targets share: any bytes as a job file named `name` (YAML or a
//! text posting, by its extension), matched with the bundled profile.

use jobfit::input::load;
use jobfit::model::YearMonth;
use jobfit::pipeline;
use jobfit::skills::taxonomy::Taxonomy;
use jobfit::source::Source;
use std::path::Path;

const PROFILE: &str = include_str!("../../profiles/juan.yaml");

pub fn match_job(name: &str, data: &[u8]) {
    let Ok(src) = Source::from_bytes(Path::new(name), data.to_vec(), 1 << 20) else {
        return;
    };
    let psrc = Source::new("profiles/juan.yaml", PROFILE);
    let (profile, _) = load::profile_from_source(&psrc).expect("the bundled profile");
    let as_of = YearMonth { year: 2026, month: Some(11) };
    let (p, _) = pipeline::prepare(&Taxonomy::builtin(), profile, psrc, as_of).expect("prepared");
    if let Ok((job, src)) = load::job_from_source(src, &p.tax, &p.finder) {
        let _ = pipeline::fit(&p, &job, &src);
    }
}
