//! Surface forms as token sequences, and a longest-match scan of a text's tokens.
//!
//! Owns the fast path of mention finding: a text is cut into word tokens (letters and digits)
//! and single punctuation tokens, whitespace dropped, so `Node.js`, `Node . js` and `node.js`
//! are the same three tokens and `Java` can never match inside `JavaScript`. Candidates are
//! looked up by their first token in an open-addressing table, longest first. Forms can be
//! added one at a time (a profile's own skill names extend the built-in lexicon), and the
//! tables can be written out as Rust statics, so the built-in lexicon costs nothing to build at
//! start (see `frozen`). Scanning needs no memory beyond the text's token offsets. It knows
//! nothing about skills or context rules: the caller's `accept` decides.
//!
//! The parts: `tokens` cuts text (a SWAR tokeniser), `hash` hashes words, `endings` says which
//! suffix cuts a word allows, `table` holds the forms by key (and freezes them to statics),
//! `scan` walks a text. This file holds the `Lexicon` and adding and finding forms.

mod endings;
mod hash;
#[cfg(test)]
mod reference;
mod scan;
mod table;
mod tokens;

pub use crate::skills::fxhash::{FxBuild, FxHasher};
pub(crate) use table::{probe_hash, Entry, Slot};
pub use tokens::form_tokens;

use hash::{form_key, hash_word};
use std::borrow::Cow;
use table::{filter_bit, FILTER_WORDS};
use tokens::{is_word_byte, next_token};

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

/// The forms, stored so that they can live in statics (the built-in lexicon is generated once,
/// see `frozen`) or be built and extended at run time (`Cow::Owned` on first change).
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Open-addressing table (linear probing, a power of two long) from a form key (see
    /// `form_key`) to a range of `by_first`.
    table: Cow<'static, [Slot]>,
    /// Occupied slots of `table`.
    groups: usize,
    /// One bit per value of a key's top 19 bits (`filter_bit`): most words of a text start no
    /// form, and this 64 KB filter turns them away without the table.
    filter: Cow<'static, [u64]>,
    /// Forms grouped by key; within a group, most tokens first, then most characters, then
    /// the earlier form. Extending may leave unused entries behind.
    by_first: Cow<'static, [Entry]>,
    /// Every form's tokens, lowercase, one after the other.
    arena: Cow<'static, str>,
    /// Token spans in `arena`.
    toks: Cow<'static, [(u32, u32)]>,
    /// Per form: index of its first token in `toks`, and its token count.
    forms: Cow<'static, [(u32, u32)]>,
    /// Punctuation bytes that start some form (`.` for `.NET`).
    punct_start: [bool; 256],
    max_len: usize,
}

impl Default for Lexicon {
    fn default() -> Lexicon {
        Lexicon {
            table: Cow::Borrowed(&[]),
            groups: 0,
            filter: Cow::Borrowed(&[]),
            by_first: Cow::Borrowed(&[]),
            arena: Cow::Borrowed(""),
            toks: Cow::Borrowed(&[]),
            forms: Cow::Borrowed(&[]),
            punct_start: [false; 256],
            max_len: 0,
        }
    }
}

impl Lexicon {
    /// Index forms; a form's position is its id in `Candidate::form`.
    pub fn new<'a>(forms: impl IntoIterator<Item = &'a str>) -> Lexicon {
        let mut lex = Lexicon::default();
        for form in forms {
            lex.add(form);
        }
        lex.compact();
        lex
    }

    /// Add a form; returns its id (the next number).
    pub fn add(&mut self, form: &str) -> u32 {
        let id = self.forms.len() as u32;
        let first_tok = self.toks.len() as u32;
        let (arena, toks) = (self.arena.to_mut(), self.toks.to_mut());
        let mut i = 0;
        while let Some(t) = next_token(form, i) {
            let start = arena.len();
            arena.push_str(&form[t.start..t.end]);
            arena[start..].make_ascii_lowercase();
            toks.push((start as u32, arena.len() as u32));
            i = t.end;
        }
        let n = toks.len() as u32 - first_tok;
        self.forms.to_mut().push((first_tok, n));
        let second = if n >= 2 {
            self.arena.as_bytes()[self.toks[first_tok as usize + 1].0 as usize]
        } else {
            0
        };
        if n == 0 {
            return id;
        }
        let first = self.form_token(id, 0);
        let (lead, hash) = (
            first[0],
            form_key(hash_word(first), (n >= 2).then_some(second)),
        );
        if !is_word_byte(lead) {
            self.punct_start[lead as usize] = true;
        }
        self.max_len = self.max_len.max(n as usize);
        // The new form goes into its group, which moves to the end of `by_first` first unless
        // it is already there.
        let slot = self.slot(hash);
        let (_, a, b) = self.table[slot];
        let entry = (self.form_sig(id), id);
        let (forms, toks) = (&self.forms, &self.toks);
        let chars = |f: u32| -> u32 {
            let (first, n) = forms[f as usize];
            toks[first as usize..(first + n) as usize]
                .iter()
                .map(|&(s, e)| e - s)
                .sum()
        };
        let key = |&(_, f): &Entry| {
            (
                std::cmp::Reverse(forms[f as usize].1),
                std::cmp::Reverse(chars(f)),
                f,
            )
        };
        let by_first = self.by_first.to_mut();
        let start = if b != 0 && b as usize == by_first.len() {
            a as usize
        } else {
            let start = by_first.len();
            by_first.extend_from_within(a as usize..b as usize);
            start
        };
        let new_key = key(&entry);
        let at = start + by_first[start..].partition_point(|g| key(g) < new_key);
        by_first.insert(at, entry);
        let (start, end) = (start as u32, by_first.len() as u32);
        if self.table[slot].2 == 0 {
            self.groups += 1;
        }
        let filter = self.filter.to_mut();
        filter.resize(FILTER_WORDS, 0);
        let bit = filter_bit(hash);
        filter[bit / 64] |= 1 << (bit % 64);
        self.table.to_mut()[slot] = (hash, start, end);
        if self.groups * 2 > self.table.len() {
            self.rehash(self.table.len() * 2);
        }
        id
    }

    /// The id of a form with exactly these tokens (case-insensitive), if any.
    pub fn find_form(&self, form: &str) -> Option<u32> {
        let bytes = form.as_bytes();
        let mut tokens: Vec<&[u8]> = Vec::new();
        let mut at = 0;
        while let Some(t) = next_token(form, at) {
            tokens.push(&bytes[t.start..t.end]);
            at = t.end;
        }
        let second = tokens.get(1).map(|t| t[0].to_ascii_lowercase());
        self.candidates(form_key(hash_word(tokens.first()?), second))
            .iter()
            .map(|&(_, id)| id)
            .find(|&id| {
                self.forms[id as usize].1 as usize == tokens.len()
                    && tokens
                        .iter()
                        .enumerate()
                        .all(|(k, t)| t.eq_ignore_ascii_case(self.form_token(id, k)))
            })
    }

    /// The shape of form `id`: the lengths of its first seven tokens (bytes 0 to 6) and its
    /// token count (byte 7), each at most 255. `try_at` compares it with the text's tokens
    /// (`window_sig`) before reading the form itself.
    fn form_sig(&self, id: u32) -> u64 {
        let (first, n) = self.forms[id as usize];
        let mut sig = u64::from(n.min(255)) << 56;
        for k in 0..(n as usize).min(7) {
            let (s, e) = self.toks[first as usize + k];
            sig |= u64::from((e - s).min(255)) << (8 * k);
        }
        sig
    }

    #[inline]
    fn form_token(&self, form: u32, k: usize) -> &[u8] {
        let (first, _) = self.forms[form as usize];
        let (s, e) = self.toks[first as usize + k];
        &self.arena.as_bytes()[s as usize..e as usize]
    }
}

#[cfg(test)]
mod tests;
