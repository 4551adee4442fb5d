//! A lexicon as the packed file holds it (see `skills::packed`): every table as it is after
//! `finish`, so that reading it is copying, with no tokenising, hashing, grouping or sorting.
//!
//! Owns this part's layout, reading and (test-only) writing. It must not build tables: it
//! stores what `add` and `finish` built.

use super::Lexicon;
use crate::skills::packed::{le32, le64, Reader};
use std::borrow::Cow;
use std::collections::BTreeMap;

impl Lexicon {
    /// The lexicon `write_packed` wrote.
    pub(crate) fn read_packed(r: &mut Reader) -> Lexicon {
        // The table's occupied slots only (a third of them): the rest are zeros.
        let mut table = vec![(0, 0, 0); r.u32() as usize];
        let slots = r.array(|b: &[u8; 20], _| (le32(b, 0), (le64(b, 4), le32(b, 12), le32(b, 16))));
        for (i, slot) in slots {
            table[i as usize] = slot;
        }
        let groups = r.u32() as usize;
        let filter = r.array(|b: &[u8; 8], _| le64(b, 0));
        let by_first = r.array(|b: &[u8; 12], _| (le64(b, 0), le32(b, 8)));
        let arena = r.str();
        let pair = |b: &[u8; 8], _| (le32(b, 0), le32(b, 4));
        let toks = r.array(pair);
        let forms = r.array(pair);
        let mut punct_start = [false; 256];
        for p in &mut punct_start {
            *p = r.u8() != 0;
        }
        let max_len = r.u32() as usize;
        Lexicon {
            table: Cow::Owned(table),
            groups,
            filter: Cow::Owned(filter),
            by_first: Cow::Owned(by_first),
            arena: Cow::Borrowed(arena),
            toks: Cow::Owned(toks),
            forms: Cow::Owned(forms),
            punct_start,
            max_len,
            pending: Vec::new(),
            pending_forms: BTreeMap::new(),
        }
    }

    /// Write the tables (after `finish`).
    #[cfg(test)]
    pub(crate) fn write_packed(&self, w: &mut crate::skills::packed::Writer) {
        assert!(self.pending.is_empty(), "finish before packing");
        w.len(self.table.len());
        let slots = self.table.iter().enumerate().filter(|(_, s)| s.2 != 0);
        w.len(slots.clone().count());
        for (i, &(h, a, b)) in slots {
            w.len(i);
            w.u64(h);
            w.u32(a);
            w.u32(b);
        }
        w.len(self.groups);
        w.len(self.filter.len());
        for &x in self.filter.iter() {
            w.u64(x);
        }
        w.len(self.by_first.len());
        for &(sig, id) in self.by_first.iter() {
            w.u64(sig);
            w.u32(id);
        }
        w.str(&self.arena);
        for pairs in [&self.toks, &self.forms] {
            w.len(pairs.len());
            for &(a, b) in pairs.iter() {
                w.u32(a);
                w.u32(b);
            }
        }
        for &p in &self.punct_start {
            w.u8(p as u8);
        }
        w.len(self.max_len);
    }
}
