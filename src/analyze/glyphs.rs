//! Text the PDF cannot show: characters no face of its fonts has a glyph for (left out of
//! resume.pdf, kept in resume.html), as a warning at the first place in each field.
//!
//! Owns these warnings and their wording. What the fonts can draw is the renderer's knowledge,
//! handed in as a [`PdfText`] (analyze does not reach the renderers); it must not change values.

use super::values::{each_string, segs};
use crate::diagnostic::{Diagnostic, Severity};
use crate::locate::{self, Seg};
use crate::source::Source;
use serde::Serialize;

/// What the PDF renderer can draw (from `render::glyphs`).
#[derive(Clone, Copy)]
pub struct PdfText {
    /// The distinct characters of a text its fonts have no glyph for, in order.
    pub missing: fn(&str) -> Vec<char>,
}

/// How many characters a warning names before `and N more`.
const LISTED: usize = 8;

/// A warning for every string value of `doc` (a profile, as serialized) with characters the PDF
/// cannot draw.
pub fn check_glyphs<T: Serialize>(doc: &T, source: &Source, pdf: PdfText) -> Vec<Diagnostic> {
    let Ok(v) = serde_json::to_value(doc) else {
        return Vec::new();
    };
    let mut diags = Vec::new();
    each_string(&v, &mut |path, s| {
        if s.is_ascii() {
            return;
        }
        let missing = (pdf.missing)(s);
        if let Some(&first) = missing.first() {
            let (one, them) = if missing.len() == 1 {
                ("it", "it")
            } else {
                ("they", "them")
            };
            let msg = format!(
                "the PDF fonts have no glyph for {}: {one} will be left out of resume.pdf \
                 (resume.html shows {them})",
                list_chars(&missing, LISTED)
            );
            let d = at_char(source, &segs(path), first, |c| missing.contains(&c), msg);
            diags.push(d.with_help(
                "the PDF fonts (Lato, DejaVu Sans, Noto Sans CJK SC, Noto Sans Devanagari) draw Latin, \
                 Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic, Devanagari and common \
                 Chinese, Japanese and Korean characters; colour emoji and other scripts are not \
                 carried",
            ));
        }
    });
    // The walk goes by key name; the file, top to bottom.
    diags.sort_by_key(|d| (d.line, d.column));
    diags
}

/// A warning at the first `first` at or after the place of `path`, underlining the run of
/// chars that `hit`; at the place itself when the file spells the char otherwise (an escape).
fn at_char(
    source: &Source,
    path: &[Seg],
    first: char,
    hit: impl Fn(char) -> bool,
    msg: String,
) -> Diagnostic {
    let d = locate::diagnostic_at(source, path, None, Severity::Warning, msg);
    let line_start: usize = source
        .text
        .split_inclusive('\n')
        .take(d.line.saturating_sub(1))
        .map(str::len)
        .sum();
    let Some(off) = source.text.get(line_start..).and_then(|t| t.find(first)) else {
        return d;
    };
    let width = source.text[line_start + off..]
        .chars()
        .take_while(|&c| hit(c))
        .count();
    let mut at = Diagnostic::at_offset(Severity::Warning, source, line_start + off, d.message);
    at.help = d.help;
    at.with_width(width)
}

/// `王 (U+738B), 小 (U+5C0F)`: at most `max` chars, then `and N more`.
fn list_chars(chars: &[char], max: usize) -> String {
    let shown: Vec<String> = chars
        .iter()
        .take(max)
        .map(|c| format!("{c} (U+{:04X})", *c as u32))
        .collect();
    let mut s = shown.join(", ");
    if chars.len() > max {
        s.push_str(&format!(" and {} more", chars.len() - max));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn missing_cjk(s: &str) -> Vec<char> {
        let mut out: Vec<char> = Vec::new();
        for c in s.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }

    const PDF: PdfText = PdfText {
        missing: missing_cjk,
    };

    #[test]
    fn names_the_chars_at_their_first_place_per_field() {
        let src = Source::new(
            "p.yaml",
            "name: 王小明 (Wang)\nheadline: Engineer\nsummary: |\n  Go and Rust.\n  北京 and 北京\n",
        );
        let doc = serde_json::json!({"name": "王小明 (Wang)", "headline": "Engineer",
            "summary": "Go and Rust.\n北京 and 北京\n"});
        let d = check_glyphs(&doc, &src, PDF);
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!((d[0].line, d[0].column, d[0].width), (1, 7, 3));
        assert_eq!(
            d[0].message,
            "the PDF fonts have no glyph for 王 (U+738B), 小 (U+5C0F), 明 (U+660E): they will be \
             left out of resume.pdf (resume.html shows them)"
        );
        assert_eq!((d[1].line, d[1].column, d[1].width), (5, 3, 2));
    }

    #[test]
    fn one_char_is_it_and_right_to_left_text_is_no_warning() {
        let src = Source::new("p.yaml", "highlights:\n  - 一 and שלום\n");
        let doc = serde_json::json!({"highlights": [{"text": "一 and שלום"}]});
        let d = check_glyphs(&doc, &src, PDF);
        assert_eq!(d.len(), 1);
        assert!(
            d[0].message.contains("(U+4E00): it will be left out"),
            "{}",
            d[0].message
        );
        assert!(d[0].message.ends_with("(resume.html shows it)"));
    }

    #[test]
    fn lists_are_capped() {
        let chars: Vec<char> = "王小明一二三四五六七八".chars().collect();
        assert_eq!(list_chars(&chars[..1], 8), "王 (U+738B)");
        assert_eq!(
            list_chars(&chars, 8),
            "王 (U+738B), 小 (U+5C0F), 明 (U+660E), 一 (U+4E00), 二 (U+4E8C), 三 (U+4E09), \
             四 (U+56DB), 五 (U+4E94) and 3 more"
        );
    }
}
