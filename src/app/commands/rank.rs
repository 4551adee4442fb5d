//! `jobfit rank PROFILE JOBS...`: score many postings in parallel, best first.

use crate::app::cli::{RankArgs, RankFormat};
use crate::app::config::Config;
use crate::app::output;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::input::load;
use crate::input::postings::{self, Posting};
use crate::pipeline;
use crate::rank::{self, Ranked};
use crate::render;
use rayon::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

fn score_one(prep: &rank::Ranker, posting: Posting) -> Result<Ranked, String> {
    let file = matches!(posting, Posting::File(_));
    let p = posting.read()?;
    let title = p.title.as_deref();
    let scored = if load::is_job_file(&p.source) {
        let r = prep.prepared;
        load::job_from_source(p.source.clone(), &r.tax, &r.finder)
            .and_then(|(job, _)| rank::score_job(prep, p.id, job, &p.source, title))
    } else {
        rank::score_text(prep, p.id, &p.source, title)
    };
    scored.map_err(|e| match e {
        // A file's first problem, placed; a JSON Lines posting's error as it is.
        Error::Diagnostics(d) if file => d
            .first()
            .map(|d| format!("{}:{}:{}: {}", d.file, d.line, d.column, d.message))
            .unwrap_or_default(),
        other => other.to_string(),
    })
}

/// The taxonomy's warnings, then the prepared profile and its warnings.
type Loaded = (
    Vec<Diagnostic>,
    Result<(pipeline::Prepared, Vec<Diagnostic>), Error>,
);

fn load_profile(args: &RankArgs, cfg: &Config) -> Result<Loaded, Error> {
    let (base, tw) = load::taxonomy(cfg.taxonomy.as_deref())?;
    let mut tw = tw;
    let prepared = load::profile(&args.profile).and_then(|(profile, psrc, notes)| {
        tw.extend(notes);
        pipeline::prepare(&base, profile, psrc, cfg.as_of)
    });
    Ok((tw, prepared))
}

pub fn run(args: &RankArgs, cfg: &Config) -> Result<(), Error> {
    let mut named = vec![args.profile.as_path()];
    named.extend(args.jobs.iter().map(|p| p.as_path()));
    named.extend(cfg.taxonomy.as_deref());
    output::check_target(args.output.as_deref(), &named)?;
    // Building the taxonomy and the profile's analysis and listing (or parsing) the postings
    // are independent: do them at the same time.
    let (loaded, (inputs, mut skipped)) = rayon::join(
        || load_profile(args, cfg),
        || postings::postings(&args.jobs),
    );
    let (tw, prepared) = loaded?;
    super::warn(&tw, cfg);
    let (prep, w) = prepared?;
    super::warn(&w, cfg);
    let ranker = rank::Ranker::new(&prep);
    let total = inputs.len();
    // A hand-written `\r` counter rather than indicatif: one line, no dependency, and rayon's
    // threads only bump an atomic.
    let progress = cfg.progress && total >= 2000;
    let done = AtomicUsize::new(0);
    let results: Vec<Result<Ranked, String>> = inputs
        .into_par_iter()
        .map(|input| {
            // A bug on one posting must not take the other 9,999 down: it is reported and skipped.
            let id = input.id();
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                score_one(&ranker, input)
            }))
            .unwrap_or_else(|_| {
                Err(format!(
                    "{id}: internal error while scoring (please report it)"
                ))
            });
            if progress {
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                if n.is_multiple_of(500) || n == total {
                    eprint!("\rranking {n}/{total}");
                }
            }
            r
        })
        .collect();
    if progress {
        eprint!("\r\x1b[K");
    }
    let mut rows = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(row) => rows.push(row),
            Err(e) => skipped.push(e),
        }
    }
    for s in skipped.iter().filter(|_| !cfg.quiet) {
        eprintln!(
            "{}: skipped {}",
            cfg.err_style.yellow_bold("warning"),
            crate::terminal::escape(s)
        );
    }
    rank::order(&mut rows);
    let shown: Vec<&Ranked> = rows
        .iter()
        .filter(|r| args.min_score.is_none_or(|m| r.score >= m))
        .take(args.top.unwrap_or(usize::MAX))
        .collect();
    let text = match args.format {
        RankFormat::Table => {
            let t = render::rank_table::render(&shown, &cfg.out_style);
            // Titles and JSON Lines ids shown escaped when they hold control characters.
            let mut t = output::terminal_text(&t, &cfg.out_style).into_owned();
            t.push_str(&cfg.out_style.dim(&format!(
                "{} posting(s) ranked, {} shown, {} skipped\n",
                rows.len(),
                shown.len(),
                skipped.len()
            )));
            t
        }
        RankFormat::Json => serde_json::to_string_pretty(&shown).expect("rows serialise") + "\n",
        RankFormat::Jsonl => shown
            .iter()
            .map(|r| serde_json::to_string(r).expect("rows serialise") + "\n")
            .collect(),
    };
    // Nothing ranked: every posting was skipped, or there was none (an empty directory).
    let nothing_read = rows.is_empty().then_some(if skipped.is_empty() {
        "no posting found (a directory is searched for .yaml .yml .txt .md .markdown files)"
    } else {
        "no posting could be read"
    });
    super::leak_at_exit(rows);
    super::leak_at_exit(ranker);
    super::leak_at_exit(prep);
    if let Some(why) = nothing_read {
        output::emit(args.output.as_deref(), text.as_bytes())?;
        return Err(Error::Reported(why.into()));
    }
    output::emit(args.output.as_deref(), text.as_bytes())
}
