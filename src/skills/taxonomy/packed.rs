//! The built-in taxonomy with its long tail as the packed file holds it (see `skills::packed`):
//! the long tail's skills, and the whole name index in its final order, so that a run neither
//! parses `data/longtail.tsv` nor normalises, sorts and merges its 15,000 keys.
//!
//! Owns this section's layout, its reading over the curated taxonomy (`Taxonomy::read_packed`)
//! and its writing (test-only). It must not decide which skills the long tail has (that is
//! `longtail`, whose `with_longtail` builds what is written here).

use super::{Category, Kind, Skill, SkillId, Taxonomy};
use crate::skills::packed::{le32, pooled, Reader};
use std::borrow::Cow;

impl Taxonomy {
    /// `curated` with the long tail after it, as the packed section of `r` holds it; `None` if
    /// the section was made for other curated tables.
    ///
    /// The long tail's alias lists live for the rest of the process (leaked once: this is read
    /// once per process, by `Taxonomy::builtin`).
    pub(crate) fn read_packed(curated: Taxonomy, r: &mut Reader) -> Option<Taxonomy> {
        if curated.frozen == 0 || r.u32() as usize != curated.len() {
            return None;
        }
        let forms = r.array(|b: &[u8; 8], pool| Cow::Borrowed(pooled(b, 0, pool)));
        let forms: &'static [Cow<'static, str>] = Vec::leak(forms);
        let tail = r.array(|b: &[u8; 19], pool| {
            let name = pooled(b, 0, pool);
            let (category, kind) = (Category::ALL[b[8] as usize], Kind::ALL[b[9] as usize]);
            (name, category, kind, b[10] != 0, le32(b, 11), le32(b, 15))
        });
        let mut skills = Vec::with_capacity(curated.len() + tail.len());
        skills.extend_from_slice(&curated.skills);
        let mut at = 0;
        for (name, category, kind, ambiguous, aliases, ambiguous_aliases) in tail {
            let mut take = |k: u32| {
                at += k as usize;
                Cow::Borrowed(&forms[at - k as usize..at])
            };
            skills.push(Skill {
                id: SkillId(skills.len() as u32),
                name: Cow::Borrowed(name),
                category,
                kind,
                aliases: take(aliases),
                implies: Cow::Borrowed(&[]),
                related: Cow::Borrowed(&[]),
                ambiguous,
                ambiguous_aliases: take(ambiguous_aliases),
            });
        }
        let index =
            r.array(|b: &[u8; 12], pool| (Cow::Borrowed(pooled(b, 0, pool)), SkillId(le32(b, 8))));
        let mut closure = Vec::with_capacity(skills.len());
        closure.extend_from_slice(&curated.closure);
        closure.resize(skills.len(), Cow::Borrowed(&[][..]));
        debug_assert!(r.is_done() && at == forms.len());
        Some(Taxonomy {
            skills: Cow::Owned(skills),
            index: Cow::Owned(index),
            closure: Cow::Owned(closure),
            frozen: curated.frozen,
            builtin: 0,
        })
    }

    /// Write the skills after the first `curated` (which must have no relations, as the long
    /// tail's have none) and the whole index.
    #[cfg(test)]
    pub(crate) fn write_packed(&self, curated: usize, w: &mut crate::skills::packed::Writer) {
        w.len(curated);
        let tail = &self.skills[curated..];
        w.len(
            tail.iter()
                .map(|s| s.aliases.len() + s.ambiguous_aliases.len())
                .sum(),
        );
        for s in tail {
            for form in s.aliases.iter().chain(s.ambiguous_aliases.iter()) {
                w.str(form);
            }
        }
        w.len(tail.len());
        for s in tail {
            assert!(
                s.implies.is_empty() && s.related.is_empty() && self.implied_by(s.id).is_empty(),
                "{}: the packed long tail has no relations",
                s.name
            );
            w.str(&s.name);
            w.u8(s.category as u8);
            w.u8(s.kind as u8);
            w.u8(s.ambiguous as u8);
            w.len(s.aliases.len());
            w.len(s.ambiguous_aliases.len());
        }
        w.len(self.index.len());
        for (key, id) in self.index.iter() {
            w.str(key);
            w.u32(id.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_and_kinds_read_back_from_their_numbers() {
        // `Other` is the last category: a new one after it would be missing from `ALL`.
        assert_eq!(Category::ALL.len(), Category::Other as usize + 1);
        for c in Category::ALL {
            assert_eq!(Category::ALL[c as usize], c);
            assert_eq!(Category::parse(c.as_str()), Some(c));
        }
        for k in Kind::ALL {
            assert_eq!(Kind::ALL[k as usize], k);
        }
    }
}
