//! Building a taxonomy from files: merging them in order, checking names, aliases and relations
//! (with diagnostics at their YAML positions), the implication closure, and custom skills.
//!
//! Owns `Taxonomy::build`, `compute_closure` and `with_custom`. It must not scan text or know
//! the built-in tables (that is `builtin`); problems come back as diagnostics, not panics, and
//! the taxonomy stays usable without the offending entries.

use super::{normalize, Category, Kind, Skill, SkillDef, SkillId, Taxonomy, TaxonomyFile};
use crate::diagnostic::{Diagnostic, Severity};
use crate::locate::{self, Outline, Seg};
use crate::skills::fxhash::FxBuild;
use crate::source::Source;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;

type FxMap<K, V> = HashMap<K, V, FxBuild>;

/// One definition that won the merge: the definition, its file's index and its entry's index
/// in that file (for diagnostics).
type Def = (SkillDef, usize, usize);

/// A taxonomy on its way from files to `Taxonomy`: the steps of `Taxonomy::build` in order
/// (`names`, `aliases`, `relations`), each adding to the skills, the index and the diagnostics.
struct Builder<'s> {
    /// Each file's source, by file index.
    sources: Vec<&'s Source>,
    /// Each file's outline for placing problems, made at its first problem (not once per
    /// problem: 20,000 problems in one file would read it 20,000 times).
    outlines: Vec<OnceCell<Outline<'s>>>,
    defs: Vec<Def>,
    /// The skills made so far; a skill's id is still its definition's index.
    skills: Vec<Skill>,
    /// Normalised name or alias → skill.
    index: FxMap<String, SkillId>,
    /// Definition index → position in `skills` (a definition with an empty name has none).
    pos_of_def: FxMap<usize, usize>,
    diags: Vec<Diagnostic>,
}

impl Taxonomy {
    /// Build from taxonomy files in order; a later file's skill with the same name replaces the
    /// earlier one, new skills are added. Problems (unknown implies targets, alias clashes) come back
    /// as diagnostics; the taxonomy is still usable without the offending entries.
    pub fn build(files: Vec<(TaxonomyFile, &Source)>) -> (Taxonomy, Vec<Diagnostic>) {
        let sources: Vec<&Source> = files.iter().map(|(_, s)| *s).collect();
        let defs = merge(files);
        let mut b = Builder {
            outlines: sources.iter().map(|_| OnceCell::new()).collect(),
            sources,
            skills: Vec::with_capacity(defs.len()),
            defs,
            index: FxMap::default(),
            pos_of_def: FxMap::default(),
            diags: Vec::new(),
        };
        b.names();
        // Aliases after all names, so a name always wins over another skill's alias.
        b.aliases();
        b.relations();
        let (skills, index) = renumber(b.skills, b.index);
        let mut tax = Taxonomy {
            skills: Cow::Owned(skills),
            index: Cow::Owned(index),
            closure: Cow::Borrowed(&[]),
            frozen: 0,
            builtin: 0,
        };
        tax.compute_closure();
        (tax, b.diags)
    }

    fn compute_closure(&mut self) {
        let n = self.skills.len();
        // `seen[s] == i + 1` marks s as reached from skill i; one buffer serves every skill.
        let mut seen = vec![0u32; n];
        let mut stack: Vec<SkillId> = Vec::new();
        self.closure = (0..n)
            .map(|i| {
                if self.skills[i].implies.is_empty() {
                    return Cow::Borrowed(&[][..]);
                }
                stack.clear();
                stack.extend(self.skills[i].implies.iter().copied());
                let mut out: Vec<SkillId> = Vec::new();
                while let Some(s) = stack.pop() {
                    let si = s.0 as usize;
                    if si == i || seen[si] == i as u32 + 1 {
                        continue;
                    }
                    seen[si] = i as u32 + 1;
                    out.push(s);
                    stack.extend(self.skills[si].implies.iter().copied());
                }
                out.sort();
                Cow::Owned(out)
            })
            .collect();
    }

    /// Add skills the taxonomy does not know (from a profile or job), matched by exact name only.
    /// Returns their ids in the order given.
    pub fn with_custom(&mut self, names: &[String]) -> Vec<SkillId> {
        let mut ids = Vec::new();
        for name in names {
            let key = normalize(name);
            let at = match self.index.binary_search_by(|(k, _)| k.as_ref().cmp(&key)) {
                Ok(at) => {
                    ids.push(self.index[at].1);
                    continue;
                }
                Err(at) => at,
            };
            let id = SkillId(self.skills.len() as u32);
            self.skills.to_mut().push(Skill {
                id,
                name: Cow::Owned(name.trim().to_string()),
                category: Category::Other,
                kind: Kind::Technology,
                aliases: Cow::Borrowed(&[]),
                implies: Cow::Borrowed(&[]),
                related: Cow::Borrowed(&[]),
                ambiguous: false,
                ambiguous_aliases: Cow::Borrowed(&[]),
            });
            self.closure.to_mut().push(Cow::Borrowed(&[]));
            self.index.to_mut().insert(at, (Cow::Owned(key), id));
            ids.push(id);
        }
        ids
    }
}

/// The definitions of all files in order, a later one replacing an earlier one of the same
/// (normalised) name in its place.
fn merge(files: Vec<(TaxonomyFile, &Source)>) -> Vec<Def> {
    let mut defs: Vec<Def> = Vec::new();
    let mut by_name: FxMap<String, usize> = FxMap::default();
    for (fi, (file, _)) in files.into_iter().enumerate() {
        for (ei, def) in file.skills.into_iter().enumerate() {
            let key = normalize(&def.name);
            match by_name.get(&key) {
                Some(&i) => defs[i] = (def, fi, ei),
                None => {
                    by_name.insert(key, defs.len());
                    defs.push((def, fi, ei));
                }
            }
        }
    }
    defs
}

impl<'s> Builder<'s> {
    /// A diagnostic at `path` of file `fi` (see `locate::diagnostic_at`).
    fn at(
        &self,
        fi: usize,
        path: &[Seg],
        value: Option<&str>,
        severity: Severity,
        message: impl Into<String>,
    ) -> Diagnostic {
        let source = self.sources[fi];
        let outline = self.outlines[fi].get_or_init(|| Outline::new(&source.text));
        locate::diagnostic_in(outline, source, path, value, severity, message)
    }

    /// A skill for every definition with a name (an empty one is an error), its name indexed.
    fn names(&mut self) {
        self.index.reserve(self.defs.len() * 4);
        for (i, (def, fi, ei)) in self.defs.iter().enumerate() {
            let id = SkillId(i as u32);
            if def.name.trim().is_empty() {
                self.diags.push(self.at(
                    *fi,
                    &[Seg::Key("skills"), Seg::Index(*ei), Seg::Key("name")],
                    None,
                    Severity::Error,
                    "skill name is empty",
                ));
                continue;
            }
            self.index.insert(normalize(&def.name), id);
            self.skills.push(Skill {
                id,
                name: Cow::Owned(def.name.trim().to_string()),
                category: def.category,
                kind: def.kind.unwrap_or(Kind::default_for(def.category)),
                aliases: Cow::Owned(Vec::new()),
                implies: Cow::Owned(Vec::new()),
                related: Cow::Owned(Vec::new()),
                ambiguous: def.ambiguous,
                ambiguous_aliases: Cow::Owned(Vec::new()),
            });
        }
        self.pos_of_def = self
            .skills
            .iter()
            .enumerate()
            .map(|(p, s)| (s.id.0 as usize, p))
            .collect();
    }

    /// Each definition's aliases and ambiguous aliases, indexed and added to its skill unless
    /// another skill has the name already (a warning).
    fn aliases(&mut self) {
        for (i, (def, fi, ei)) in self.defs.iter().enumerate() {
            let lists = [
                ("aliases", &def.aliases),
                ("ambiguous_aliases", &def.ambiguous_aliases),
            ];
            for (field, ai, alias) in lists
                .into_iter()
                .flat_map(|(f, l)| l.iter().enumerate().map(move |(ai, a)| (f, ai, a)))
            {
                let key = normalize(alias);
                if key.is_empty() {
                    continue;
                }
                match self.index.get(&key) {
                    Some(&other) if other.0 as usize != i => {
                        let other_name = self
                            .pos_of_def
                            .get(&(other.0 as usize))
                            .map(|&p| self.skills[p].name.to_string())
                            .unwrap_or_default();
                        self.diags.push(
                            self.at(
                                *fi,
                                &[
                                    Seg::Key("skills"),
                                    Seg::Index(*ei),
                                    Seg::Key(field),
                                    Seg::Index(ai),
                                ],
                                Some(alias),
                                Severity::Warning,
                                format!(
                                    "alias `{alias}` of `{}` is already taken by `{other_name}`",
                                    def.name
                                ),
                            )
                            .with_help("remove it from one of the two skills"),
                        );
                    }
                    Some(_) => {}
                    None => {
                        self.index.insert(key, SkillId(i as u32));
                        if let Some(&p) = self.pos_of_def.get(&i) {
                            let skill = &mut self.skills[p];
                            let list = if field == "aliases" {
                                &mut skill.aliases
                            } else {
                                &mut skill.ambiguous_aliases
                            };
                            list.to_mut().push(Cow::Owned(alias.trim().to_string()));
                        }
                    }
                }
            }
        }
    }

    /// Each definition's `implies` and `related` targets: implications added to the skill,
    /// relations to both skills; an unknown target is a warning.
    fn relations(&mut self) {
        let mut related_pairs = Vec::new();
        for (i, (def, fi, ei)) in self.defs.iter().enumerate() {
            let Some(&pos) = self.pos_of_def.get(&i) else {
                continue;
            };
            for (field, list) in [("implies", &def.implies), ("related", &def.related)] {
                for (ri, target) in list.iter().enumerate() {
                    match self.index.get(&normalize(target)) {
                        Some(&t) if t.0 as usize == i => {}
                        Some(&t) => {
                            if field == "implies" {
                                self.skills[pos].implies.to_mut().push(t);
                            } else {
                                related_pairs.push((SkillId(i as u32), t));
                            }
                        }
                        None => self.diags.push(self.at(
                            *fi,
                            &[
                                Seg::Key("skills"),
                                Seg::Index(*ei),
                                Seg::Key(field),
                                Seg::Index(ri),
                            ],
                            Some(target),
                            Severity::Warning,
                            format!("`{}` {field} unknown skill `{target}`", def.name),
                        )),
                    }
                }
            }
        }
        let pos_of: FxMap<SkillId, usize> = self
            .skills
            .iter()
            .enumerate()
            .map(|(p, s)| (s.id, p))
            .collect();
        for (a, b) in related_pairs {
            if let (Some(&pa), Some(&pb)) = (pos_of.get(&a), pos_of.get(&b)) {
                self.skills[pa].related.to_mut().push(b);
                self.skills[pb].related.to_mut().push(a);
            }
        }
    }
}

/// The skills numbered densely (entries may have been skipped), their relations sorted and
/// without duplicates, and the index sorted by name.
fn renumber(
    mut skills: Vec<Skill>,
    index: FxMap<String, SkillId>,
) -> (Vec<Skill>, Vec<(Cow<'static, str>, SkillId)>) {
    let remap: FxMap<SkillId, SkillId> = skills
        .iter()
        .enumerate()
        .map(|(p, s)| (s.id, SkillId(p as u32)))
        .collect();
    for s in &mut skills {
        s.id = remap[&s.id];
        for v in [&mut s.implies, &mut s.related] {
            let mut ids: Vec<SkillId> = v.iter().filter_map(|x| remap.get(x).copied()).collect();
            ids.sort();
            ids.dedup();
            *v = Cow::Owned(ids);
        }
    }
    let mut index: Vec<(Cow<'static, str>, SkillId)> = index
        .into_iter()
        .filter_map(|(k, v)| remap.get(&v).map(|&n| (Cow::Owned(k), n)))
        .collect();
    index.sort();
    (skills, index)
}
