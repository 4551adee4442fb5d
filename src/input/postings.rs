//! Reading many postings for `jobfit rank`: files, directories walked for posting files, and
//! JSON Lines files of `{"id": …, "title": …, "text": …}` objects.
//!
//! Owns listing, walking and parsing the inputs of a ranking and reading each posting's text.
//! It must not score or order postings (`rank` does) or print anything; what cannot be read
//! becomes a message for the command's "skipped" warnings.

use crate::error::Error;
use crate::input::read::MAX_FILE_BYTES;
use crate::source::Source;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// One posting to score: a file, or a line of a JSON Lines file.
#[derive(Debug)]
pub enum Posting {
    File(PathBuf),
    Line {
        id: String,
        title: Option<String>,
        text: String,
    },
}

/// A posting's text, ready to score.
#[derive(Debug)]
pub struct PostingText {
    /// The posting's name in messages and output: its path, `file:line` or its `id`.
    pub id: String,
    pub source: Source,
    /// The title given beside the text (JSON Lines), if any.
    pub title: Option<String>,
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
fn jsonl(path: &Path, text: &str, inputs: &mut Vec<Posting>, skipped: &mut Vec<String>) {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let parsed: Vec<Result<Posting, String>> = lines
        .par_iter()
        .map(|&(i, line)| {
            let at = || format!("{}:{}", path.display(), i + 1);
            match serde_json::from_str::<JsonlPosting>(line) {
                Ok(p) => Ok(Posting::Line {
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

/// The postings at `paths`: files as they are, directories searched (sorted, recursively) for
/// .yaml .yml .txt .md .markdown files, and `.jsonl` files read line by line. What cannot be
/// listed or parsed is returned as a message in the second list (skipped, not fatal).
pub fn postings(paths: &[PathBuf]) -> (Vec<Posting>, Vec<String>) {
    let mut skipped = Vec::new();
    let mut inputs = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, &mut skipped);
            inputs.extend(files.into_iter().map(Posting::File));
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
        {
            match Source::read(path) {
                Ok(src) => jsonl(path, &src.text, &mut inputs, &mut skipped),
                Err(e) => skipped.push(e.to_string()),
            }
        } else {
            inputs.push(Posting::File(path.clone()));
        }
    }
    (inputs, skipped)
}

impl Posting {
    /// A name for the posting in messages.
    pub fn id(&self) -> String {
        match self {
            Posting::File(p) => p.display().to_string(),
            Posting::Line { id, .. } => id.clone(),
        }
    }

    /// The posting's text: a file read within [`MAX_FILE_BYTES`], or a line's text (an empty
    /// one is an error). Errors are messages for the skipped list.
    pub fn read(self) -> Result<PostingText, String> {
        match self {
            Posting::File(path) => {
                let source =
                    Source::read_limited(&path, MAX_FILE_BYTES).map_err(|e| e.to_string())?;
                Ok(PostingText {
                    id: path.display().to_string(),
                    source,
                    title: None,
                })
            }
            Posting::Line { id, title, text } => {
                if text.trim().is_empty() {
                    return Err(format!("{id} is empty"));
                }
                let source = Source::new(id.as_str(), text);
                Ok(PostingText { id, source, title })
            }
        }
    }
}
