//! A user's file held in memory, with line/column lookup for diagnostics.
//!
//! Owns reading bytes into text safely (missing, directory, empty, binary, huge, not UTF-8)
//! and mapping byte offsets to 1-based line and column. It must not parse YAML or know
//! about profiles.

use crate::error::Error;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest input file we read. Profiles and postings are a few KB; a 64 MiB text is not a
/// resume, and refusing it early keeps memory bounded.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A file's name (as the user typed it) and its text.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

impl Source {
    /// In-memory source, for tests and stdin.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        Source {
            path: path.into(),
            text: text.into(),
        }
    }

    /// Read a file, refusing directories, empty, binary, non-UTF-8 and oversized files with a
    /// clear error. `-` reads standard input.
    pub fn read(path: &Path) -> Result<Source, Error> {
        Self::read_limited(path, MAX_FILE_BYTES)
    }

    pub fn read_limited(path: &Path, limit: u64) -> Result<Source, Error> {
        let bytes = if path == Path::new("-") {
            let mut buf = Vec::new();
            std::io::stdin()
                .take(limit + 1)
                .read_to_end(&mut buf)
                .map_err(|e| Error::io(path, e))?;
            buf
        } else {
            // Open, then ask the open file: one path lookup per file (rank reads thousands).
            let file = fs::File::open(path).map_err(|e| Error::io(path, e))?;
            let meta = file.metadata().map_err(|e| Error::io(path, e))?;
            if meta.is_dir() {
                return Err(Error::file(path, "is a directory, expected a file"));
            }
            if meta.len() > limit {
                return Err(Error::file(
                    path,
                    format!(
                        "is too large ({}), the limit is {}",
                        human_bytes(meta.len()),
                        human_bytes(limit)
                    ),
                ));
            }
            let mut buf = Vec::with_capacity(meta.len() as usize + 1);
            file.take(limit + 1)
                .read_to_end(&mut buf)
                .map_err(|e| Error::io(path, e))?;
            buf
        };
        Self::from_bytes(path, bytes, limit)
    }

    /// Validate raw bytes as a text file.
    pub fn from_bytes(path: &Path, bytes: Vec<u8>, limit: u64) -> Result<Source, Error> {
        if bytes.len() as u64 > limit {
            return Err(Error::file(
                path,
                format!("is too large, the limit is {}", human_bytes(limit)),
            ));
        }
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(Error::file(path, "is empty"));
        }
        if bytes.contains(&0) {
            return Err(Error::file(
                path,
                "looks like a binary file (it contains NUL bytes), expected UTF-8 text",
            ));
        }
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(e.as_bytes());
                let (line, col) = line_col(&text, at);
                return Err(Error::file(
                    path,
                    format!("is not valid UTF-8 (first bad byte at line {line}, column {col}); save it as UTF-8"),
                ));
            }
        };
        let text = text
            .strip_prefix('\u{feff}')
            .map(str::to_string)
            .unwrap_or(text);
        Ok(Source {
            path: path.to_path_buf(),
            text,
        })
    }

    /// The file name as shown in messages.
    pub fn name(&self) -> String {
        self.path.display().to_string()
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(&self.text, offset)
    }

    /// The text of a 1-based line, without its line break.
    pub fn line(&self, line: usize) -> Option<&str> {
        self.text
            .split('\n')
            .nth(line.checked_sub(1)?)
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
    }
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    (line, col)
}

/// `1.2 MiB`, `640 B`.
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KiB", "MiB", "GiB"];
    let mut v = n as f64;
    let mut i = 0;
    while v >= 1024.0 && i + 1 < UNITS.len() {
        v /= 1024.0;
        i += 1;
    }
    if i == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let t = "a: 1\nnäme: Łódź\n";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 5), (2, 1));
        let idx = t.find("Łódź").unwrap();
        assert_eq!(line_col(t, idx), (2, 7));
    }

    #[test]
    fn rejects_empty_binary_and_bad_utf8() {
        let p = Path::new("x.yaml");
        let err = |b: &[u8]| {
            Source::from_bytes(p, b.to_vec(), 100)
                .unwrap_err()
                .to_string()
        };
        assert_eq!(err(b""), "x.yaml is empty");
        assert_eq!(err(b"  \n\t\n"), "x.yaml is empty");
        assert!(err(b"\x89PNG\0\0").contains("binary"));
        assert!(err(b"name: \xff\xfe").contains("not valid UTF-8"));
        assert!(err(&[b'a'; 101]).contains("too large"));
    }

    #[test]
    fn strips_bom_and_reads_lines() {
        let s = Source::from_bytes(Path::new("x"), "\u{feff}a\r\nb\n".into(), 100).unwrap();
        assert_eq!(s.line(1), Some("a"));
        assert_eq!(s.line(2), Some("b"));
        assert_eq!(s.line(9), None);
    }
}
