//! Masking one problem out of a YAML text so that the rest of it can be parsed again.
//!
//! Owns the text surgery `collect` needs to find every problem of a file in one run: the line a
//! problem is on loses its `key: value` (an item's `-` stays, so the list keeps its shape) and
//! the lines nested under it are blanked, keeping every line break, so that line and column
//! numbers of the rest of the file do not move. It must not parse YAML nor decide which problems
//! are reported (that is `collect`'s); it is a pure function of the text.

/// One masked line: where it is (1-based) and the last line (inclusive) its block reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Masked {
    pub line: usize,
    pub last: usize,
}

/// Leading spaces of a line.
fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The byte column where a line's key starts: past its indentation and any `- ` item markers.
fn key_column(line: &str) -> usize {
    let mut k = indent(line);
    while line[k..].starts_with("- ") || &line[k..] == "-" {
        k += 1;
        k += indent(&line[k..]);
    }
    k
}

/// Is this line blank or only a comment (it does not end a nested block)?
fn is_filler(line: &str) -> bool {
    let t = line.trim_start();
    t.is_empty() || t.starts_with('#')
}

/// The text with 1-based `line` masked: its key and value removed (with `whole`, its item marker
/// too) and the lines nested deeper than its key blanked. `None` when there is nothing left to
/// mask there (no such line, or a blank one).
pub fn mask(text: &str, line: usize, whole: bool) -> Option<(String, Masked)> {
    let mut spans = text.split_inclusive('\n');
    let mut out = String::with_capacity(text.len());
    for l in spans.by_ref().take(line.checked_sub(1)?) {
        out.push_str(l);
    }
    let this = spans.next()?;
    let body = this.trim_end_matches(['\n', '\r']);
    if body.trim().is_empty() {
        return None;
    }
    let k = key_column(body);
    let keep = if whole || k == indent(body) {
        ""
    } else {
        body[..k].trim_end()
    };
    out.push_str(keep);
    out.push_str(&this[body.len()..]);
    // A whole item takes everything indented deeper than its `-`.
    let k = if whole { indent(body) } else { k };
    let mut last = line;
    let mut nested = true;
    for (n, l) in spans.enumerate() {
        let b = l.trim_end_matches(['\n', '\r']);
        // A block nested under the key (or a continuation of a flow value or a quoted scalar
        // that spans lines) is indented deeper than the key; blank and comment lines go with it.
        if nested && (is_filler(b) || indent(b) > k) {
            out.push_str(&l[b.len()..]);
            if !is_filler(b) {
                last = line + 1 + n;
            }
            continue;
        }
        nested = false;
        out.push_str(l);
    }
    Some((out, Masked { line, last }))
}

/// The text with `width` characters at 1-based `line` and `column` replaced by `with` (a fix a
/// problem's hint suggests, so that the rest of the file is checked as if it were made).
pub fn replace(
    text: &str,
    line: usize,
    column: usize,
    width: usize,
    with: &str,
) -> Option<(String, Masked)> {
    let before = line.checked_sub(1)?;
    let (mut start, mut lines) = (0, 0);
    for l in text.split_inclusive('\n').take(before) {
        start += l.len();
        lines += 1;
    }
    if lines < before || start >= text.len() {
        return None;
    }
    let body = text[start..].split('\n').next()?;
    let mut chars = body.char_indices().map(|(i, _)| i).chain([body.len()]);
    let from = chars.nth(column.checked_sub(1)?)?;
    let to = chars.nth(width.checked_sub(1)?).unwrap_or(body.len());
    let mut out = String::with_capacity(text.len() + with.len());
    out.push_str(&text[..start + from]);
    out.push_str(with);
    out.push_str(&text[start + to..]);
    Some((out, Masked { line, last: line }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str, line: usize, whole: bool) -> String {
        mask(text, line, whole).unwrap().0
    }

    #[test]
    fn a_key_and_its_nested_block_are_blanked_keeping_the_lines() {
        let t = "name: A\nexperiance:\n  - title: X\n    company: Y\nskills: []\n";
        assert_eq!(masked(t, 2, false), "name: A\n\n\n\nskills: []\n");
        assert_eq!(mask(t, 2, false).unwrap().1, Masked { line: 2, last: 4 });
    }

    #[test]
    fn an_items_first_key_leaves_the_dash_so_the_item_keeps_its_other_keys() {
        let t = "skills:\n  - nme: Go\n    level: expert\n  - name: Rust\n";
        assert_eq!(
            masked(t, 2, false),
            "skills:\n  -\n    level: expert\n  - name: Rust\n"
        );
        assert_eq!(masked(t, 2, true), "skills:\n\n\n  - name: Rust\n");
    }

    #[test]
    fn a_nested_key_takes_only_its_own_children() {
        let t = "a:\n  b: |\n    text\n\n    more\n  c: 1\n";
        assert_eq!(masked(t, 2, false), "a:\n\n\n\n\n  c: 1\n");
    }

    #[test]
    fn blank_and_missing_lines_cannot_be_masked() {
        assert!(mask("a: 1\n\nb: 2\n", 2, false).is_none());
        assert!(mask("a: 1\n", 3, false).is_none());
        assert!(mask("a: 1\n", 0, false).is_none());
    }

    #[test]
    fn a_whole_item_takes_its_other_keys() {
        let t = "x:\n  - a: 1\n    b: 2\n  - a: 3\n";
        assert_eq!(masked(t, 2, true), "x:\n\n\n  - a: 3\n");
    }

    #[test]
    fn replace_swaps_the_underlined_characters() {
        let t = "a: 1\n  näme: Jan 2022\nb: 2\n";
        assert_eq!(
            replace(t, 2, 9, 8, "2022-01").unwrap().0,
            "a: 1\n  näme: 2022-01\nb: 2\n"
        );
        assert_eq!(
            replace(t, 2, 3, 4, "name").unwrap().0,
            "a: 1\n  name: Jan 2022\nb: 2\n"
        );
        assert!(replace(t, 9, 1, 1, "x").is_none());
    }

    #[test]
    fn crlf_line_ends_are_kept() {
        assert_eq!(
            masked("a: 1\r\nb: x\r\nc: 2\r\n", 2, false),
            "a: 1\r\n\r\nc: 2\r\n"
        );
    }
}
