//! `jobfit rank PROFILE JOBS...`: score many postings in parallel, best first.

use crate::app::cli::{Global, RankArgs, RankFormat};
use crate::app::config::Config;
use crate::app::output;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::input::load;
use crate::input::read::MAX_FILE_BYTES;
use crate::pipeline;
use crate::rank::{self, Ranked};
use crate::source::Source;
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// One posting to score: a file, or a line of a JSON Lines file.
enum Input {
    File(PathBuf),
    Line {
        id: String,
        title: Option<String>,
        text: String,
    },
}

#[derive(serde::Deserialize)]
struct JsonlPosting {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    text: String,
}

fn is_posting_file(p: &Path) -> bool {
    matches!(
        p.extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref(),
        Some("yaml" | "yml" | "txt" | "md" | "markdown")
    )
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, skipped: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            skipped.push(Error::io(dir, e).to_string());
            return;
        }
    };
    // The entry's type comes with the directory listing: no `stat` per file (only symlinks
    // are followed to see whether they point to a directory).
    let mut paths: Vec<(PathBuf, bool)> = entries
        .filter_map(|e| {
            let e = e.ok()?;
            let p = e.path();
            let dir = match e.file_type() {
                Ok(t) if !t.is_symlink() => t.is_dir(),
                _ => p.is_dir(),
            };
            Some((p, dir))
        })
        .collect();
    paths.sort();
    for (p, is_dir) in paths {
        if is_dir {
            walk(&p, out, skipped);
        } else if is_posting_file(&p) {
            out.push(p);
        }
    }
}

/// The postings of a JSON Lines file, parsed in parallel, in file order (bad lines → `skipped`).
fn jsonl(path: &Path, text: &str, inputs: &mut Vec<Input>, skipped: &mut Vec<String>) {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let parsed: Vec<Result<Input, String>> = lines
        .par_iter()
        .map(|&(i, line)| {
            let at = || format!("{}:{}", path.display(), i + 1);
            match serde_json::from_str::<JsonlPosting>(line) {
                Ok(p) => Ok(Input::Line {
                    id: match p.id {
                        Some(serde_json::Value::String(s)) => s,
                        Some(v) => v.to_string(),
                        None => at(),
                    },
                    title: p.title,
                    text: p.text,
                }),
                Err(e) => Err(format!(
                    "{}: not a posting ({e}); expected {{\"id\": …, \"title\": …, \"text\": …}}",
                    at()
                )),
            }
        })
        .collect();
    for r in parsed {
        match r {
            Ok(input) => inputs.push(input),
            Err(e) => skipped.push(e),
        }
    }
}

fn collect(args: &RankArgs, skipped: &mut Vec<String>) -> Vec<Input> {
    let mut inputs = Vec::new();
    for path in &args.jobs {
        if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, skipped);
            inputs.extend(files.into_iter().map(Input::File));
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
        {
            match Source::read(path) {
                Ok(src) => jsonl(path, &src.text, &mut inputs, skipped),
                Err(e) => skipped.push(e.to_string()),
            }
        } else {
            inputs.push(Input::File(path.clone()));
        }
    }
    inputs
}

/// A name for an input in messages.
fn input_id(input: &Input) -> String {
    match input {
        Input::File(p) => p.display().to_string(),
        Input::Line { id, .. } => id.clone(),
    }
}

fn score_one(prep: &pipeline::Prepared, input: Input) -> Result<Ranked, String> {
    match input {
        Input::File(path) => {
            let src = Source::read_limited(&path, MAX_FILE_BYTES).map_err(|e| e.to_string())?;
            rank::score(prep, path.display().to_string(), &src, None).map_err(|e| match e {
                Error::Diagnostics(d) => d
                    .first()
                    .map(|d| format!("{}:{}:{}: {}", d.file, d.line, d.column, d.message))
                    .unwrap_or_default(),
                other => other.to_string(),
            })
        }
        Input::Line { id, title, text } => {
            if text.trim().is_empty() {
                return Err(format!("{id} is empty"));
            }
            let src = Source::new(id.as_str(), text);
            rank::score(prep, id, &src, title.as_deref()).map_err(|e| e.to_string())
        }
    }
}

fn table(rows: &[&Ranked], cfg: &Config) -> String {
    let st = &cfg.out_style;
    let mut out = format!(
        "{:>4}  {:>5}  {:<48}  {}\n",
        "rank", "score", "posting", "missing required"
    );
    for r in rows {
        let title = match &r.company {
            Some(c) => format!("{} — {}", r.title, c),
            None => r.title.clone(),
        };
        let title: String = if title.chars().count() > 48 {
            title.chars().take(47).collect::<String>() + "…"
        } else {
            title
        };
        let missing = if r.missing_required.is_empty() {
            st.green("none")
        } else {
            let mut m: Vec<&str> = r
                .missing_required
                .iter()
                .take(4)
                .map(String::as_str)
                .collect();
            if r.missing_required.len() > 4 {
                m.push("…");
            }
            st.red(&m.join(", "))
        };
        out.push_str(&format!(
            "{:>4}  {:>5.1}  {:<48}  {}\n",
            r.rank, r.score, title, missing
        ));
        out.push_str(&format!("{:>13}{}\n", "", st.dim(&r.id)));
    }
    out
}

/// The taxonomy's warnings, then the prepared profile and its warnings.
type Loaded = (
    Vec<Diagnostic>,
    Result<(pipeline::Prepared, Vec<Diagnostic>), Error>,
);

fn load_profile(args: &RankArgs, g: &Global, cfg: &Config) -> Result<Loaded, Error> {
    let (base, tw) = load::taxonomy(g.taxonomy.as_deref())?;
    let prepared = load::profile(&args.profile)
        .and_then(|(profile, psrc)| pipeline::prepare(&base, profile, psrc, cfg.as_of));
    Ok((tw, prepared))
}

pub fn run(args: &RankArgs, g: &Global, cfg: &Config) -> Result<(), Error> {
    // Building the taxonomy and the profile's analysis and listing (or parsing) the postings
    // are independent: do them at the same time.
    let (loaded, (inputs, mut skipped)) = rayon::join(
        || load_profile(args, g, cfg),
        || {
            let mut skipped = Vec::new();
            (collect(args, &mut skipped), skipped)
        },
    );
    let (tw, prepared) = loaded?;
    super::warn(&tw, cfg);
    let (prep, w) = prepared?;
    super::warn(&w, cfg);
    let total = inputs.len();
    let progress = std::io::stderr().is_terminal() && total >= 2000;
    let done = AtomicUsize::new(0);
    let results: Vec<Result<Ranked, String>> = inputs
        .into_par_iter()
        .map(|input| {
            // A bug on one posting must not take the other 9,999 down: it is reported and skipped.
            let id = input_id(&input);
            let r =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| score_one(&prep, input)))
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
    for s in &skipped {
        eprintln!("{}: skipped {s}", cfg.err_style.yellow_bold("warning"));
    }
    rank::order(&mut rows);
    let shown: Vec<&Ranked> = rows
        .iter()
        .filter(|r| args.min_score.is_none_or(|m| r.score >= m))
        .take(args.top.unwrap_or(usize::MAX))
        .collect();
    let text = match args.format {
        RankFormat::Table => {
            let mut t = table(&shown, cfg);
            t.push_str(&cfg.out_style.dim(&format!(
                "{} posting(s) ranked, {} shown, {} skipped\n",
                total - skipped.len().min(total),
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
    let nothing_read = shown.is_empty() && total > 0 && skipped.len() >= total;
    // The process ends next: skip freeing every row and the taxonomy piece by piece.
    std::mem::forget(rows);
    std::mem::forget(prep);
    if nothing_read {
        output::emit(args.output.as_deref(), text.as_bytes())?;
        return Err(Error::Reported("no posting could be read".into()));
    }
    output::emit(args.output.as_deref(), text.as_bytes())
}
