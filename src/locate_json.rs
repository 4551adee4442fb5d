//! Field paths in a JSON text: `work[1].startDate` → where its value is (byte offset, length).
//!
//! Owns reading a path string back into [`Seg`]s and walking a well-formed JSON text (one that
//! serde_json has parsed) to the value at a path, or to the deepest value on the way when the
//! path does not exist (a missing `startDate` points at its role). For problems found after
//! parsing. It must not build JSON values or know what a resume means; it is `locate`'s
//! counterpart for JSON, and shares its path type.

use crate::locate::Seg;

/// Where a path's value is in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spot {
    /// Byte offset of the value's first character.
    pub offset: usize,
    /// Characters to underline: a whole scalar (string with its quotes, number, `true`…), or
    /// the opening bracket of an object or array.
    pub width: usize,
    /// Whether the whole path was found; if not, the spot is the deepest value that was.
    pub found: bool,
    /// When the path ends in a key that was found: the key's offset and width (with quotes).
    pub key: Option<(usize, usize)>,
}

/// `work[1].startDate` → `[Key("work"), Index(1), Key("startDate")]`. A key is anything up to
/// the next `.` or `[`; an index that is not a number ends the path.
pub fn parse_path(path: &str) -> Vec<Seg<'_>> {
    let mut segs = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else { break };
            let Ok(i) = r[..end].parse() else { break };
            segs.push(Seg::Index(i));
            rest = &r[end + 1..];
        } else {
            let r = rest.strip_prefix('.').unwrap_or(rest);
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                break;
            }
            segs.push(Seg::Key(&r[..end]));
            rest = &r[end..];
        }
    }
    segs
}

/// The value at `path` in `text`, or the deepest value on the way to it; `None` when the text
/// is not JSON at its start.
pub fn locate(text: &str, path: &[Seg]) -> Option<Spot> {
    let mut s = Scan {
        b: text.as_bytes(),
        i: 0,
    };
    s.ws();
    s.peek()?;
    let mut here = s.i;
    let mut key = None;
    for seg in path {
        let inside = match (seg, s.peek()?) {
            (Seg::Key(k), b'{') => s.member(k),
            (Seg::Index(n), b'[') => s.element(*n).map(|at| (at, None)),
            _ => None,
        };
        match inside {
            Some((at, k)) => (here, key) = (at, k),
            None => return Some(s.spot(here, false, None)),
        }
    }
    Some(s.spot(here, true, key))
}

/// A cursor over the bytes of a well-formed JSON text. Every step returns `None` on anything
/// unexpected rather than panicking: a text that is not JSON simply has no spot.
struct Scan<'t> {
    b: &'t [u8],
    i: usize,
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        self.ws();
        (self.peek()? == c).then(|| self.i += 1)
    }

    /// At a `"`: the string's end (after the closing quote).
    fn string_end(&self, from: usize) -> Option<usize> {
        let mut i = from + 1;
        loop {
            match *self.b.get(i)? {
                b'\\' => i += 2,
                b'"' => return Some(i + 1),
                _ => i += 1,
            }
        }
    }

    /// The end of the value that starts at `from`.
    fn value_end(&self, from: usize) -> Option<usize> {
        match *self.b.get(from)? {
            b'"' => self.string_end(from),
            b'{' | b'[' => {
                let mut depth = 0usize;
                let mut i = from;
                loop {
                    match *self.b.get(i)? {
                        b'"' => {
                            i = self.string_end(i)?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                return Some(i + 1);
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            _ => {
                let n = self.b[from..]
                    .iter()
                    .position(|c| matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'))
                    .unwrap_or(self.b.len() - from);
                Some(from + n)
            }
        }
    }

    /// At a `{`: move to the value of member `key`; its offset, and the key's offset and width.
    fn member(&mut self, key: &str) -> Option<(usize, Option<(usize, usize)>)> {
        self.eat(b'{')?;
        loop {
            self.ws();
            if self.peek()? != b'"' {
                return None; // `}`: no such member
            }
            let end = self.string_end(self.i)?;
            let name: String = serde_json::from_slice(&self.b[self.i..end]).ok()?;
            let at = (self.i, self.width(self.i, end));
            self.i = end;
            self.eat(b':')?;
            self.ws();
            if name == key {
                self.peek()?; // a value follows
                return Some((self.i, Some(at)));
            }
            self.i = self.value_end(self.i)?;
            self.eat(b',')?;
        }
    }

    /// At a `[`: move to element `n` and return its offset.
    fn element(&mut self, n: usize) -> Option<usize> {
        self.eat(b'[')?;
        for _ in 0..n {
            self.ws();
            if self.peek()? == b']' {
                return None;
            }
            self.i = self.value_end(self.i)?;
            self.eat(b',')?;
        }
        self.ws();
        (self.peek()? != b']').then_some(self.i)
    }

    /// Characters from `from` to `end`.
    fn width(&self, from: usize, end: usize) -> usize {
        String::from_utf8_lossy(&self.b[from..end]).chars().count()
    }

    fn spot(&self, at: usize, found: bool, key: Option<(usize, usize)>) -> Spot {
        let width = match self.b.get(at) {
            Some(b'{' | b'[') | None => 1,
            Some(_) => self.value_end(at).map_or(1, |end| self.width(at, end)),
        };
        Spot {
            offset: at,
            width,
            found,
            key,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Seg::{Index as I, Key as K};

    const DOC: &str = r#"{
  "basics": {"name": "Ada", "x\"y": 1},
  "work": [
    {"name": "Acme", "highlights": ["a, [b]", "c"]},
    {
      "name": "B",
      "startDate": 2019,
      "summary": "{not: an object}"
    }
  ]
}
"#;

    fn at(path: &str) -> Option<(usize, usize, usize, bool)> {
        locate(DOC, &parse_path(path)).map(|s| {
            let (l, c) = crate::source::line_col(DOC, s.offset);
            (l, c, s.width, s.found)
        })
    }

    #[test]
    fn paths_parse_back_into_segments() {
        assert_eq!(
            parse_path("work[1].startDate"),
            vec![K("work"), I(1), K("startDate")]
        );
        assert_eq!(parse_path("x-jobfit"), vec![K("x-jobfit")]);
        assert_eq!(parse_path("skills[0][2]"), vec![K("skills"), I(0), I(2)]);
        assert_eq!(parse_path(""), vec![]);
        assert_eq!(parse_path("a[x].b"), vec![K("a")]);
    }

    #[test]
    fn finds_values_past_strings_with_brackets_and_escapes() {
        assert_eq!(at("work[1].startDate"), Some((7, 20, 4, true)));
        assert_eq!(at("work[0].highlights[1]"), Some((4, 47, 3, true)));
        assert_eq!(at("work[1].summary"), Some((8, 18, 18, true)));
        assert_eq!(at("basics.name"), Some((2, 22, 5, true)));
        assert_eq!(at("basics.x\"y"), Some((2, 37, 1, true)));
        assert_eq!(at(""), Some((1, 1, 1, true)));
    }

    #[test]
    fn a_found_key_is_placed_too() {
        let spot = locate(DOC, &parse_path("work[1].startDate")).unwrap();
        let (offset, width) = spot.key.unwrap();
        assert_eq!(crate::source::line_col(DOC, offset), (7, 7));
        assert_eq!(width, 11);
        assert_eq!(locate(DOC, &parse_path("work[1]")).unwrap().key, None);
        assert_eq!(locate(DOC, &parse_path("work[1].x")).unwrap().key, None);
    }

    #[test]
    fn a_missing_path_stops_at_the_deepest_value_found() {
        // `work[0]` has no `startDate`: its object.
        assert_eq!(at("work[0].startDate"), Some((4, 5, 1, false)));
        assert_eq!(at("work[5]"), Some((3, 11, 1, false)));
        assert_eq!(at("basics.name.first"), Some((2, 22, 5, false)));
        assert_eq!(at("nope"), Some((1, 1, 1, false)));
    }

    #[test]
    fn random_texts_never_panic_and_a_found_spot_is_in_the_text() {
        let pieces = [
            "{",
            "}",
            "[",
            "]",
            "\"",
            "\\",
            ",",
            ":",
            " ",
            "\n",
            "\"a\"",
            "\"b\"",
            "1",
            "é",
            "\"x\\\"\"",
        ];
        let paths: [&[Seg]; 4] = [&[K("a")], &[K("a"), I(1)], &[I(0), K("b")], &[I(2), I(0)]];
        for text in crate::testgen::texts(&pieces, 40, 20_000, 0x15) {
            for path in paths {
                if let Some(spot) = locate(&text, path) {
                    assert!(spot.offset < text.len(), "{text:?}");
                    assert!(text.is_char_boundary(spot.offset), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn text_that_is_not_json_has_no_spot_and_does_not_panic() {
        assert_eq!(locate("", &[K("a")]), None);
        assert_eq!(locate("   ", &[K("a")]), None);
        for text in [
            "{\"a\"",
            "{\"a\":",
            "[1,",
            "{\"a\": [\"x",
            "{\"a\" 1}",
            "\"abc",
        ] {
            let _ = locate(text, &[K("a"), I(3)]);
            let _ = locate(text, &[I(0), K("a")]);
        }
    }
}
