//! YAML in, typed data out, with errors that point at the line.
//!
//! Owns turning a `Source` into a serde type (through `serde_yaml`, i.e. `yaml_serde`) and turning
//! its errors into `Diagnostic`s with a hint; and locating a field path such as
//! `experience[0].highlights[2]` in the text, for problems found after parsing. It must not know
//! what a profile or a job means.

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Source;
use serde::de::DeserializeOwned;

/// One step of a path into a YAML document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// `experience[0].highlights[2]`.
pub fn path_string(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Seg::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

/// Parse a YAML source into `T`, or one diagnostic saying where and why it failed.
pub fn parse<T: DeserializeOwned>(source: &Source) -> Result<T, Box<Diagnostic>> {
    serde_yaml::from_str(&source.text).map_err(|e| Box::new(to_diagnostic(source, &e)))
}

fn to_diagnostic(source: &Source, e: &serde_yaml::Error) -> Diagnostic {
    let full = e.to_string();
    // Drop the " at line N column M" that yaml_serde appends; we show the place ourselves.
    let mut msg = match full.find(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full.clone(),
    };
    // Syntax errors carry a context ("while parsing a block mapping"); keep the first clause.
    if let Some(i) = msg.find(", while ") {
        msg.truncate(i);
    }
    // `experience[0].end: invalid date …` → the path becomes part of the help.
    let mut path = None;
    if let Some((p, rest)) = msg.split_once(": ") {
        if !p.contains(' ') && !p.is_empty() && !p.contains('`') {
            path = Some(p.to_string());
            msg = rest.to_string();
        }
    }
    if msg == "EOF while parsing a value" || msg.starts_with("invalid type: unit value") {
        msg = "the document is empty (only comments or blank lines)".to_string();
    }
    let (line, col) = match e.location() {
        Some(loc) => (loc.line(), loc.column()),
        None => (0, 0),
    };
    let mut d = if line == 0 {
        Diagnostic {
            severity: Severity::Error,
            message: msg.clone(),
            file: source.name(),
            line: 0,
            column: 0,
            width: 1,
            snippet: None,
            help: None,
        }
    } else {
        Diagnostic::at(Severity::Error, source, line, col, msg.clone())
    };
    if let Some(better) = refine(source, &msg, line) {
        return better;
    }
    if let Some(help) = hint(&msg, path.as_deref()) {
        d = d.with_help(help);
    } else if let Some(p) = path {
        d = d.with_help(format!("in `{p}`"));
    }
    d
}

/// Syntax errors whose real cause is elsewhere than where the parser noticed it.
fn refine(source: &Source, msg: &str, line: usize) -> Option<Diagnostic> {
    if msg.contains("unexpected end of stream") || msg.contains("while scanning a quoted scalar") {
        // Point at the quote that was opened and never closed.
        for (i, l) in source.text.lines().enumerate() {
            let t = l.trim_start();
            let Some(colon) = t
                .find(": ")
                .map(|c| c + 2)
                .or_else(|| t.strip_prefix("- ").map(|_| 2))
            else {
                continue;
            };
            let v = &t[colon..];
            for q in ['"', '\''] {
                if v.starts_with(q) && !v[1..].contains(q) {
                    let col = l.len() - t.len() + colon + 1;
                    return Some(
                        Diagnostic::at(
                            Severity::Error,
                            source,
                            i + 1,
                            col,
                            "this quote is never closed",
                        )
                        .with_width(1)
                        .with_help(format!("add the closing {q} at the end of the value")),
                    );
                }
            }
        }
    }
    if msg.contains("mapping values are not allowed") && line > 1 {
        let this = source.line(line)?;
        let indent = this.len() - this.trim_start().len();
        let above = (1..line)
            .rev()
            .filter_map(|n| source.line(n))
            .find(|l| !l.trim().is_empty())?;
        let above_t = above.trim_start().trim_start_matches("- ");
        let above_key_col = above.len() - above_t.len();
        if indent > above_key_col && above_t.contains(": ") {
            let key = this.trim_start().split(':').next().unwrap_or("");
            let above_key = above_t.split(':').next().unwrap_or("");
            return Some(
                Diagnostic::at(Severity::Error, source, line, indent + 1, format!("`{key}` is indented more than `{above_key}` above it"))
                    .with_help(format!("line `{key}` up with `{above_key}` ({above_key_col} spaces), or nest it under a key that ends with `:`")),
            );
        }
    }
    None
}

/// A fix for common serde/YAML messages.
fn hint(msg: &str, path: Option<&str>) -> Option<String> {
    let at = path.map(|p| format!(" (in `{p}`)")).unwrap_or_default();
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`')?;
        let options: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        if let Some(best) = closest(field, &options) {
            return Some(format!("did you mean `{best}`?{at}"));
        }
        return Some(format!(
            "remove `{field}` or use one of the fields listed{at}"
        ));
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        let (value, expected) = rest.split_once('`')?;
        let options: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        if let Some(best) = closest(value, &options) {
            return Some(format!("did you mean `{best}`?{at}"));
        }
        return Some(format!("use one of: {}{at}", options.join(", ")));
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let field = rest.split('`').next()?;
        return Some(format!("add `{field}: …` to this entry{at}"));
    }
    if msg.starts_with("invalid type") && msg.ends_with("expected a sequence") {
        return Some(format!(
            "this is a list: put each item on its own line, starting with `- `{at}"
        ));
    }
    if msg.starts_with("invalid type") && msg.contains("expected struct") {
        return Some(format!(
            "this is a map of fields: write `field: value` lines indented under it{at}"
        ));
    }
    if msg.starts_with("invalid type") && msg.contains("expected a string") {
        return Some(format!("quote the value to make it text{at}"));
    }
    if msg.starts_with("invalid date") {
        return Some(format!("dates look like `2022-03` or `present`{at}"));
    }
    if msg.starts_with("duplicate field") {
        return Some(format!("keep one of the two{at}"));
    }
    if msg.contains("mapping values are not allowed") {
        return Some("a value contains `: `; put the whole value in quotes".to_string());
    }
    if msg.contains("did not find expected key") || msg.contains("did not find expected '-'") {
        return Some("check the indentation of this line against the lines above it".to_string());
    }
    if msg.contains("found character that cannot start any token") {
        return Some(
            "YAML indents with spaces, not tabs; or quote a value starting with `@` or a backtick"
                .to_string(),
        );
    }
    if msg.contains("found unexpected end of stream")
        || msg.contains("while scanning a quoted scalar")
    {
        return Some("a quote is not closed".to_string());
    }
    if msg.contains("more than one document") {
        return Some("remove the `---` separator: one file holds one document".to_string());
    }
    if msg.contains("recursion limit") || msg.contains("repetition limit") {
        return Some(
            "the file nests or repeats aliases too deeply; write it out plainly".to_string(),
        );
    }
    if msg.starts_with("the document is empty") {
        return Some("see the README for a complete example".to_string());
    }
    None
}

/// The closest option by edit distance, if close enough to be a typo.
pub fn closest<'a>(word: &str, options: &[&'a str]) -> Option<&'a str> {
    options
        .iter()
        .map(|o| {
            (
                strsim::damerau_levenshtein(&word.to_lowercase(), &o.to_lowercase()),
                *o,
            )
        })
        .filter(|(d, o)| *d <= 2.max(o.len() / 3) && *d < o.len())
        .min_by_key(|(d, o)| (*d, *o))
        .map(|(_, o)| o)
}

/// A line of the document, seen structurally.
struct Line<'t> {
    /// 1-based line number.
    no: usize,
    /// Column (0-based, in bytes) where the line's first non-space character is.
    indent: usize,
    /// Column (0-based) where the content starts after any `- ` sequence markers.
    key_indent: usize,
    /// Columns of the `- ` markers on this line.
    dashes: Vec<usize>,
    /// Content after the markers.
    content: &'t str,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let trimmed = raw.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed == "---" {
            continue;
        }
        let indent = raw.len() - trimmed.len();
        let mut dashes = Vec::new();
        let mut pos = indent;
        let mut rest = trimmed;
        while rest == "-" || rest.starts_with("- ") {
            dashes.push(pos);
            let after = rest[1..].trim_start();
            pos += rest.len() - after.len();
            rest = after;
        }
        out.push(Line {
            no: i + 1,
            indent,
            key_indent: pos,
            dashes,
            content: rest,
        });
    }
    out
}

/// The key of a `key: value` content, unquoted.
fn key_of(content: &str) -> Option<&str> {
    let end = content
        .find(": ")
        .or_else(|| content.strip_suffix(':').map(str::len))?;
    let k = content[..end].trim();
    Some(k.trim_matches(|c| c == '"' || c == '\''))
}

/// Find the 1-based line and column of a path, looking at block-style YAML structure; the column
/// points at the value when it is on the same line, else at the key. Flow lists (`[a, b]`) are
/// handled for a final index.
pub fn locate(text: &str, path: &[Seg]) -> Option<(usize, usize)> {
    let ls = lines(text);
    let (mut lo, mut hi) = (0usize, ls.len());
    // Where the current node starts: (line idx, column of its content).
    let mut at: Option<(usize, usize)> = None;
    // Inline value of the current node, if any: (line idx, column, text).
    let mut inline: Option<(usize, usize, &str)> = None;
    for seg in path {
        if let Some((li, col, val)) = inline {
            // Only a final index into a flow list can go further.
            if let Seg::Index(n) = seg {
                let inner = val.trim().strip_prefix('[')?.strip_suffix(']')?;
                let base = col + val.find('[')? + 1;
                let mut offset = 0;
                for (i, part) in inner.split(',').enumerate() {
                    if i == *n {
                        let lead = part.len() - part.trim_start().len();
                        return Some((ls[li].no, base + offset + lead + 1));
                    }
                    offset += part.len() + 1;
                }
            }
            return None;
        }
        match seg {
            Seg::Key(k) => {
                let first = ls.get(lo)?;
                let level = first.key_indent;
                let mut found = None;
                for (i, l) in ls.iter().enumerate().take(hi).skip(lo) {
                    if l.key_indent == level && key_of(l.content) == Some(k) {
                        found = Some(i);
                        break;
                    }
                }
                let i = found?;
                let l = &ls[i];
                let after = &l.content[k.len()..];
                let vstart = after.find(':').map(|p| p + 1)?;
                let value = after[vstart..].trim_start();
                let vcol = l.key_indent + k.len() + vstart + (after[vstart..].len() - value.len());
                // Quoted keys shift the column; good enough for unquoted keys, which is the norm.
                at = Some((i, l.key_indent));
                let value = value.split(" #").next().unwrap_or(value).trim_end();
                if !value.is_empty() && !value.starts_with('|') && !value.starts_with('>') {
                    inline = Some((i, vcol, value));
                }
                // Children: following lines indented deeper, or `- ` items at the same indent.
                let mut end = i + 1;
                while end < hi {
                    let n = &ls[end];
                    let deeper = n.indent > l.key_indent;
                    let same_level_list = n.indent == l.key_indent && !n.dashes.is_empty();
                    if !(deeper || same_level_list) {
                        break;
                    }
                    end += 1;
                }
                lo = i + 1;
                hi = end;
            }
            Seg::Index(n) => {
                let first = ls.get(lo)?;
                let dash_col = *first.dashes.first()?;
                let mut count = 0;
                let mut found = None;
                for (i, l) in ls.iter().enumerate().take(hi).skip(lo) {
                    if l.dashes.first() == Some(&dash_col) && l.indent == dash_col {
                        if count == *n {
                            found = Some(i);
                            break;
                        }
                        count += 1;
                    }
                }
                let i = found?;
                let l = &ls[i];
                at = Some((i, l.key_indent));
                let mut end = i + 1;
                while end < hi && ls[end].indent > dash_col {
                    end += 1;
                }
                if key_of(l.content).is_none() && !l.content.is_empty() {
                    inline = Some((i, l.key_indent, l.content));
                }
                lo = i;
                hi = end;
                // The item's own line holds its first key: search from it, with its key indent.
                if l.content.is_empty() {
                    lo = i + 1;
                }
            }
        }
    }
    if let Some((li, col, _)) = inline {
        return Some((ls[li].no, col + 1));
    }
    at.map(|(li, col)| (ls[li].no, col + 1))
}

/// A diagnostic at a path; falls back to the first occurrence of `value`, then to the file alone.
pub fn diagnostic_at(
    source: &Source,
    path: &[Seg],
    value: Option<&str>,
    severity: Severity,
    message: impl Into<String>,
) -> Diagnostic {
    let message = message.into();
    if let Some((line, col)) = locate(&source.text, path) {
        let d = Diagnostic::at(severity, source, line, col, message);
        return match value {
            Some(v) if source.line(line).is_some_and(|l| l.contains(v)) => {
                d.with_width(v.chars().count())
            }
            _ => d,
        };
    }
    if let Some(v) = value.filter(|v| !v.is_empty()) {
        if let Some(off) = source.text.find(v) {
            return Diagnostic::at_offset(severity, source, off, message)
                .with_width(v.chars().count());
        }
    }
    Diagnostic {
        severity,
        message,
        file: source.name(),
        line: 0,
        column: 0,
        width: 1,
        snippet: None,
        help: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Seg::{Index as I, Key as K};

    const DOC: &str = "\
name: Juan
skills:
  - name: Go
    level: learning
  - name: Kuberentes   # typo
experience:
  - title: Dev
    company: Acme
    highlights:
      - Built things
      - text: Ran Docker
        skills: [Docker, Kubernetes]
requirements:
- skill: Go
- any_of: [AWS, GCP]
";

    #[test]
    fn locates_block_paths() {
        assert_eq!(locate(DOC, &[K("name")]), Some((1, 7)));
        assert_eq!(locate(DOC, &[K("skills"), I(1), K("name")]), Some((5, 11)));
        assert_eq!(locate(DOC, &[K("skills"), I(0), K("level")]), Some((4, 12)));
        assert_eq!(
            locate(DOC, &[K("experience"), I(0), K("highlights"), I(0)]),
            Some((10, 9))
        );
        assert_eq!(
            locate(
                DOC,
                &[K("experience"), I(0), K("highlights"), I(1), K("text")]
            ),
            Some((11, 15))
        );
    }

    #[test]
    fn locates_flow_list_items_and_zero_indented_lists() {
        let p = [
            K("experience"),
            I(0),
            K("highlights"),
            I(1),
            K("skills"),
            I(1),
        ];
        assert_eq!(locate(DOC, &p), Some((12, 26)));
        assert_eq!(
            locate(DOC, &[K("requirements"), I(1), K("any_of"), I(1)]),
            Some((15, 17))
        );
        assert_eq!(
            locate(DOC, &[K("requirements"), I(0), K("skill")]),
            Some((14, 10))
        );
        assert_eq!(locate(DOC, &[K("nope")]), None);
        assert_eq!(locate(DOC, &[K("skills"), I(9)]), None);
    }

    #[test]
    fn closest_finds_typos_only() {
        assert_eq!(
            closest("ned", &["title", "company", "start", "end"]),
            Some("end")
        );
        assert_eq!(
            closest("guru", &["learning", "working", "strong", "expert"]),
            None
        );
        assert_eq!(
            closest("strng", &["learning", "working", "strong", "expert"]),
            Some("strong")
        );
    }

    #[test]
    fn path_strings() {
        assert_eq!(
            path_string(&[K("experience"), I(0), K("highlights"), I(2)]),
            "experience[0].highlights[2]"
        );
    }
}
