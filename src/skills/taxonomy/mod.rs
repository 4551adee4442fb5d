//! The skill taxonomy: canonical skills, their aliases, categories and relations.
//!
//! Owns turning a skill *name* (as a user writes it in a profile or job file) into a `SkillId`,
//! the implication graph (EKS ⇒ Kubernetes, AWS) and "did you mean" suggestions. The built-in
//! taxonomy is `data/taxonomy.yaml`, compiled into the binary; a user file can add to or
//! override it. Finding skills in free text is `mentions`' job; this module must not scan text.
//!
//! The parts: `category` (what kind of skill), `builtin` (every form of the built-in taxonomy),
//! `longtail` (the embedded long tail of technology skills appended to it), `packed` (the
//! built-in taxonomy with its long tail read from the packed file), `build` (merging
//! files with diagnostics, the implication closure, custom skills). This file
//! holds the types and the queries.

mod build;
mod builtin;
mod category;
mod kind;
mod longtail;
mod packed;

pub use builtin::{builtin_file, builtin_source, BUILTIN, BUILTIN_PATH};
pub(crate) use builtin::{BUILTIN_HASH, LONGTAIL_HASH};
pub use category::Category;
pub use kind::Kind;
pub use longtail::{LONGTAIL, LONGTAIL_PATH};

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Index of a skill in its taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct SkillId(pub u32);

/// One skill entry as written in a taxonomy file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SkillDef {
    pub name: String,
    pub category: Category,
    /// What sort of skill it is; by default what most skills of its category are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub implies: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub ambiguous: bool,
    /// Aliases that are also ordinary words (`Excel`, `Lambda`): matched in text as an
    /// ambiguous name is, in their exact case and with technical context.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ambiguous_aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TaxonomyFile {
    pub skills: Vec<SkillDef>,
}

/// A resolved skill. (`Cow`s: the built-in skills live in generated statics, see `frozen`.)
#[derive(Debug, Clone, PartialEq)]
pub struct Skill {
    pub id: SkillId,
    pub name: Cow<'static, str>,
    pub category: Category,
    pub kind: Kind,
    pub aliases: Cow<'static, [Cow<'static, str>]>,
    /// Direct implications (EKS ⇒ Kubernetes).
    pub implies: Cow<'static, [SkillId]>,
    /// Transferable siblings (AWS ~ GCP), both directions.
    pub related: Cow<'static, [SkillId]>,
    /// The name is also an ordinary word: matched in text only in exact case and in technical context.
    pub ambiguous: bool,
    /// Aliases that are also ordinary words, matched in text as an ambiguous name is (they are
    /// not in `aliases`).
    pub ambiguous_aliases: Cow<'static, [Cow<'static, str>]>,
}

/// The set of known skills.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    skills: Cow<'static, [Skill]>,
    /// Normalised name or alias → skill, sorted by name.
    index: Cow<'static, [(Cow<'static, str>, SkillId)]>,
    /// Transitive implications, sorted.
    closure: Cow<'static, [Cow<'static, [SkillId]>]>,
    /// How many leading skills are the built-in ones of the generated tables (0 or all of them),
    /// so that `MentionFinder::new` can start from the generated finder.
    frozen: usize,
    /// How many leading skills are the built-in taxonomy with its long tail (0 or all of them),
    /// so that `MentionFinder::new` can start from the finder made for it once per process.
    builtin: usize,
}

/// Normalise a skill name for lookup: lowercase, trimmed, inner whitespace collapsed.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if word.is_ascii() {
            out.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
        } else {
            out.push_str(&word.to_lowercase());
        }
    }
    out
}

impl Taxonomy {
    pub fn len(&self) -> usize {
        self.skills.len()
    }

    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
    }

    pub fn skills(&self) -> &[Skill] {
        &self.skills
    }

    pub fn skill(&self, id: SkillId) -> &Skill {
        &self.skills[id.0 as usize]
    }

    pub fn name(&self, id: SkillId) -> &str {
        &self.skills[id.0 as usize].name
    }

    /// Look a name or alias up, case-insensitively.
    pub fn resolve(&self, name: &str) -> Option<SkillId> {
        let key = normalize(name);
        self.index
            .binary_search_by(|(k, _)| k.as_ref().cmp(&key))
            .ok()
            .map(|at| self.index[at].1)
    }

    /// Every skill `id` demonstrates, transitively (not including itself).
    pub fn implied_by(&self, id: SkillId) -> &[SkillId] {
        &self.closure[id.0 as usize]
    }

    /// Does having `have` demonstrate `want` (same skill or implied)?
    pub fn implies(&self, have: SkillId, want: SkillId) -> bool {
        have == want || self.closure[have.0 as usize].binary_search(&want).is_ok()
    }

    /// Are two skills transferable siblings?
    pub fn related(&self, a: SkillId, b: SkillId) -> bool {
        self.skills[a.0 as usize].related.binary_search(&b).is_ok()
    }

    /// Every normalised surface form (names and aliases) with its skill, sorted.
    pub fn forms(&self) -> BTreeMap<String, SkillId> {
        self.index
            .iter()
            .map(|(k, v)| (k.to_string(), *v))
            .collect()
    }

    /// "Did you mean …?" for an unknown name: alias-aware, strict enough never to suggest
    /// Java for JavaScript. Returns the canonical name.
    ///
    /// Bounded: a name longer than [`MAX_SUGGEST_CHARS`] gets none, and a form is compared
    /// (three edit distances, each quadratic in the lengths) only if a cheap lower bound on the
    /// edit distance (the lengths, then the letters' counts) leaves it a chance; 10,000 unknown
    /// names took 109 s before.
    pub fn suggest(&self, name: &str) -> Option<&str> {
        let key = normalize(name);
        let n = key.chars().count();
        if !(3..=MAX_SUGGEST_CHARS).contains(&n) {
            return None;
        }
        let key_bag = Bag::of(&key);
        let mut best: Option<(f64, SkillId)> = None;
        for (form, id) in self.index.iter() {
            let (form, id) = (form.as_ref(), *id);
            let m = form.chars().count();
            // Both tests below need the edit distance within a fifth of the longer length
            // (normalised Levenshtein ≥ 0.8) or at most 1 (Damerau); the distance is at least
            // the difference of the lengths and of the letters' counts.
            let room = 1.max(n.max(m) / 5);
            if m < 3 || n.abs_diff(m) > room || key_bag.distance(form) > room {
                continue;
            }
            let lev = strsim::normalized_levenshtein(&key, form);
            let one_edit =
                key.len() >= 4 && form.len() >= 4 && strsim::damerau_levenshtein(&key, form) == 1;
            if lev < 0.8 && !one_edit {
                continue;
            }
            let jw = strsim::jaro_winkler(&key, form);
            let ok = (jw >= 0.93 && lev >= 0.8) || one_edit;
            if ok && best.is_none_or(|(b, bid)| jw > b || (jw == b && id < bid)) {
                best = Some((jw, id));
            }
        }
        best.map(|(_, id)| self.name(id))
    }
}

/// Names longer than this get no "did you mean" (no skill's name or alias is that long).
pub const MAX_SUGGEST_CHARS: usize = 80;

/// How many of each character a text has, in 64 buckets: the difference of two bags is a
/// lower bound on the edit distance of their texts (an edit changes at most one count each way).
struct Bag([i32; 64]);

impl Bag {
    fn of(s: &str) -> Bag {
        let mut b = [0; 64];
        for c in s.chars() {
            b[c as usize % 64] += 1;
        }
        Bag(b)
    }

    /// max(characters only in self, characters only in `other`), by bucket.
    fn distance(&self, other: &str) -> usize {
        let mut d = self.0;
        for c in other.chars() {
            d[c as usize % 64] -= 1;
        }
        let (more, fewer) = d.iter().fold(
            (0, 0),
            |(p, q), &x| {
                if x > 0 {
                    (p + x, q)
                } else {
                    (p, q - x)
                }
            },
        );
        more.max(fewer) as usize
    }
}

#[cfg(test)]
mod tests;
