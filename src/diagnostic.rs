//! A problem at a place in a user's file, and how it is shown.
//!
//! ```text
//! error: unknown field `ned`, expected one of `title`, `company`, …
//!   --> profiles/juan.yaml:12:5
//!    |
//! 12 |     ned: 2024-05
//!    |     ^^^
//!    = help: did you mean `end`?
//! ```
//! Owns the shape of a diagnostic and its rendering; it must not decide what is wrong.

use crate::source::Source;
use crate::style::Style;
use crate::terminal::escape;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub file: String,
    /// 1-based; 0 when the problem has no single place.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// How many characters to underline.
    pub width: usize,
    /// The offending line, verbatim.
    pub snippet: Option<String>,
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic at a 1-based line and column of `source`; the underline covers the token there.
    pub fn at(
        severity: Severity,
        source: &Source,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Diagnostic {
        let snippet = source.line(line).map(str::to_string);
        let width = snippet
            .as_deref()
            .map(|l| token_width(l, column))
            .unwrap_or(1);
        Diagnostic {
            severity,
            message: message.into(),
            file: source.name(),
            line,
            column,
            width,
            snippet,
            help: None,
        }
    }

    /// A diagnostic at a byte offset of `source`.
    pub fn at_offset(
        severity: Severity,
        source: &Source,
        offset: usize,
        message: impl Into<String>,
    ) -> Diagnostic {
        let (line, col) = source.line_col(offset);
        Diagnostic::at(severity, source, line, col, message)
    }

    /// A diagnostic about `source` as a whole: no line, no snippet.
    pub fn in_file(severity: Severity, source: &Source, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity,
            message: message.into(),
            file: source.name(),
            line: 0,
            column: 0,
            width: 1,
            snippet: None,
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn with_width(mut self, width: usize) -> Diagnostic {
        self.width = width.max(1);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Render for a terminal.
    pub fn render(&self, style: &Style) -> String {
        let (label, paint): (&str, fn(&Style, &str) -> String) = match self.severity {
            Severity::Error => ("error", Style::red_bold),
            Severity::Warning => ("warning", Style::yellow_bold),
        };
        // User text (a value quoted in a message, a file name, the line) may hold control
        // characters: shown escaped, never raw.
        let file = escape(&self.file);
        let mut out = format!(
            "{}: {}\n",
            paint(style, label),
            style.bold(&escape(&self.message))
        );
        if self.line == 0 {
            out.push_str(&format!("  {} {}\n", style.blue("-->"), file));
        } else {
            let num = self.line.to_string();
            let pad = " ".repeat(num.len());
            out.push_str(&format!(
                "{pad}{} {}:{}:{}\n",
                style.blue("-->"),
                file,
                self.line,
                self.column
            ));
            if let Some(snippet) = &self.snippet {
                let raw: String = snippet.chars().take(200).collect();
                let shown = escape(&raw);
                out.push_str(&format!("{pad} {}\n", style.blue("|")));
                out.push_str(&format!(
                    "{} {} {}\n",
                    style.blue(&num),
                    style.blue("|"),
                    shown
                ));
                let before: String = raw.chars().take(self.column.saturating_sub(1)).collect();
                let indent: String = escape(&before)
                    .chars()
                    .map(|c| match c {
                        '\t' => "\t",
                        c if is_wide(c) => "  ",
                        _ => " ",
                    })
                    .collect();
                let token: String = raw
                    .chars()
                    .skip(self.column.saturating_sub(1))
                    .take(self.width)
                    .collect();
                let width = escape(&token)
                    .chars()
                    .map(|c| if is_wide(c) { 2 } else { 1 })
                    .sum::<usize>()
                    + self.width.saturating_sub(token.chars().count());
                let carets = "^".repeat(width.clamp(1, 120));
                out.push_str(&format!(
                    "{pad} {} {indent}{}\n",
                    style.blue("|"),
                    paint(style, &carets)
                ));
            }
        }
        if let Some(help) = &self.help {
            let pad = " ".repeat(self.line.max(1).to_string().len());
            out.push_str(&format!(
                "{pad} {} {}\n",
                style.blue("="),
                style.bold(&format!("help: {}", escape(help)))
            ));
        }
        out
    }
}

/// Whether a terminal shows `c` two columns wide (East Asian wide and fullwidth characters,
/// emoji), so that the carets under a line stay under their characters.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x1F680..=0x1F6FF
        | 0x1F900..=0x1F9FF | 0x20000..=0x3FFFD)
}

/// Width of the token starting at 1-based `column`: up to the next space, or to `:` for a key.
fn token_width(line: &str, column: usize) -> usize {
    let rest: String = line.chars().skip(column.saturating_sub(1)).collect();
    let rest = rest.trim_end();
    if rest.is_empty() {
        return 1;
    }
    if let Some(key_end) = rest
        .find(": ")
        .or_else(|| rest.strip_suffix(':').map(|r| r.len()))
    {
        if !rest.starts_with('"') && !rest.starts_with('\'') {
            return rest[..key_end].chars().count().max(1);
        }
    }
    rest.chars().count().max(1)
}

/// Render many diagnostics in the order given, each followed by a blank line (the caller adds
/// any count line).
pub fn render_all(diags: &[Diagnostic], style: &Style) -> String {
    let mut out = String::new();
    for d in diags {
        out.push_str(&d.render(style));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_snippet_with_caret_under_key() {
        let src = Source::new("p.yaml", "name: Juan\nexperience:\n  - ned: 2024-05\n");
        let d = Diagnostic::at(Severity::Error, &src, 3, 5, "unknown field `ned`")
            .with_help("did you mean `end`?");
        let out = d.render(&Style::plain());
        assert_eq!(
            out,
            "error: unknown field `ned`\n --> p.yaml:3:5\n  |\n3 |   - ned: 2024-05\n  |     ^^^\n  = help: did you mean `end`?\n"
        );
    }

    #[test]
    fn control_characters_in_user_text_are_escaped() {
        let src = Source::new("p\x1b.yaml", "name: \x1b]0;x\x07Juan\n");
        let d = Diagnostic::at(Severity::Error, &src, 1, 7, "bad `\x1b[2J`").with_help("\r");
        let out = d.render(&Style::plain());
        assert!(
            !out.contains('\x1b') && !out.contains('\r') && !out.contains('\x07'),
            "{out}"
        );
        assert_eq!(
            out,
            "error: bad `\\u{1b}[2J`\n --> p\\u{1b}.yaml:1:7\n  |\n1 | name: \\u{1b}]0;x\\u{7}Juan\n  |       ^^^^^^^^^^^^^^^^^^^\n  = help: \\u{d}\n"
        );
    }

    #[test]
    fn carets_stay_under_wide_characters() {
        let src = Source::new("p.yaml", "name: 王小明 🚀 x\n");
        let d = Diagnostic::at(Severity::Warning, &src, 1, 11, "w").with_width(1);
        let out = d.render(&Style::plain());
        assert!(out.contains("\n  |              ^^\n"), "{out}");
        let d = Diagnostic::at(Severity::Warning, &src, 1, 7, "w").with_width(3);
        assert!(d.render(&Style::plain()).contains("\n  |       ^^^^^^\n"));
    }

    #[test]
    fn token_width_stops_at_key_colon_or_end() {
        assert_eq!(token_width("  start: 2022-13", 10), 7);
        assert_eq!(token_width("  start: 2022-13", 3), 5);
        assert_eq!(token_width("skills:", 1), 6);
        assert_eq!(token_width("", 1), 1);
    }
}
