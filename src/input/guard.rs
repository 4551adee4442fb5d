//! Checks a YAML text must pass before it is parsed, so that no file makes the parser slow or
//! large: flow nesting (`[[[[…`, `{{{{…`) deeper than [`MAX_FLOW_DEPTH`] (libyaml's scanner
//! spends time proportional to the depth on every token, so 500 KB of `[{` took 73 s), and
//! aliases (`*name`) that expand the document to more than [`expansion_budget`] (a 1 MB file
//! with 200 aliases expanded to 1.1 GB).
//!
//! Owns the cheap byte scan for flow depth and the counting pass over aliases. It must not turn
//! YAML into values for the program (that is `yaml::parse`) nor judge what a file means; both
//! checks are linear in the text and allocate nothing in proportion to it.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::cell::Cell;
use std::fmt;

/// Deeper flow nesting than this is refused before parsing. `yaml_serde` refuses more than 128
/// nested values of any kind anyway; a profile, a job or a taxonomy nests a few levels.
pub const MAX_FLOW_DEPTH: usize = 100;

/// A problem found before parsing, at a byte offset of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Flow collections nested deeper than [`MAX_FLOW_DEPTH`]; the offset of the bracket that
    /// went past it.
    TooDeep(usize),
    /// Aliases expand the document past its budget; the offset of the first alias, if found.
    Expands(Option<usize>),
}

/// Run both checks.
pub fn check(text: &str) -> Result<(), Refusal> {
    if let Some(at) = flow_too_deep(text) {
        return Err(Refusal::TooDeep(at));
    }
    if !expansion_fits(text) {
        return Err(Refusal::Expands(first_alias(text)));
    }
    Ok(())
}

/// The values and scalar bytes a text may expand to: a document without aliases has at most
/// about one value per byte of text plus its scalars' bytes, so twice the text (and some slack
/// for a small file reusing one block) is never reached without aliases.
pub fn expansion_budget(text: &str) -> usize {
    2 * text.len() + 64 * 1024
}

/// Where flow collections first nest deeper than [`MAX_FLOW_DEPTH`], if they do. A scan of the
/// bytes, as YAML's scanner reads them: quoted scalars, comments and block scalars are skipped,
/// and in block context a `[` or `{` opens a collection only where a value starts.
pub fn flow_too_deep(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = 0;
    // Lines of a block scalar (`|`, `>`) are those indented more than this column.
    let mut block_scalar: Option<usize> = None;
    while i < b.len() {
        let end = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |e| i + e);
        let indent = b[i..end].iter().take_while(|&&c| c == b' ').count();
        if let Some(col) = block_scalar {
            if i + indent == end || indent > col || b[i + indent] == b'\r' {
                i = end + 1;
                continue;
            }
            block_scalar = None;
        }
        match block_line(b, i, end, indent) {
            LineEnd::Next => i = end + 1,
            LineEnd::BlockScalar(col) => {
                block_scalar = Some(col);
                i = end + 1;
            }
            LineEnd::At(next) => i = next,
            LineEnd::Flow(open) => match flow(b, open) {
                Ok(next) => i = next,
                Err(at) => return Some(at),
            },
        }
    }
    None
}

/// Where the scan of a block-context line goes next.
enum LineEnd {
    /// The next line.
    Next,
    /// The next line, inside a block scalar whose lines are indented more than this column.
    BlockScalar(usize),
    /// Continue at this offset (after a quoted scalar that may span lines).
    At(usize),
    /// A flow collection opens at this offset.
    Flow(usize),
}

/// Scan one block-context line `b[start..end]` from its indentation: its value starts, in turn.
fn block_line(b: &[u8], start: usize, end: usize, indent: usize) -> LineEnd {
    let mut j = start + indent;
    let mut key_col = indent;
    loop {
        // Sequence entries and complex keys: `- `, `? `.
        while j < end && matches!(b[j], b'-' | b'?') && (j + 1 == end || is_blank(b[j + 1])) {
            j += 1;
            while j < end && is_blank(b[j]) {
                j += 1;
            }
            key_col = j - start;
        }
        // Anchors and tags before a value.
        while j < end && matches!(b[j], b'&' | b'!') {
            while j < end && !is_blank(b[j]) {
                j += 1;
            }
            while j < end && is_blank(b[j]) {
                j += 1;
            }
        }
        if j >= end {
            return LineEnd::Next;
        }
        match b[j] {
            b'[' | b'{' => return LineEnd::Flow(j),
            b'"' | b'\'' => {
                let after = skip_quoted(b, j);
                if after > end {
                    return LineEnd::At(after);
                }
                j = after;
            }
            b'|' | b'>' => return LineEnd::BlockScalar(key_col),
            b'#' => return LineEnd::Next,
            _ => {}
        }
        // A plain scalar or a key: the next value starts after `: `, if any on this line.
        match value_after_colon(b, j, end) {
            Some(v) => j = v,
            None => return LineEnd::Next,
        }
    }
}

/// The offset after the `: ` (or a final `:`) that ends a key starting at `j`, before any
/// comment; `None` if the line has none.
fn value_after_colon(b: &[u8], mut j: usize, end: usize) -> Option<usize> {
    while j < end {
        match b[j] {
            b':' if j + 1 == end || is_blank(b[j + 1]) || b[j + 1] == b'\r' => {
                j += 1;
                while j < end && is_blank(b[j]) {
                    j += 1;
                }
                return Some(j);
            }
            b'#' if j > 0 && is_blank(b[j - 1]) => return None,
            _ => j += 1,
        }
    }
    None
}

/// Scan a flow collection opening at `open`; the offset after it closes, or the offset where
/// it nests too deep.
fn flow(b: &[u8], open: usize) -> Result<usize, usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < b.len() {
        match b[i] {
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Err(i);
                }
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Ok(i + 1);
                }
            }
            b'"' | b'\''
                if i == 0
                    || matches!(
                        b[i - 1],
                        b'[' | b'{' | b',' | b':' | b' ' | b'\t' | b'\n' | b'\r'
                    ) =>
            {
                i = skip_quoted(b, i);
                continue;
            }
            b'#' if i > 0 && matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r') => {
                i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |e| i + e);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    Ok(b.len())
}

/// The offset after the quoted scalar opening at `q` (`'…'` with `''` inside, `"…"` with
/// backslash escapes); the end of the text if it never closes.
fn skip_quoted(b: &[u8], q: usize) -> usize {
    let quote = b[q];
    let mut i = q + 1;
    while let Some(k) = memchr::memchr2(quote, b'\\', &b[i..]) {
        let at = i + k;
        if b[at] == b'\\' {
            // An escape only in double quotes; in single quotes a backslash is itself. A
            // backslash that ends the text escapes nothing (found by fuzzing: `"\` at the end
            // indexed past it).
            let step = if quote == b'"' { 2 } else { 1 };
            i = (at + step).min(b.len());
            continue;
        }
        if quote == b'\'' && b.get(at + 1) == Some(&b'\'') {
            i = at + 2;
            continue;
        }
        return at + 1;
    }
    b.len()
}

fn is_blank(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

/// Does the document stay within [`expansion_budget`] with its aliases expanded? A text
/// without `*` has no alias and is not parsed here; otherwise the document is walked once,
/// counting values and scalar bytes, and the walk stops as soon as the budget is spent, so its
/// time is linear in the text and its memory constant. A syntax error is not this check's to
/// report (the real parse reports it).
pub fn expansion_fits(text: &str) -> bool {
    if memchr::memchr(b'*', text.as_bytes()).is_none() {
        return true;
    }
    let left = Cell::new(expansion_budget(text));
    match Count(&left).deserialize(serde_yaml::Deserializer::from_str(text)) {
        Ok(()) => true,
        // The message comes prefixed with the path of the value being read.
        Err(e) => !e.to_string().contains(OVER),
    }
}

const OVER: &str = "jobfit: expansion budget spent";

/// A visitor that only counts what it is shown, spending a shared budget.
#[derive(Clone, Copy)]
struct Count<'a>(&'a Cell<usize>);

impl Count<'_> {
    fn spend<E: de::Error>(self, n: usize) -> Result<(), E> {
        let left = self.0.get();
        if n > left {
            return Err(E::custom(OVER));
        }
        self.0.set(left - n);
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Count<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Count<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.spend(1)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.spend(1)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.spend(1)
    }
    fn visit_i128<E: de::Error>(self, _: i128) -> Result<(), E> {
        self.spend(1)
    }
    fn visit_u128<E: de::Error>(self, _: u128) -> Result<(), E> {
        self.spend(1)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.spend(1)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.spend(1 + v.len())
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<(), E> {
        self.spend(1 + v.len())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.spend(1)
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.spend(1)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.spend(1)?;
        while seq.next_element_seed(self)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.spend(1)?;
        while map.next_key_seed(self)?.is_some() {
            map.next_value_seed(self)?;
        }
        Ok(())
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        use de::VariantAccess;
        let ((), variant) = data.variant_seed(self)?;
        variant.newtype_variant_seed(self)
    }
}

/// The offset of the first alias (`*name` for an anchor `&name` of the text), for the message.
fn first_alias(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let name_end = |from: usize| {
        from + b[from..]
            .iter()
            .take_while(|&&c| {
                !c.is_ascii_whitespace() && !matches!(c, b',' | b'[' | b']' | b'{' | b'}')
            })
            .count()
    };
    let mut anchors: Vec<&[u8]> = Vec::new();
    for at in memchr::memchr_iter(b'&', b) {
        let end = name_end(at + 1);
        if end > at + 1 && anchors.len() < 1000 {
            anchors.push(&b[at + 1..end]);
        }
    }
    memchr::memchr_iter(b'*', b).find(|&at| {
        let end = name_end(at + 1);
        let starts_value =
            at == 0 || matches!(b[at - 1], b' ' | b'\t' | b'\n' | b'[' | b'{' | b',');
        starts_value && end > at + 1 && anchors.contains(&&b[at + 1..end])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_depth_counts_only_flow_collections() {
        let deep = format!("name: x\nfoo: {}", "[".repeat(MAX_FLOW_DEPTH + 1));
        assert_eq!(flow_too_deep(&deep), Some(13 + MAX_FLOW_DEPTH));
        let ok = format!(
            "foo: {}{}",
            "[".repeat(MAX_FLOW_DEPTH),
            "]".repeat(MAX_FLOW_DEPTH)
        );
        assert_eq!(flow_too_deep(&ok), None);
        // Brackets inside plain, quoted and block scalars and comments open nothing.
        let text = format!(
            "a: x {o}\nb: \"{o}\"\nc: '{o}'\nd: |\n  {o}\ne: # {o}\nf: [\"{o}\", '{o}'] # {o}\n",
            o = "[".repeat(200)
        );
        assert_eq!(flow_too_deep(&text), None);
        // Value starts after list markers and keys are found.
        let nested = format!("- k: - {}", "{".repeat(MAX_FLOW_DEPTH + 1));
        assert!(flow_too_deep(&nested).is_some());
    }

    #[test]
    fn a_backslash_that_ends_the_text_in_double_quotes_is_no_panic() {
        // Found by the `taxonomy` fuzz target: the escape stepped past the end of the text.
        let text = "tegory]: yool\n\"   alia\\";
        assert_eq!(skip_quoted(text.as_bytes(), 14), text.len());
        assert_eq!(flow_too_deep(text), None);
        assert_eq!(skip_quoted(b"'it''s", 0), 6);
        assert_eq!(flow_too_deep("a: \"\\"), None);
    }

    #[test]
    fn expansion_counts_aliases() {
        let big = format!("base: &b [{}]\n", vec!["w"; 1000].join(","));
        let few = format!("{big}k: *b\n");
        assert!(expansion_fits(&few));
        let many: String = (0..200).map(|i| format!("k{i}: *b\n")).collect();
        let text = format!("{big}{many}");
        assert!(!expansion_fits(&text));
        assert_eq!(first_alias(&text), Some(big.len() + 4));
        assert_eq!(check(&text), Err(Refusal::Expands(Some(big.len() + 4))));
        // Stars in prose and broken YAML are not this check's business.
        assert!(expansion_fits("a: 5 * 3 = *15\n"));
        assert!(expansion_fits("a: *undefined\n"));
    }
}
