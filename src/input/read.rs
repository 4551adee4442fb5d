//! Reading a user's file into a `Source`, within limits.
//!
//! Owns the one way jobfit reads a file or standard input: refusing missing files, directories,
//! empty, binary (NUL bytes), oversized and non-UTF-8 files with a clear `Error`, and dropping a
//! byte-order mark. It adds `Source::read`, `read_limited` and `from_bytes` to the `Source`
//! value, so callers write `Source::read(path)`. It must not parse what it reads.

use crate::error::Error;
use crate::source::{line_col, Source};
use std::fs;
use std::io::Read;
use std::path::Path;

/// The largest input file we read. Profiles and postings are a few KB; a 64 MiB text is not a
/// resume, and refusing it early keeps memory bounded.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

impl Source {
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
        let (text, offset) = match text.strip_prefix('\u{feff}') {
            Some(rest) => (rest.to_string(), '\u{feff}'.len_utf8()),
            None => (text, 0),
        };
        Ok(Source {
            path: path.to_path_buf(),
            text: lone_cr_to_lf(text),
            offset,
            line_starts: Default::default(),
        })
    }
}

/// Old Mac line endings (a `\r` alone) become `\n`, so that every stage sees the lines; a
/// `\r\n` stays as it is. Byte for byte, so offsets into the text stay offsets into the file.
fn lone_cr_to_lf(text: String) -> String {
    let b = text.as_bytes();
    let lone = |i: usize| b.get(i + 1) != Some(&b'\n');
    if !memchr::memchr_iter(b'\r', b).any(lone) {
        return text;
    }
    let mut bytes = text.into_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    String::from_utf8(bytes).expect("one ASCII byte replaced by another")
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
        assert_eq!(s.offset, 3);
        assert_eq!(
            Source::from_bytes(Path::new("x"), "a".into(), 9)
                .unwrap()
                .offset,
            0
        );
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let s = Source::from_bytes(Path::new("x"), "a\rb\r\nc\r".into(), 100).unwrap();
        assert_eq!(s.text, "a\nb\r\nc\n");
        assert_eq!(s.line(2), Some("b"));
        assert_eq!(s.line(3), Some("c"));
    }
}
