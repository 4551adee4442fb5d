//! A user's file held in memory, with line/column lookup for diagnostics.
//!
//! Owns the value every stage passes around (`Source { path, text }`) and mapping byte offsets
//! to 1-based line and column. It must not read files (that is `input::read`, which also adds
//! `Source::read` to this type), parse YAML or know about profiles: it stands on nothing else
//! in the crate.

use std::path::PathBuf;

/// A file's name (as the user typed it) and its text.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
    /// Bytes of the file before `text` (3 for a dropped byte-order mark): add it to an offset
    /// into `text` to get an offset into the file.
    pub offset: usize,
    /// Where each line starts, found at the first `line` lookup (10,000 diagnostics each
    /// looking their line up from the top made `check` quadratic).
    pub line_starts: std::sync::OnceLock<Vec<usize>>,
}

impl Source {
    /// In-memory source, for tests and stdin.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        Source {
            path: path.into(),
            text: text.into(),
            offset: 0,
            line_starts: Default::default(),
        }
    }

    /// A pasted posting's text with its stray control characters made plain: a vertical tab
    /// (Word's line break) or a form feed (a page break in text copied from a PDF) becomes a line
    /// break, any other C0 control or DEL (a lost bullet, often `\x1a`) a space. Tab, line feed
    /// and carriage return stay. Byte for byte, so offsets into the text stay offsets into the
    /// file. For postings only: in a YAML file a control character is the parser's to report.
    pub fn blank_controls(mut self) -> Self {
        let stray = |b: u8| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f;
        if !self.text.bytes().any(stray) {
            return self;
        }
        let mut bytes = std::mem::take(&mut self.text).into_bytes();
        for b in bytes.iter_mut().filter(|b| stray(**b)) {
            *b = if matches!(*b, 0x0b | 0x0c) {
                b'\n'
            } else {
                b' '
            };
        }
        self.text = String::from_utf8(bytes).expect("ASCII bytes replaced by ASCII bytes");
        self.line_starts = Default::default();
        self
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
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1))
                .collect()
        });
        let start = *starts.get(line.checked_sub(1)?)?;
        let end = starts.get(line).map_or(self.text.len(), |&e| e - 1);
        let l = &self.text[start..end];
        Some(l.strip_suffix('\r').unwrap_or(l))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_controls_keeps_offsets_and_lines() {
        let s = Source::new(
            "p.txt",
            "Qualifications \x1a Go\x1aRust\x0cRequirements\x0bKafka\t\r\n\x7f",
        );
        let n = s.text.len();
        let s = s.blank_controls();
        assert_eq!(
            s.text,
            "Qualifications   Go Rust\nRequirements\nKafka\t\r\n "
        );
        assert_eq!(s.text.len(), n);
        let plain = Source::new("p.txt", "Go, Rust\n").blank_controls();
        assert_eq!(plain.text, "Go, Rust\n");
    }

    #[test]
    fn line_col_counts_characters() {
        let t = "a: 1\nnäme: Łódź\n";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 5), (2, 1));
        let idx = t.find("Łódź").unwrap();
        assert_eq!(line_col(t, idx), (2, 7));
    }

    #[test]
    fn lines_without_their_breaks() {
        let s = Source::new("x", "a\r\nb\n");
        assert_eq!(s.line(1), Some("a"));
        assert_eq!(s.line(2), Some("b"));
        assert_eq!(s.line(0), None);
    }
}
