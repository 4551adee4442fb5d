//! What user text may reach a terminal: control characters shown escaped, never raw.
//!
//! A profile, a posting or a JSON Lines id can hold escape sequences (`ESC ]` that sets the
//! window title or a hyperlink, `ESC [2J` that clears the screen, a carriage return that
//! overwrites a line) and bidirectional overrides that reorder what is shown. Owns turning
//! those into visible text (`\u{1b}`), for terminal outputs: the text report, the rank table,
//! summaries, warnings and errors. It must not touch file formats that escape their own way
//! (JSON, HTML, Markdown) and knows nothing about where the text came from.

use std::borrow::Cow;
use std::fmt::Write;

/// Must `c` be escaped? C0 controls but newline and tab, DEL, C1 controls, and the Unicode
/// bidirectional embeddings, overrides and isolates.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every unsafe character written as `\u{…}`.
pub fn escape(s: &str) -> Cow<'_, str> {
    escape_output(s, false)
}

/// [`escape`] for a whole output that may hold this program's own colours: with `keep_colors`,
/// a colour sequence (`ESC [` digits and `;` `m`, what `Style` writes) stays as it is; any
/// other escape sequence is escaped. (A profile's own colour sequence passes too when colours
/// are on: it can change a colour, not move the cursor, set a title or a link.)
pub fn escape_output(s: &str, keep_colors: bool) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if keep_colors && c == '\x1b' {
            if let Some(n) = color_len(rest) {
                out.push_str(&rest[..n]);
                rest = &rest[n..];
                continue;
            }
        }
        if is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// The length of a colour sequence `ESC [ [0-9;]* m` at the start of `s`, if one is there.
fn color_len(s: &str) -> Option<usize> {
    let body = s.strip_prefix("\x1b[")?;
    let n = body
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    (body.as_bytes().get(n) == Some(&b'm')).then_some(2 + n + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_but_newlines_and_tabs() {
        assert_eq!(escape("Juan\tP\u{e9}rez\n"), "Juan\tP\u{e9}rez\n");
        assert_eq!(escape("a\x1b]0;pwned\x07b"), "a\\u{1b}]0;pwned\\u{7}b");
        assert_eq!(escape("x\ry\u{9b}z\u{202e}"), "x\\u{d}y\\u{9b}z\\u{202e}");
    }

    #[test]
    fn keeps_own_colours_only_when_asked() {
        let s = "\x1b[1;31merror\x1b[0m \x1b[2J";
        assert_eq!(escape_output(s, true), "\x1b[1;31merror\x1b[0m \\u{1b}[2J");
        assert_eq!(
            escape_output(s, false),
            "\\u{1b}[1;31merror\\u{1b}[0m \\u{1b}[2J"
        );
    }
}
