//! Field paths in a YAML text: `experience[0].highlights[2]` → line and column.
//!
//! Owns the path type (`Seg`), its display (`path_string`), finding a path in block-style YAML
//! by its indentation (`locate`) and the diagnostic placed there (`diagnostic_at`), for
//! problems found after parsing. It must not parse YAML into values or know what a profile or a
//! job means.

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Source;
use std::cell::RefCell;
use std::collections::HashMap;

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

/// A line of the document, seen structurally.
struct Line<'t> {
    /// 1-based line number.
    no: usize,
    /// Column (0-based, in bytes) where the line's first non-space character is.
    indent: usize,
    /// Column (0-based) where the content starts after any `- ` sequence markers.
    key_indent: usize,
    /// Column of the first `- ` marker on this line, if any.
    dash: Option<usize>,
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
        let mut dash = None;
        let mut pos = indent;
        let mut rest = trimmed;
        while rest == "-" || rest.starts_with("- ") {
            dash.get_or_insert(pos);
            let after = rest[1..].trim_start();
            pos += rest.len() - after.len();
            rest = after;
        }
        out.push(Line {
            no: i + 1,
            indent,
            key_indent: pos,
            dash,
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

/// A text's lines seen structurally, made once for many lookups: a command that reports a
/// problem on each of 10,000 entries builds it once, not once per problem.
pub struct Outline<'t> {
    lines: Vec<Line<'t>>,
    /// Found once per outline, for every later lookup (10,000 lookups of `skills[i].name` would
    /// otherwise walk the list 10,000 times): the end of a key's children by (key line, end of
    /// its parent), and the lines of a list's items by (first line, end).
    ends: RefCell<HashMap<(usize, usize), usize>>,
    items: RefCell<HashMap<(usize, usize), Vec<usize>>>,
}

/// Find the 1-based line and column of a path, looking at block-style YAML structure; the column
/// points at the value when it is on the same line, else at the key. Flow lists (`[a, b]`) are
/// handled for a final index.
pub fn locate(text: &str, path: &[Seg]) -> Option<(usize, usize)> {
    Outline::new(text).locate(path)
}

impl<'t> Outline<'t> {
    pub fn new(text: &'t str) -> Outline<'t> {
        Outline {
            lines: lines(text),
            ends: RefCell::default(),
            items: RefCell::default(),
        }
    }

    /// [`locate`] in this outline's text.
    pub fn locate(&self, path: &[Seg]) -> Option<(usize, usize)> {
        locate_in(self, path)
    }

    /// The end of the children of the key on line `i`, within `..hi`.
    fn children_end(&self, i: usize, hi: usize) -> usize {
        let ls = &self.lines;
        *self.ends.borrow_mut().entry((i, hi)).or_insert_with(|| {
            let l = &ls[i];
            let mut end = i + 1;
            while end < hi {
                let n = &ls[end];
                let deeper = n.indent > l.key_indent;
                let same_level_list = n.indent == l.key_indent && n.dash.is_some();
                if !(deeper || same_level_list) {
                    break;
                }
                end += 1;
            }
            end
        })
    }

    /// The line of item `n` of the list whose first item is on line `lo`, within `..hi`.
    fn item(&self, lo: usize, hi: usize, dash_col: usize, n: usize) -> Option<usize> {
        let ls = &self.lines;
        let mut items = self.items.borrow_mut();
        let list = items.entry((lo, hi)).or_insert_with(|| {
            (lo..hi)
                .filter(|&i| ls[i].dash == Some(dash_col) && ls[i].indent == dash_col)
                .collect()
        });
        list.get(n).copied()
    }
}

fn locate_in(o: &Outline, path: &[Seg]) -> Option<(usize, usize)> {
    let ls = &o.lines[..];
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
                lo = i + 1;
                hi = o.children_end(i, hi);
            }
            Seg::Index(n) => {
                let first = ls.get(lo)?;
                let dash_col = first.dash?;
                let i = o.item(lo, hi, dash_col, *n)?;
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
    diagnostic_in(
        &Outline::new(&source.text),
        source,
        path,
        value,
        severity,
        message,
    )
}

/// [`diagnostic_at`] with the outline of `source`'s text made once by the caller.
pub fn diagnostic_in(
    outline: &Outline,
    source: &Source,
    path: &[Seg],
    value: Option<&str>,
    severity: Severity,
    message: impl Into<String>,
) -> Diagnostic {
    let message = message.into();
    if let Some((line, col)) = outline.locate(path) {
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
    Diagnostic::in_file(severity, source, message)
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
    fn path_strings() {
        assert_eq!(
            path_string(&[K("experience"), I(0), K("highlights"), I(2)]),
            "experience[0].highlights[2]"
        );
    }
}
