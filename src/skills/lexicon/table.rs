//! The form table: an open-addressing hash table (linear probing) from a form key to its group
//! of forms, the bit filter in front of it, and freezing both to Rust statics.
//!
//! Owns the table layout (`Slot`, `Entry`, `FILTER_WORDS`, `TABLE_LAYOUT`), probing, growing
//! and compacting, and `write_static`/`from_static` (the generated built-in lexicon, see
//! `frozen`). It must not tokenise or scan text: it maps keys to candidate forms.

use super::hash::{form_key, hash_word};
use super::Lexicon;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Size of `Lexicon::filter` in words (2^19 bits, 64 KB).
pub(super) const FILTER_WORDS: usize = 1 << 13;

/// The filter bit of a key: its top bits.
#[inline(always)]
pub(super) fn filter_bit(key: u64) -> usize {
    (key >> (64 - (FILTER_WORDS * 64).trailing_zeros())) as usize
}

/// One entry of a group: the form's shape (`form_sig`) and its id.
pub(crate) type Entry = (u64, u32);

/// One slot of the first-token table: the hash of a first token and its group's range in
/// `by_first`; `end == 0` marks an empty slot.
pub(crate) type Slot = (u64, u32, u32);

/// Version of the generated tables' layout (2: group entries carry `form_sig`).
const TABLE_LAYOUT: u64 = 2;

/// The key of one fixed form, with the filter's size and the layout version: generated tables
/// record it, and are not used when the hash, the keys, the filter or the layout have changed.
pub(crate) fn probe_hash() -> u64 {
    form_key(hash_word(b"Spring"), Some(b'B')) ^ FILTER_WORDS as u64 ^ TABLE_LAYOUT << 32
}

impl Lexicon {
    /// A lexicon over tables written by `write_static` (the generated built-in one).
    #[allow(clippy::too_many_arguments)]
    pub(crate) const fn from_static(
        table: &'static [Slot],
        groups: usize,
        filter: &'static [u64],
        by_first: &'static [Entry],
        arena: &'static str,
        toks: &'static [(u32, u32)],
        forms: &'static [(u32, u32)],
        punct_start: [bool; 256],
        max_len: usize,
    ) -> Lexicon {
        Lexicon {
            table: Cow::Borrowed(table),
            groups,
            filter: Cow::Borrowed(filter),
            by_first: Cow::Borrowed(by_first),
            arena: Cow::Borrowed(arena),
            toks: Cow::Borrowed(toks),
            forms: Cow::Borrowed(forms),
            punct_start,
            max_len,
            pending: Vec::new(),
            pending_forms: BTreeMap::new(),
        }
    }

    /// A lexicon that borrows every table of this one (which lives as long as the program),
    /// for a finder made once per process. Forms added since the last `finish` are not in it.
    pub(crate) fn borrowed(&'static self) -> Lexicon {
        debug_assert!(self.pending.is_empty());
        Lexicon {
            table: Cow::Borrowed(&self.table),
            groups: self.groups,
            filter: Cow::Borrowed(&self.filter),
            by_first: Cow::Borrowed(&self.by_first),
            arena: Cow::Borrowed(&self.arena),
            toks: Cow::Borrowed(&self.toks),
            forms: Cow::Borrowed(&self.forms),
            punct_start: self.punct_start,
            max_len: self.max_len,
            pending: Vec::new(),
            pending_forms: BTreeMap::new(),
        }
    }

    /// The slot for `hash`: its own, or the empty one where it would go. Grows an empty table.
    pub(super) fn slot(&mut self, hash: u64) -> usize {
        if self.table.is_empty() {
            self.rehash(64);
        }
        let mask = self.table.len() - 1;
        let mut i = Self::home(hash, self.table.len());
        loop {
            let (h, _, end) = self.table[i];
            if end == 0 || h == hash {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// Where a hash starts probing in a table of `len` (a power of two) slots: its top bits.
    fn home(hash: u64, len: usize) -> usize {
        (hash >> (64 - len.trailing_zeros())) as usize
    }

    /// Rebuild the table with `len` slots.
    pub(super) fn rehash(&mut self, len: usize) {
        let old = std::mem::replace(&mut self.table, Cow::Owned(vec![(0, 0, 0); len]));
        let table = self.table.to_mut();
        for &(h, a, b) in old.iter().filter(|s| s.2 != 0) {
            let mut i = Self::home(h, len);
            while table[i].2 != 0 {
                i = (i + 1) & (len - 1);
            }
            table[i] = (h, a, b);
        }
    }

    /// Drop the ids that extending left behind in `by_first`.
    pub fn compact(&mut self) {
        let mut by_first = Vec::with_capacity(self.forms.len());
        let mut table = self.table.to_vec();
        for slot in table.iter_mut().filter(|s| s.2 != 0) {
            let start = by_first.len() as u32;
            by_first.extend_from_slice(&self.by_first[slot.1 as usize..slot.2 as usize]);
            *slot = (slot.0, start, by_first.len() as u32);
        }
        self.by_first = Cow::Owned(by_first);
        self.table = Cow::Owned(table);
    }

    /// The group of forms whose first token has this hash (empty for most words: the filter
    /// turns them away without touching the table).
    #[inline(always)]
    pub(super) fn candidates(&self, hash: u64) -> &[Entry] {
        let bit = filter_bit(hash);
        if self
            .filter
            .get(bit / 64)
            .is_none_or(|w| w & (1 << (bit % 64)) == 0)
        {
            return &[];
        }
        self.probe(hash)
    }

    /// The table lookup behind `candidates`.
    #[inline]
    fn probe(&self, hash: u64) -> &[Entry] {
        let len = self.table.len();
        let mut i = Self::home(hash, len);
        loop {
            let (h, a, b) = self.table[i];
            if b == 0 {
                return &[];
            }
            if h == hash {
                return &self.by_first[a as usize..b as usize];
            }
            i = (i + 1) & (len - 1);
        }
    }

    /// Rust source for statics holding this lexicon, and an expression building it from them
    /// with `from_static` (see `frozen`).
    #[cfg(test)]
    pub(crate) fn write_static(&self, out: &mut String) {
        use std::fmt::Write;
        let list = |out: &mut String, name: &str, ty: &str, items: Vec<String>| {
            writeln!(out, "static {name}: &[{ty}] = &[").unwrap();
            for chunk in items.chunks(12) {
                writeln!(out, "    {},", chunk.join(", ")).unwrap();
            }
            out.push_str(
                "];
",
            );
        };
        out.push_str(
            "const E: Slot = (0, 0, 0);
",
        );
        let slots = self
            .table
            .iter()
            .map(|&(h, a, b)| {
                if b == 0 {
                    "E".into()
                } else {
                    format!("({h:#x}, {a}, {b})")
                }
            })
            .collect();
        list(out, "LEX_TABLE", "Slot", slots);
        let words = self.filter.iter().map(|w| format!("{w:#x}")).collect();
        list(out, "LEX_FILTER", "u64", words);
        let entries = self
            .by_first
            .iter()
            .map(|(sig, id)| format!("({sig:#x}, {id})"))
            .collect();
        list(out, "LEX_BY_FIRST", "Entry", entries);
        let pairs = |xs: &[(u32, u32)]| xs.iter().map(|(a, b)| format!("({a}, {b})")).collect();
        list(out, "LEX_TOKS", "(u32, u32)", pairs(&self.toks));
        list(out, "LEX_FORMS", "(u32, u32)", pairs(&self.forms));
        writeln!(out, "static LEX_ARENA: &str = {:?};", self.arena).unwrap();
        let punct: Vec<usize> = (0..256).filter(|&b| self.punct_start[b]).collect();
        writeln!(
            out,
            "const fn lex_punct() -> [bool; 256] {{\n    let mut p = [false; 256];\n    let bytes: &[usize] = &{punct:?};\n    let mut i = 0;\n    while i < bytes.len() {{\n        p[bytes[i]] = true;\n        i += 1;\n    }}\n    p\n}}"
        )
        .unwrap();
        writeln!(
            out,
            "static LEX_PUNCT: [bool; 256] = lex_punct();\n\nfn lexicon() -> Lexicon {{\n    Lexicon::from_static(LEX_TABLE, {}, LEX_FILTER, LEX_BY_FIRST, LEX_ARENA, LEX_TOKS, LEX_FORMS, LEX_PUNCT, {})\n}}",
            self.groups, self.max_len
        )
        .unwrap();
    }
}
