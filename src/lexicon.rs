//! Surface forms as token sequences, and a longest-match scan of a text's tokens.
//!
//! Owns the fast path of mention finding: a text is cut into word tokens (letters and digits)
//! and single punctuation tokens, whitespace dropped, so `Node.js`, `Node . js` and `node.js`
//! are the same three tokens and `Java` can never match inside `JavaScript`. Candidates are
//! looked up by their first token in a hash map, longest first. Building takes well under a
//! millisecond (unlike an automaton over thousands of patterns) and scanning needs no memory
//! beyond the text's token offsets. It knows nothing about skills or context rules: the
//! caller's `accept` decides.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast hasher for short keys (FxHash's mixing); keys here are not attacker-chosen
/// in any way that matters (a slow lookup is the worst case).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// `BuildHasher` for `FxHasher`.
pub type FxBuild = BuildHasherDefault<FxHasher>;
type Fx = FxBuild;

/// Longest token we look up; longer runs (hashes, base64) cannot be skill names.
const MAX_TOKEN: usize = 48;

/// Endings a last word may carry beyond the form: plurals, verb forms, version numbers.
const SUFFIXES: &[&str] = &["ing", "ers", "es", "ed", "er", "s", "d"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Tok {
    start: usize,
    end: usize,
    word: bool,
}

/// A form found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// Index of the form, in the order given to `Lexicon::new`.
    pub form: u32,
    pub start: usize,
    /// Where the form itself ends.
    pub core_end: usize,
    /// Where the last text token ends (after a suffix such as `s` or `3`).
    pub end: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Hash of a first token (lowercase) → a range of `by_first`.
    first: HashMap<u64, (u32, u32), Fx>,
    /// Form ids grouped by the hash of their first token; within a group, most tokens first.
    by_first: Vec<u32>,
    /// Every form's tokens, lowercase, one after the other.
    arena: String,
    /// Token spans in `arena`.
    toks: Vec<(u32, u32)>,
    /// Per form: index of its first token in `toks`, and its token count.
    forms: Vec<(u32, u32)>,
    /// Per form: the first byte of its second token (0 for one-token forms), a cheap check
    /// before comparing tokens (`data science` is not tried on `data and …`).
    second: Vec<u8>,
    /// Punctuation bytes that start some form (`.` for `.NET`).
    punct_start: Vec<bool>,
    max_len: usize,
}

/// FxHash of bytes, lowercased on the fly.
fn hash_lower(bytes: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    for &b in bytes {
        h.0 = (h.0.rotate_left(5) ^ b.to_ascii_lowercase() as u64)
            .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    h.0
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Is the character starting at byte `i` a letter or digit? Non-ASCII is decoded.
fn word_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes()[i];
    if b.is_ascii_alphanumeric() {
        return Some(1);
    }
    if b < 0x80 {
        return None;
    }
    let c = text[i..].chars().next()?;
    c.is_alphanumeric().then(|| c.len_utf8())
}

/// Cut text into tokens: runs of letters/digits (any script) and single punctuation
/// characters; whitespace and control characters separate.
fn next_token(text: &str, mut i: usize) -> Option<Tok> {
    let b = text.as_bytes();
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] < 0x20) {
            i += 1;
        }
        let &c = b.get(i)?;
        if c.is_ascii_alphanumeric() || (c >= 0x80 && word_at(text, i).is_some()) {
            let start = i;
            loop {
                // ASCII letters and digits without the call (most of any text).
                while i < b.len() && b[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                match (i < b.len() && b[i] >= 0x80)
                    .then(|| word_at(text, i))
                    .flatten()
                {
                    Some(n) => i += n,
                    None => break,
                }
            }
            return Some(Tok {
                start,
                end: i,
                word: true,
            });
        }
        if c < 0x80 {
            return Some(Tok {
                start: i,
                end: i + 1,
                word: false,
            });
        }
        // Non-ASCII punctuation and spaces (`—`, `“`, no-break space) only separate.
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
}

/// What a byte is to the tokenizer: `SEP`arates tokens, `ALNUM` (ASCII letter or digit),
/// `PUNCT` (other ASCII: a token of its own), `HIGH` (starts or continues a non-ASCII character).
const SEP: u8 = 0;
const ALNUM: u8 = 1;
const PUNCT: u8 = 2;
const HIGH: u8 = 3;

static BYTE_CLASS: [u8; 256] = {
    let mut t = [PUNCT; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            HIGH
        } else if b.is_ascii_alphanumeric() {
            ALNUM
        } else if b.is_ascii_whitespace() || b < 0x20 {
            SEP
        } else {
            PUNCT
        };
        i += 1;
    }
    t
};

/// End of the word token that goes on at byte `i` (as `next_token`).
fn word_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        while i < b.len() && BYTE_CLASS[b[i] as usize] == ALNUM {
            i += 1;
        }
        if i < b.len() && b[i] >= 0x80 {
            if let Some(n) = word_at(text, i) {
                i += n;
                continue;
            }
        }
        return i;
    }
}

/// Every token of `text` from byte `i` on, appended to `out`: the tokens `next_token` gives
/// one by one, in one loop.
fn tokens_from(text: &str, mut i: usize, out: &mut Vec<Tok>) {
    let b = text.as_bytes();
    while i < b.len() {
        match BYTE_CLASS[b[i] as usize] {
            SEP => i += 1,
            ALNUM => {
                let start = i;
                i = word_end(text, i + 1);
                out.push(Tok {
                    start,
                    end: i,
                    word: true,
                });
            }
            PUNCT => {
                out.push(Tok {
                    start: i,
                    end: i + 1,
                    word: false,
                });
                i += 1;
            }
            _ => match word_at(text, i) {
                Some(n) => {
                    let start = i;
                    i = word_end(text, i + n);
                    out.push(Tok {
                        start,
                        end: i,
                        word: true,
                    });
                }
                // Non-ASCII punctuation and spaces (`—`, `“`, no-break space) only separate.
                None => i += text[i..].chars().next().map_or(1, char::len_utf8),
            },
        }
    }
}

/// The lowercase tokens of a form.
pub fn form_tokens(form: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(t) = next_token(form, i) {
        out.push(form[t.start..t.end].to_lowercase());
        i = t.end;
    }
    out
}

impl Lexicon {
    /// Index forms; a form's position is its id in `Candidate::form`.
    pub fn new<'a>(forms: impl IntoIterator<Item = &'a str>) -> Lexicon {
        let mut lex = Lexicon {
            punct_start: vec![false; 256],
            ..Default::default()
        };
        let mut keyed: Vec<(u64, std::cmp::Reverse<u32>, std::cmp::Reverse<usize>, u32)> =
            Vec::new();
        for (id, form) in forms.into_iter().enumerate() {
            let first_tok = lex.toks.len() as u32;
            let mut i = 0;
            let mut chars = 0;
            while let Some(t) = next_token(form, i) {
                let start = lex.arena.len() as u32;
                lex.arena
                    .push_str(&form[t.start..t.end].to_ascii_lowercase());
                lex.toks.push((start, lex.arena.len() as u32));
                chars += t.end - t.start;
                i = t.end;
            }
            let n = lex.toks.len() as u32 - first_tok;
            lex.forms.push((first_tok, n));
            lex.second.push(if n >= 2 {
                let (s, _) = lex.toks[first_tok as usize + 1];
                lex.arena.as_bytes()[s as usize]
            } else {
                0
            });
            if n == 0 {
                continue;
            }
            let (fs, fe) = lex.toks[first_tok as usize];
            let first = &lex.arena.as_bytes()[fs as usize..fe as usize];
            if !is_word_byte(first[0]) {
                lex.punct_start[first[0] as usize] = true;
            }
            lex.max_len = lex.max_len.max(n as usize);
            keyed.push((
                hash_lower(first),
                std::cmp::Reverse(n),
                std::cmp::Reverse(chars),
                id as u32,
            ));
        }
        // Group by first token; most tokens first, then most characters, then the earlier form.
        keyed.sort_unstable();
        lex.by_first = keyed.iter().map(|k| k.3).collect();
        let mut i = 0;
        while i < keyed.len() {
            let mut j = i;
            while j < keyed.len() && keyed[j].0 == keyed[i].0 {
                j += 1;
            }
            lex.first.insert(keyed[i].0, (i as u32, j as u32));
            i = j;
        }
        lex
    }

    fn form_token(&self, form: u32, k: usize) -> &[u8] {
        let (first, _) = self.forms[form as usize];
        let (s, e) = self.toks[first as usize + k];
        &self.arena.as_bytes()[s as usize..e as usize]
    }

    /// Does text token `t` equal form token `f`, or (last token only) `f` plus an ending?
    /// Returns the end of the matched form part.
    #[inline]
    fn token_matches(text: &[u8], t: Tok, f: &[u8], last: bool) -> Option<usize> {
        let n = t.end - t.start;
        if n == f.len() {
            return text[t.start..t.end]
                .eq_ignore_ascii_case(f)
                .then_some(t.end);
        }
        if last && n > f.len() && text[t.start..t.start + f.len()].eq_ignore_ascii_case(f) {
            let rest = &text[t.start + f.len()..t.end];
            let digits = rest.len() <= 2 && rest.iter().all(u8::is_ascii_digit);
            let suffix = SUFFIXES
                .iter()
                .any(|s| rest.eq_ignore_ascii_case(s.as_bytes()));
            if digits || suffix {
                return Some(t.start + f.len());
            }
        }
        None
    }

    /// Scan `text`, offering every candidate at each token, longest first, to `accept`; when it
    /// returns `Some(end)` scanning resumes at the first token at or after `end`.
    pub fn scan(&self, text: &str, mut accept: impl FnMut(Candidate) -> Option<usize>) {
        let b = text.as_bytes();
        thread_local! {
            /// The token vector, reused from one text to the next (a scan inside `accept`
            /// finds it taken and makes its own).
            static TOKS: std::cell::Cell<Vec<Tok>> = const { std::cell::Cell::new(Vec::new()) };
        }
        // All tokens first (one vector), then a window of `max_len` of them at each one.
        let mut toks = TOKS.take();
        toks.clear();
        tokens_from(text, 0, &mut toks);
        let width = self.max_len.max(1);
        // The last lookup of each of 256 first-token hashes: most words of a text come again.
        let none = !0u64;
        let mut memo: [(u64, &[u32]); 256] = [(none, self.candidates(none)); 256];
        let mut i = 0;
        while i < toks.len() {
            let wend = (i + width).min(toks.len());
            let head = toks[i];
            let mut resume: Option<usize> = None;
            if head.word || self.punct_start[b[head.start] as usize] {
                resume = self.try_at(b, &toks[i..wend], head, &mut memo, &mut accept);
            }
            match resume {
                Some(end) => {
                    let mut j = i + 1;
                    while j < wend && toks[j].start < end {
                        j += 1;
                    }
                    // Past the whole window: go on from `end` itself, even inside a token.
                    if j == wend && toks[wend - 1].end < end {
                        toks.truncate(wend);
                        tokens_from(text, end, &mut toks);
                    }
                    i = j;
                }
                None => i += 1,
            }
        }
        TOKS.set(toks);
    }

    fn candidates(&self, hash: u64) -> &[u32] {
        match self.first.get(&hash) {
            Some(&(a, b)) => &self.by_first[a as usize..b as usize],
            None => &[],
        }
    }

    fn try_at<'a>(
        &'a self,
        b: &[u8],
        window: &[Tok],
        head: Tok,
        memo: &mut [(u64, &'a [u32]); 256],
        accept: &mut impl FnMut(Candidate) -> Option<usize>,
    ) -> Option<usize> {
        // `self.candidates(hash)`, remembered.
        let mut candidates = |hash: u64| {
            let slot = &mut memo[(hash >> 56) as usize];
            if slot.0 != hash {
                *slot = (hash, self.candidates(hash));
            }
            slot.1
        };
        let n = head.end - head.start;
        if n > MAX_TOKEN {
            return None;
        }
        let word = &b[head.start..head.end];
        // Exact first token (any length of form), then a single-token form plus an ending.
        // The first byte of the next token, lowercase (0: none; no token starts with 0).
        let next = window.get(1).map_or(0, |t| b[t.start].to_ascii_lowercase());
        for &id in candidates(hash_lower(word)) {
            // Most candidates have more tokens and fail on the second one's first byte: check
            // that (`second` is 0 for a one-token form) before looking at the form itself.
            let second = self.second[id as usize];
            if second != 0 && second != next {
                continue;
            }
            let count = self.forms[id as usize].1 as usize;
            if count > window.len() {
                continue;
            }
            let mut core_end = head.end;
            let mut ok = true;
            for (k, &t) in window.iter().enumerate().take(count) {
                let f = self.form_token(id, k);
                match Self::token_matches(b, t, f, k > 0 && k + 1 == count) {
                    Some(e) if t.word == is_word_byte(f[0]) => core_end = e,
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                let end = window[count - 1].end;
                if let Some(r) = accept(Candidate {
                    form: id,
                    start: head.start,
                    core_end,
                    end,
                }) {
                    return Some(r);
                }
            }
        }
        // Every ending is digits or ends in one of these letters.
        let last = word[n - 1].to_ascii_lowercase();
        if !head.word || !(last.is_ascii_digit() || matches!(last, b'g' | b's' | b'd' | b'r')) {
            return None;
        }
        // Each distinct cut once (suffixes are 1 to 3 bytes; digits 1 or 2), longest first.
        for cut in [3, 2, 1] {
            if cut >= n {
                continue;
            }
            let (stem, rest) = word.split_at(n - cut);
            let digits = rest.iter().all(u8::is_ascii_digit);
            if !digits
                && !SUFFIXES
                    .iter()
                    .any(|s| rest.eq_ignore_ascii_case(s.as_bytes()))
            {
                continue;
            }
            for &id in candidates(hash_lower(stem)) {
                if self.forms[id as usize].1 != 1
                    || !stem.eq_ignore_ascii_case(self.form_token(id, 0))
                {
                    continue;
                }
                let c = Candidate {
                    form: id,
                    start: head.start,
                    core_end: head.start + stem.len(),
                    end: head.end,
                };
                if let Some(r) = accept(c) {
                    return Some(r);
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(lex: &Lexicon, text: &str) -> Vec<(u32, String, String)> {
        let mut out = Vec::new();
        lex.scan(text, |c| {
            out.push((
                c.form,
                text[c.start..c.core_end].to_string(),
                text[c.start..c.end].to_string(),
            ));
            Some(c.end)
        });
        out
    }

    /// The tokenizer and scan as they were before tokens were cut all at once (streaming through
    /// a window), to check that the faster ones give the same results.
    mod reference {
        use super::super::*;

        /// Cut text into tokens: runs of letters/digits (any script) and single punctuation
        /// characters; whitespace and control characters separate.
        pub(super) fn reference_next_token(text: &str, mut i: usize) -> Option<Tok> {
            let b = text.as_bytes();
            loop {
                while i < b.len() && (b[i].is_ascii_whitespace() || b[i] < 0x20) {
                    i += 1;
                }
                if i >= b.len() {
                    return None;
                }
                if super::word_at(text, i).is_some() {
                    let start = i;
                    while i < b.len() {
                        // ASCII letters and digits without the call (most of any text).
                        if b[i].is_ascii_alphanumeric() {
                            i += 1;
                            continue;
                        }
                        match super::word_at(text, i) {
                            Some(n) => i += n,
                            None => break,
                        }
                    }
                    return Some(Tok {
                        start,
                        end: i,
                        word: true,
                    });
                }
                let n = text[i..].chars().next().map_or(1, char::len_utf8);
                if n == 1 {
                    return Some(Tok {
                        start: i,
                        end: i + 1,
                        word: false,
                    });
                }
                // Non-ASCII punctuation and spaces (`—`, `“`, no-break space) only separate.
                i += n;
            }
        }

        /// Scan `text`, offering every candidate at each token, longest first, to `accept`; when it
        /// returns `Some(end)` scanning resumes at the first token at or after `end`.
        pub(super) fn reference_scan(
            lex: &Lexicon,
            text: &str,
            mut accept: impl FnMut(Candidate) -> Option<usize>,
        ) {
            let b = text.as_bytes();
            let mut window = std::collections::VecDeque::<Tok>::with_capacity(lex.max_len + 1);
            let mut pos = 0;
            loop {
                while window.len() < lex.max_len.max(1) {
                    match reference_next_token(text, pos) {
                        Some(t) => {
                            pos = t.end;
                            window.push_back(t);
                        }
                        None => break,
                    }
                }
                let Some(&head) = window.front() else {
                    return;
                };
                let mut resume: Option<usize> = None;
                if head.word || lex.punct_start[b[head.start] as usize] {
                    resume = reference_try_at(lex, b, &window, head, &mut accept);
                }
                match resume {
                    Some(end) => {
                        while window.front().is_some_and(|t| t.start < end) {
                            window.pop_front();
                        }
                        if window.is_empty() && pos < end {
                            pos = end;
                        }
                    }
                    None => {
                        window.pop_front();
                    }
                }
            }
        }

        fn reference_try_at(
            lex: &Lexicon,
            b: &[u8],
            window: &std::collections::VecDeque<Tok>,
            head: Tok,
            accept: &mut impl FnMut(Candidate) -> Option<usize>,
        ) -> Option<usize> {
            let n = head.end - head.start;
            if n > MAX_TOKEN {
                return None;
            }
            let word = &b[head.start..head.end];
            // Exact first token (any length of form), then a single-token form plus an ending.
            for &id in lex.candidates(hash_lower(word)) {
                let count = lex.forms[id as usize].1 as usize;
                if count > window.len()
                    || (count >= 2
                        && b[window[1].start].to_ascii_lowercase() != lex.second[id as usize])
                {
                    continue;
                }
                let mut core_end = head.end;
                let mut ok = true;
                for (k, &t) in window.iter().enumerate().take(count) {
                    let f = lex.form_token(id, k);
                    match Lexicon::token_matches(b, t, f, k > 0 && k + 1 == count) {
                        Some(e) if t.word == is_word_byte(f[0]) => core_end = e,
                        _ => {
                            ok = false;
                            break;
                        }
                    }
                }
                if ok {
                    let end = window[count - 1].end;
                    if let Some(r) = accept(Candidate {
                        form: id,
                        start: head.start,
                        core_end,
                        end,
                    }) {
                        return Some(r);
                    }
                }
            }
            if !head.word {
                return None;
            }
            // Each distinct cut once (suffixes are 1 to 3 bytes; digits 1 or 2), longest first.
            for cut in [3, 2, 1] {
                if cut >= n {
                    continue;
                }
                let (stem, rest) = word.split_at(n - cut);
                let digits = rest.iter().all(u8::is_ascii_digit);
                if !digits
                    && !SUFFIXES
                        .iter()
                        .any(|s| rest.eq_ignore_ascii_case(s.as_bytes()))
                {
                    continue;
                }
                for &id in lex.candidates(hash_lower(stem)) {
                    if lex.forms[id as usize].1 != 1
                        || !stem.eq_ignore_ascii_case(lex.form_token(id, 0))
                    {
                        continue;
                    }
                    let c = Candidate {
                        form: id,
                        start: head.start,
                        core_end: head.start + stem.len(),
                        end: head.end,
                    };
                    if let Some(r) = accept(c) {
                        return Some(r);
                    }
                }
            }
            None
        }
    }

    /// A few thousand pseudo-random texts from pieces that exercise tokens, endings and
    /// multi-token forms.
    fn random_texts() -> Vec<String> {
        let pieces = [
            "Node",
            ".",
            "js",
            "node.js",
            "Java",
            "JavaScript",
            "Javas",
            "react",
            "React Native",
            "APIs",
            "api",
            "Python3",
            "python310",
            "microservices",
            "amazon web services",
            "C",
            "C++",
            "C #",
            "#",
            ".NET",
            " ",
            "  ",
            "\n",
            "\t",
            ",",
            "-",
            "Zürich",
            "—",
            "“",
            "\u{a0}",
            "data",
            "science",
            "data science",
            "ing",
            "ers",
            "er",
            "d",
            "es",
            "7",
            "managed",
            "x\u{301}",
            "٣",
            "é",
            "\u{1}",
            "\u{7f}",
            "go",
            "Go",
            "mentoring",
            "k8s",
            "AWS/GCP",
            "ci-cd",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        (0..3000)
            .map(|_| {
                let n = next() % 30;
                (0..n)
                    .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                    .collect::<String>()
            })
            .collect()
    }

    type Accept<'a> = dyn FnMut(Candidate) -> Option<usize> + 'a;

    #[test]
    fn tokens_and_scan_agree_with_the_streaming_reference() {
        let lex = Lexicon::new([
            "java",
            "javascript",
            "react",
            "react native",
            "node.js",
            "c",
            "c++",
            "c#",
            ".net",
            "api",
            "python",
            "microservice",
            "amazon web services",
            "data science",
            "data",
            "mentor",
            "go",
            "k8s",
            "aws",
            "gcp",
            "ci-cd",
            "é",
        ]);
        for text in random_texts() {
            let mut got = Vec::new();
            tokens_from(&text, 0, &mut got);
            let mut want = Vec::new();
            let mut i = 0;
            while let Some(t) = reference::reference_next_token(&text, i) {
                want.push(t);
                i = t.end;
            }
            assert_eq!(got, want, "{text:?}");
            // Accept every other candidate, sometimes ending inside or past the next token.
            for mode in 0..3u32 {
                let run = |scan: &dyn Fn(&mut Accept)| {
                    let mut seen = Vec::new();
                    let mut k = 0u32;
                    scan(&mut |c: Candidate| {
                        k += 1;
                        seen.push(c);
                        let end = match mode {
                            0 => c.end,
                            1 => c.core_end,
                            _ => (c.end + 3).min(text.len()),
                        };
                        (k % 2 == 1 && text.is_char_boundary(end)).then_some(end)
                    });
                    seen
                };
                let got = run(&|f| lex.scan(&text, f));
                let want = run(&|f| reference::reference_scan(&lex, &text, f));
                assert_eq!(got, want, "{text:?} mode {mode}");
            }
        }
    }

    #[test]
    fn tokens_ignore_spacing_around_punctuation() {
        assert_eq!(form_tokens("Node . js"), form_tokens("node.js"));
        assert_eq!(form_tokens("C #"), ["c", "#"]);
        assert_eq!(
            form_tokens("Amazon Web Services"),
            ["amazon", "web", "services"]
        );
    }

    #[test]
    fn longest_form_wins_and_words_are_whole() {
        let lex = Lexicon::new([
            "java",
            "javascript",
            "react",
            "react native",
            "node.js",
            "c",
            "c++",
        ]);
        let got = all(
            &lex,
            "JavaScript, React Native, Node . js and C++ but not Javas",
        );
        let forms: Vec<u32> = got.iter().map(|g| g.0).collect();
        assert_eq!(forms, [1, 3, 4, 6, 0]);
        assert_eq!(got[4].2, "Javas");
    }

    #[test]
    fn endings_only_on_the_last_word() {
        let lex = Lexicon::new(["api", "python", "microservice", "amazon web services"]);
        let got = all(&lex, "APIs in Python3 microservices amazon web servicesx");
        assert_eq!(
            got.iter().map(|g| g.1.as_str()).collect::<Vec<_>>(),
            ["API", "Python", "microservice"]
        );
    }

    #[test]
    fn rejected_candidates_fall_back_to_shorter_ones() {
        let lex = Lexicon::new(["react native", "react"]);
        let mut seen = Vec::new();
        lex.scan("React Native", |c| {
            seen.push(c.form);
            (c.form == 1).then_some(c.end)
        });
        assert_eq!(seen, [0, 1]);
    }
}
