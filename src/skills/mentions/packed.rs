//! The built-in taxonomy's finder (curated skills and long tail) as the packed file holds it
//! (see `skills::packed`): its lexicon's tables, patterns and `technical` flags, exactly as
//! `with_longtail_forms` builds them at run time.
//!
//! Owns this section's layout, reading and (test-only) writing. It must not build a finder.

use super::{MentionFinder, Pattern};
use crate::skills::lexicon::Lexicon;
use crate::skills::packed::{le32, pooled, Reader};
use crate::skills::taxonomy::SkillId;
use std::borrow::Cow;

// Pattern flags: 1 guarded, 2 suffixes, 4 plural, 8 verb (as in the generated statics).

impl MentionFinder {
    /// The finder `write_packed` wrote.
    pub(super) fn read_packed(r: &mut Reader) -> MentionFinder {
        let lexicon = Lexicon::read_packed(r);
        let patterns = r.array(|b: &[u8; 13], pool| {
            let flags = b[4];
            Pattern {
                skill: SkillId(le32(b, 0)),
                exact: (le32(b, 5) != u32::MAX).then(|| Cow::Borrowed(pooled(b, 5, pool))),
                guarded: flags & 1 != 0,
                suffixes: flags & 2 != 0,
                plural: flags & 4 != 0,
                verb: flags & 8 != 0,
            }
        });
        let technical = r.array(|b: &[u8; 1], _| b[0] != 0);
        debug_assert!(r.is_done());
        MentionFinder {
            lexicon,
            patterns: Cow::Owned(patterns),
            technical: Cow::Owned(technical),
        }
    }

    /// The finder to pack for the built-in taxonomy `tax` (curated skills and long tail): the
    /// one a run builds without the packed file, its lexicon compacted (the same scan, without
    /// the entries that extending left behind).
    #[cfg(test)]
    pub(crate) fn packed_builtin(tax: &crate::skills::taxonomy::Taxonomy) -> MentionFinder {
        let mut finder = MentionFinder::with_longtail_forms(tax);
        finder.lexicon.compact();
        finder
    }

    /// Write the finder (finished).
    #[cfg(test)]
    pub(crate) fn write_packed(&self, w: &mut crate::skills::packed::Writer) {
        self.lexicon.write_packed(w);
        w.len(self.patterns.len());
        for p in self.patterns.iter() {
            w.u32(p.skill.0);
            w.u8(p.guarded as u8
                | (p.suffixes as u8) << 1
                | (p.plural as u8) << 2
                | (p.verb as u8) << 3);
            w.opt_str(p.exact.as_deref());
        }
        w.len(self.technical.len());
        for &t in self.technical.iter() {
            w.u8(t as u8);
        }
    }
}
