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

/// A directory's identity (device, inode), to walk each directory once however many links
/// lead to it.
#[cfg(unix)]
fn dir_id(meta: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn dir_id(_: &std::fs::Metadata) -> (u64, u64) {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    (0, NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
}

/// Directories walked so far, and what was listed or skipped.
struct Walk {
    seen: std::collections::HashSet<(u64, u64)>,
    files: Vec<PathBuf>,
    skipped: Vec<String>,
}

impl Walk {
    /// Walk `dir` (whose metadata is `meta`) unless it was walked already: a symbolic link
    /// back to a parent (`l -> .`) or to a directory listed elsewhere is reported and skipped.
    fn dir(&mut self, dir: &Path, meta: &std::fs::Metadata) {
        if !self.seen.insert(dir_id(meta)) {
            self.skipped.push(format!(
                "{}: a link to a directory already read (a loop?); not read again",
                dir.display()
            ));
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                self.skipped.push(Error::io(dir, e).to_string());
                return;
            }
        };
        // The entry's type comes with the directory listing: no `stat` per file (only symlinks
        // are followed, to see what they point to).
        let mut paths: Vec<(PathBuf, Option<std::fs::FileType>)> = entries
            .filter_map(|e| {
                let e = e.ok()?;
                Some((e.path(), e.file_type().ok()))
            })
            .collect();
        paths.sort_by(|a, b| a.0.cmp(&b.0));
        for (p, kind) in paths {
            match kind {
                Some(t) if t.is_file() => {
                    if is_posting_file(&p) {
                        self.files.push(p);
                    }
                }
                Some(t) if t.is_dir() => match std::fs::metadata(&p) {
                    Ok(m) => self.dir(&p, &m),
                    Err(e) => self.skipped.push(Error::io(&p, e).to_string()),
                },
                _ => self.other(&p),
            }
        }
    }

    /// A symbolic link, a FIFO, a socket or a device: followed if it is (or leads to) a
    /// directory or a regular file; anything else named like a posting is reported, never
    /// opened (opening a FIFO waits for a writer forever).
    fn other(&mut self, p: &Path) {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => self.dir(p, &m),
            Ok(m) if m.is_file() => {
                if is_posting_file(p) {
                    self.files.push(p.to_path_buf());
                }
            }
            Ok(_) if is_posting_file(p) => self.skipped.push(not_regular(p)),
            Ok(_) => {}
            Err(e) if is_posting_file(p) => self.skipped.push(Error::io(p, e).to_string()),
            Err(_) => {}
        }
    }
}

fn not_regular(p: &Path) -> String {
    format!(
        "{}: not a regular file (a FIFO, socket or device); not read",
        p.display()
    )
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
    let mut walk = Walk {
        seen: Default::default(),
        files: Vec::new(),
        skipped: Vec::new(),
    };
    for path in paths {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                skipped.push(Error::io(path, e).to_string());
                continue;
            }
        };
        if meta.is_dir() {
            walk.dir(path, &meta);
            inputs.extend(walk.files.drain(..).map(Posting::File));
            skipped.append(&mut walk.skipped);
        } else if !meta.is_file() {
            skipped.push(not_regular(path));
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
                    source: source.blank_controls(),
                    title: None,
                })
            }
            Posting::Line { id, title, text } => {
                if text.trim().is_empty() {
                    return Err(format!("{id} is empty"));
                }
                let source = Source::new(id.as_str(), text).blank_controls();
                Ok(PostingText { id, source, title })
            }
        }
    }
}
