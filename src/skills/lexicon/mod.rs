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
//! `packed` reads and writes the tables as the packed built-in file holds them,
//! `scan` walks a text. This file holds the `Lexicon` and adding and finding forms.

mod endings;
mod hash;
mod packed;
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
use std::collections::BTreeMap;
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
    /// Forms added since the last `finish`, not in their groups yet: (group key, id). Grouping
    /// them one at a time moved a group to the end of `by_first` whenever another had been
    /// added in between (quadratic memory for thousands of forms sharing a first word).
    pending: Vec<(u64, u32)>,
    /// The same forms by their tokens joined with `\0`, so that `find_form` sees them.
    pending_forms: BTreeMap<String, u32>,
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
            pending: Vec::new(),
            pending_forms: BTreeMap::new(),
        }
    }
}

impl Lexicon {
    /// Index forms; a form's position is its id in `Candidate::form`.
    pub fn new<'a>(forms: impl IntoIterator<Item = &'a str>) -> Lexicon {
        let mut lex = Lexicon::default();
        for form in forms {
            lex.add(form, true);
        }
        lex.finish();
        lex.compact();
        lex
    }

    /// Add a form; returns its id (the next number). Scanning finds it after `finish`;
    /// `find_form` sees it at once when `findable`, else after `finish` (a caller that knows
    /// its forms are new saves that bookkeeping).
    pub fn add(&mut self, form: &str, findable: bool) -> u32 {
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
        if n == 0 {
            return id;
        }
        let second =
            (n >= 2).then(|| self.arena.as_bytes()[self.toks[first_tok as usize + 1].0 as usize]);
        let first = self.form_token(id, 0);
        let (lead, hash) = (first[0], form_key(hash_word(first), second));
        if !is_word_byte(lead) {
            self.punct_start[lead as usize] = true;
        }
        self.max_len = self.max_len.max(n as usize);
        self.pending.push((hash, id));
        if findable {
            let joined = (0..n as usize)
                .map(|k| String::from_utf8_lossy(self.form_token(id, k)))
                .collect::<Vec<_>>()
                .join("\0");
            self.pending_forms.insert(joined, id);
        }
        id
    }

    /// Make room for `forms` more forms of `bytes` bytes in all (a caller adding thousands).
    pub fn reserve(&mut self, forms: usize, bytes: usize) {
        self.arena.to_mut().reserve(bytes);
        self.toks.to_mut().reserve(forms * 2);
        self.forms.to_mut().reserve(forms);
        self.pending.reserve(forms);
    }

    /// Put the forms added since the last call into their groups: each touched group is
    /// merged and sorted once and moved to the end of `by_first` (linear in what was added).
    pub fn finish(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let mut pending = std::mem::take(&mut self.pending);
        self.pending_forms.clear();
        // By key alone: within a group, `order` decides (it ends with the id).
        pending.sort_unstable_by_key(|&(hash, _)| hash);
        let filter = self.filter.to_mut();
        filter.resize(FILTER_WORDS, 0);
        self.by_first.to_mut().reserve(pending.len());
        let mut group: Vec<Entry> = Vec::new();
        for chunk in pending.chunk_by(|a, b| a.0 == b.0) {
            let hash = chunk[0].0;
            let slot = self.slot(hash);
            let (_, a, b) = self.table[slot];
            group.clear();
            group.extend_from_slice(&self.by_first[a as usize..b as usize]);
            group.extend(chunk.iter().map(|&(_, f)| (self.form_sig(f), f)));
            group.sort_by_cached_key(|&(_, f)| self.order(f));
            let by_first = self.by_first.to_mut();
            let start = by_first.len() as u32;
            by_first.extend_from_slice(&group);
            let end = by_first.len() as u32;
            if self.table[slot].2 == 0 {
                self.groups += 1;
            }
            let bit = filter_bit(hash);
            self.filter.to_mut()[bit / 64] |= 1 << (bit % 64);
            self.table.to_mut()[slot] = (hash, start, end);
            if self.groups * 2 > self.table.len() {
                self.rehash(self.table.len() * 2);
            }
        }
    }

    /// A form's place in its group: most tokens first, then most characters, then the earlier
    /// form.
    fn order(&self, f: u32) -> (std::cmp::Reverse<u32>, std::cmp::Reverse<u32>, u32) {
        let (first, n) = self.forms[f as usize];
        let chars = self.toks[first as usize..(first + n) as usize]
            .iter()
            .map(|&(s, e)| e - s)
            .sum();
        (std::cmp::Reverse(n), std::cmp::Reverse(chars), f)
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
        if !self.pending.is_empty() {
            let joined = tokens
                .iter()
                .map(|t| String::from_utf8_lossy(t).to_ascii_lowercase())
                .collect::<Vec<_>>()
                .join("\0");
            if let Some(&id) = self.pending_forms.get(&joined) {
                return Some(id);
            }
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
