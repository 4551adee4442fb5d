//! A stable-Rust property test, run briefly by `cargo test`: the four kinds of input (profile,
//! YAML job, text posting, user taxonomy), mutated at random from the bundled examples with the
//! shapes that broke parsers before (aliases, deep nesting, `@` runs, control characters, long
//! lines, stray indentation), go through reading, checking, analysis, matching and rendering
//! without a panic. The long campaign is cargo-fuzz's (`fuzz/`, see the README).

use crate::input::load;
use crate::model::YearMonth;
use crate::pipeline;
use crate::render::{self, ReportFormat};
use crate::skills::mentions::MentionFinder;
use crate::skills::taxonomy::Taxonomy;
use crate::source::Source;
use crate::style::Style;
use crate::testgen::XorShift;
use std::path::Path;

const PROFILE: &str = include_str!("../profiles/juan.yaml");
const JOB: &str = include_str!("../jobs/booking_go.yaml");
const POSTING: &str = include_str!("../jobs/booking_go.txt");
const TAXONOMY: &str =
    "skills:\n  - name: Foo Bar\n    category: tool\n    aliases: [foobar]\n    implies: [Go]\n";

/// Pieces spliced into a text: what broke YAML readers, the mention finder or the layout.
const PIECES: &[&str] = &[
    "&a ",
    "*a",
    "<<: *a\n",
    "[{",
    "}]",
    "@@@@@@@@",
    "www.www.",
    "://",
    "\u{1b}[31m",
    "\u{202e}",
    "\r",
    "\n",
    "\n  - ",
    ": ",
    "- ",
    "\t",
    "#",
    "\"",
    "'",
    "|\n",
    ">-\n",
    "---\n",
    "~",
    "null",
    "9999-99",
    "2030-01",
    "-1",
    "1e400",
    "Go",
    "Kubernetes",
    "C#",
    ".NET",
    "中文",
    "عربي",
    "skills:\n",
    "experience:\n",
    "requirements:\n",
    "any_of: [",
    "level: expert\n",
];

fn mutate(base: &str, rng: &mut XorShift) -> String {
    let mut chars: Vec<char> = base.chars().collect();
    for _ in 0..1 + rng.next() % 4 {
        let at = (rng.next() as usize) % (chars.len() + 1);
        match rng.next() % 4 {
            0 => {
                let piece = PIECES[(rng.next() as usize) % PIECES.len()];
                let times = 1 + (rng.next() % 3) as usize * (rng.next() % 50) as usize;
                let insert: Vec<char> = piece.repeat(times).chars().collect();
                chars.splice(at..at, insert);
            }
            1 => {
                let end = (at + (rng.next() as usize) % 200).min(chars.len());
                chars.drain(at..end);
            }
            2 => {
                let end = (at + (rng.next() as usize) % 400).min(chars.len());
                let copy: Vec<char> = chars[at..end].to_vec();
                chars.splice(at..at, copy);
            }
            _ => {
                if at < chars.len() {
                    chars[at] = char::from_u32((rng.next() % 0x2FF) as u32).unwrap_or(' ');
                }
            }
        }
    }
    chars.into_iter().collect()
}

fn source(name: &str, text: String) -> Option<Source> {
    Source::from_bytes(Path::new(name), text.into_bytes(), 1 << 20).ok()
}

const AS_OF: YearMonth = YearMonth {
    year: 2026,
    month: Some(11),
};

#[test]
fn mutated_inputs_never_panic() {
    let tax = Taxonomy::builtin();
    let psrc = Source::new("juan.yaml", PROFILE);
    let (prof, _) = load::profile_from_source(&psrc).unwrap();
    let (p, _) = pipeline::prepare(&tax, prof, psrc, AS_OF).unwrap();
    let mut rng = XorShift(0x5eed_cafe);
    for _ in 0..150 {
        // A profile against the bundled job, every report format.
        if let Some(src) = source("p.yaml", mutate(PROFILE, &mut rng)) {
            if let Ok((prof, _)) = load::profile_from_source(&src) {
                if let Ok((mp, _)) = pipeline::prepare(&tax, prof, src, AS_OF) {
                    let jsrc = Source::new("job.yaml", JOB);
                    let (job, jsrc) = load::job_from_source(jsrc, &mp.tax, &mp.finder).unwrap();
                    if let Ok((fit, _)) = pipeline::fit(&mp, &job, &jsrc) {
                        for f in [
                            ReportFormat::Text,
                            ReportFormat::Markdown,
                            ReportFormat::Json,
                            ReportFormat::Html,
                        ] {
                            render::render_report(&fit.report, f, &Style::plain());
                        }
                    }
                }
            }
        }
        // A YAML job and a text posting against the bundled profile.
        for (name, base) in [("j.yaml", JOB), ("j.txt", POSTING)] {
            if let Some(src) = source(name, mutate(base, &mut rng)) {
                if let Ok((job, src)) = load::job_from_source(src, &p.tax, &p.finder) {
                    let _ = pipeline::fit(&p, &job, &src);
                }
            }
        }
        // A user taxonomy, its finder run over the posting.
        if let Some(src) = source("t.yaml", mutate(TAXONOMY, &mut rng)) {
            if let Ok((t, _)) = load::taxonomy_from_source(&src) {
                let finder = MentionFinder::new(&t);
                crate::extract::extract(POSTING, &t, &finder);
            }
        }
    }
}
