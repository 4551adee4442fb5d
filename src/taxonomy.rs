//! The skill taxonomy: canonical skills, their aliases, categories and relations.
//!
//! Owns turning a skill *name* (as a user writes it in a profile or job file) into a `SkillId`,
//! the implication graph (EKS ⇒ Kubernetes, AWS) and "did you mean" suggestions. The built-in
//! taxonomy is `data/taxonomy.yaml`, compiled into the binary; a user file can add to or
//! override it. Finding skills in free text is `mentions`' job; this module must not scan text.

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Source;
use crate::yaml::{self, Seg};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// The built-in taxonomy's YAML, embedded at compile time (for messages and `check`).
pub const BUILTIN: &str = include_str!("../data/taxonomy.yaml");

/// One built-in skill, compiled from `data/taxonomy.yaml` by `build.rs`.
pub(crate) struct BuiltinSkill {
    name: &'static str,
    category: Category,
    aliases: &'static [&'static str],
    implies: &'static [&'static str],
    related: &'static [&'static str],
    ambiguous: bool,
}

include!(concat!(env!("OUT_DIR"), "/taxonomy_builtin.rs"));

/// The built-in taxonomy as a file value, without parsing YAML.
pub fn builtin_file() -> TaxonomyFile {
    let v = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect();
    TaxonomyFile {
        skills: BUILTIN_SKILLS
            .iter()
            .map(|b| SkillDef {
                name: b.name.to_string(),
                category: b.category,
                aliases: v(b.aliases),
                implies: v(b.implies),
                related: v(b.related),
                ambiguous: b.ambiguous,
            })
            .collect(),
    }
}

/// Index of a skill in its taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct SkillId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Language,
    Framework,
    Library,
    Database,
    Cloud,
    Devops,
    CiCd,
    Observability,
    Architecture,
    Practice,
    DataMl,
    Testing,
    Security,
    Tool,
    Platform,
    Mobile,
    Frontend,
    Protocol,
    Methodology,
    Leadership,
    Soft,
    /// Skills a profile or job names that the taxonomy does not know.
    Other,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Language => "language",
            Category::Framework => "framework",
            Category::Library => "library",
            Category::Database => "database",
            Category::Cloud => "cloud",
            Category::Devops => "devops",
            Category::CiCd => "ci-cd",
            Category::Observability => "observability",
            Category::Architecture => "architecture",
            Category::Practice => "practice",
            Category::DataMl => "data-ml",
            Category::Testing => "testing",
            Category::Security => "security",
            Category::Tool => "tool",
            Category::Platform => "platform",
            Category::Mobile => "mobile",
            Category::Frontend => "frontend",
            Category::Protocol => "protocol",
            Category::Methodology => "methodology",
            Category::Leadership => "leadership",
            Category::Soft => "soft",
            Category::Other => "other",
        }
    }

    /// A human heading for resume skill groups.
    pub fn group_label(self) -> &'static str {
        match self {
            Category::Language => "Languages",
            Category::Framework | Category::Library | Category::Frontend | Category::Mobile => {
                "Frameworks & Libraries"
            }
            Category::Database => "Databases",
            Category::Cloud | Category::Devops | Category::CiCd => "Cloud & DevOps",
            Category::Platform => "Platforms & Runtimes",
            Category::Observability => "Observability",
            Category::Architecture | Category::Protocol => "Architecture & APIs",
            Category::DataMl => "Data & ML",
            Category::Testing | Category::Practice | Category::Methodology => "Practices",
            Category::Security => "Security",
            Category::Tool => "Tools",
            Category::Leadership | Category::Soft => "Leadership & Collaboration",
            Category::Other => "Other",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One skill entry as written in a taxonomy file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SkillDef {
    pub name: String,
    pub category: Category,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub implies: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub ambiguous: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TaxonomyFile {
    pub skills: Vec<SkillDef>,
}

/// A resolved skill.
#[derive(Debug, Clone)]
pub struct Skill {
    pub id: SkillId,
    pub name: String,
    pub category: Category,
    pub aliases: Vec<String>,
    /// Direct implications (EKS ⇒ Kubernetes).
    pub implies: Vec<SkillId>,
    /// Transferable siblings (AWS ~ GCP), both directions.
    pub related: Vec<SkillId>,
    /// The name is also an ordinary word: matched in text only in exact case and in technical context.
    pub ambiguous: bool,
}

/// The set of known skills.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    skills: Vec<Skill>,
    /// Normalised name or alias → skill.
    index: FxMap<String, SkillId>,
    /// Transitive implications, sorted.
    closure: Vec<Vec<SkillId>>,
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

type FxMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<crate::lexicon::FxHasher>>;

impl Taxonomy {
    /// The built-in taxonomy.
    pub fn builtin() -> Taxonomy {
        let source = Source::new("data/taxonomy.yaml", BUILTIN);
        let (tax, diags) = Taxonomy::build(vec![(builtin_file(), &source)]);
        debug_assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
        tax
    }

    /// Build from taxonomy files in order; a later file's skill with the same name replaces the
    /// earlier one, new skills are added. Problems (unknown implies targets, alias clashes) come back
    /// as diagnostics; the taxonomy is still usable without the offending entries.
    pub fn build(files: Vec<(TaxonomyFile, &Source)>) -> (Taxonomy, Vec<Diagnostic>) {
        let sources: Vec<&Source> = files.iter().map(|(_, s)| *s).collect();
        let mut defs: Vec<(SkillDef, usize, usize)> = Vec::new(); // def, file index, entry index
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
        let mut diags = Vec::new();
        let mut index: FxMap<String, SkillId> = FxMap::default();
        index.reserve(defs.len() * 4);
        let mut skills = Vec::with_capacity(defs.len());
        for (i, (def, fi, ei)) in defs.iter().enumerate() {
            let id = SkillId(i as u32);
            let source = sources[*fi];
            if def.name.trim().is_empty() {
                diags.push(yaml::diagnostic_at(
                    source,
                    &[Seg::Key("skills"), Seg::Index(*ei), Seg::Key("name")],
                    None,
                    Severity::Error,
                    "skill name is empty",
                ));
                continue;
            }
            index.insert(normalize(&def.name), id);
            skills.push(Skill {
                id,
                name: def.name.trim().to_string(),
                category: def.category,
                aliases: Vec::new(),
                implies: Vec::new(),
                related: Vec::new(),
                ambiguous: def.ambiguous,
            });
        }
        let pos_of_def: FxMap<usize, usize> = skills
            .iter()
            .enumerate()
            .map(|(p, s)| (s.id.0 as usize, p))
            .collect();
        // Aliases after all names, so a name always wins over another skill's alias.
        for (i, (def, fi, ei)) in defs.iter().enumerate() {
            let source = sources[*fi];
            for (ai, alias) in def.aliases.iter().enumerate() {
                let key = normalize(alias);
                if key.is_empty() {
                    continue;
                }
                match index.get(&key) {
                    Some(&other) if other.0 as usize != i => {
                        let other_name = skills
                            .iter()
                            .find(|s| s.id == other)
                            .map(|s| s.name.clone())
                            .unwrap_or_default();
                        diags.push(
                            yaml::diagnostic_at(
                                source,
                                &[
                                    Seg::Key("skills"),
                                    Seg::Index(*ei),
                                    Seg::Key("aliases"),
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
                        index.insert(key, SkillId(i as u32));
                        if let Some(&p) = pos_of_def.get(&i) {
                            skills[p].aliases.push(alias.trim().to_string());
                        }
                    }
                }
            }
        }
        // Relations.
        let mut related_pairs = Vec::new();
        for (i, (def, fi, ei)) in defs.iter().enumerate() {
            let source = sources[*fi];
            let Some(&pos) = pos_of_def.get(&i) else {
                continue;
            };
            for (field, list) in [("implies", &def.implies), ("related", &def.related)] {
                for (ri, target) in list.iter().enumerate() {
                    match index.get(&normalize(target)) {
                        Some(&t) if t.0 as usize == i => {}
                        Some(&t) => {
                            if field == "implies" {
                                skills[pos].implies.push(t);
                            } else {
                                related_pairs.push((SkillId(i as u32), t));
                            }
                        }
                        None => diags.push(yaml::diagnostic_at(
                            source,
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
        let pos_of: FxMap<SkillId, usize> =
            skills.iter().enumerate().map(|(p, s)| (s.id, p)).collect();
        for (a, b) in related_pairs {
            if let (Some(&pa), Some(&pb)) = (pos_of.get(&a), pos_of.get(&b)) {
                skills[pa].related.push(b);
                skills[pb].related.push(a);
            }
        }
        // Renumber densely (entries may have been skipped).
        let remap: FxMap<SkillId, SkillId> = skills
            .iter()
            .enumerate()
            .map(|(p, s)| (s.id, SkillId(p as u32)))
            .collect();
        for s in &mut skills {
            s.id = remap[&s.id];
            for v in [&mut s.implies, &mut s.related] {
                *v = v.iter().filter_map(|x| remap.get(x).copied()).collect();
                v.sort();
                v.dedup();
            }
        }
        let index = index
            .into_iter()
            .filter_map(|(k, v)| remap.get(&v).map(|&n| (k, n)))
            .collect();
        let mut tax = Taxonomy {
            skills,
            index,
            closure: Vec::new(),
        };
        tax.compute_closure();
        (tax, diags)
    }

    fn compute_closure(&mut self) {
        let n = self.skills.len();
        // `seen[s] == i + 1` marks s as reached from skill i; one buffer serves every skill.
        let mut seen = vec![0u32; n];
        let mut stack: Vec<SkillId> = Vec::new();
        self.closure = (0..n)
            .map(|i| {
                if self.skills[i].implies.is_empty() {
                    return Vec::new();
                }
                stack.clear();
                stack.extend(self.skills[i].implies.iter().copied());
                let mut out = Vec::new();
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
                out
            })
            .collect();
    }

    /// Add skills the taxonomy does not know (from a profile or job), matched by exact name only.
    /// Returns their ids in the order given.
    pub fn with_custom(&mut self, names: &[String]) -> Vec<SkillId> {
        let mut ids = Vec::new();
        for name in names {
            let key = normalize(name);
            if let Some(&id) = self.index.get(&key) {
                ids.push(id);
                continue;
            }
            let id = SkillId(self.skills.len() as u32);
            self.skills.push(Skill {
                id,
                name: name.trim().to_string(),
                category: Category::Other,
                aliases: Vec::new(),
                implies: Vec::new(),
                related: Vec::new(),
                ambiguous: false,
            });
            self.closure.push(Vec::new());
            self.index.insert(key, id);
            ids.push(id);
        }
        ids
    }

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
        self.index.get(&normalize(name)).copied()
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
        self.index.iter().map(|(k, v)| (k.clone(), *v)).collect()
    }

    /// "Did you mean …?" for an unknown name: alias-aware, strict enough never to suggest
    /// Java for JavaScript. Returns the canonical name.
    pub fn suggest(&self, name: &str) -> Option<&str> {
        let key = normalize(name);
        if key.chars().count() < 3 {
            return None;
        }
        let mut best: Option<(f64, SkillId)> = None;
        for (form, &id) in &self.index {
            if form.chars().count() < 3 {
                continue;
            }
            let jw = strsim::jaro_winkler(&key, form);
            let lev = strsim::normalized_levenshtein(&key, form);
            let ok = (jw >= 0.93 && lev >= 0.8)
                || (key.len() >= 4
                    && form.len() >= 4
                    && strsim::damerau_levenshtein(&key, form) == 1);
            if ok && best.is_none_or(|(b, bid)| jw > b || (jw == b && id < bid)) {
                best = Some((jw, id));
            }
        }
        best.map(|(_, id)| self.name(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tax() -> Taxonomy {
        Taxonomy::builtin()
    }

    #[test]
    fn compiled_builtin_equals_the_yaml() {
        let source = Source::new("data/taxonomy.yaml", BUILTIN);
        let parsed: TaxonomyFile = yaml::parse(&source).unwrap();
        let compiled = builtin_file();
        assert_eq!(
            serde_json::to_string(&parsed).unwrap(),
            serde_json::to_string(&compiled).unwrap()
        );
    }

    #[test]
    fn builtin_is_large_and_clean() {
        let source = Source::new("data/taxonomy.yaml", BUILTIN);
        let file: TaxonomyFile = yaml::parse(&source).unwrap();
        let (t, diags) = Taxonomy::build(vec![(file, &source)]);
        assert!(diags.is_empty(), "{:#?}", diags);
        assert!(t.len() >= 600, "only {} skills", t.len());
    }

    #[test]
    fn resolves_names_and_aliases_case_insensitively() {
        let t = tax();
        for (alias, canonical) in [
            ("k8s", "Kubernetes"),
            ("Postgres", "PostgreSQL"),
            ("golang", "Go"),
            ("GO", "Go"),
            ("csharp", "C#"),
            ("nodejs", "Node.js"),
            ("amazon web services", "AWS"),
            ("ci-cd", "CI/CD"),
        ] {
            let id = t
                .resolve(alias)
                .unwrap_or_else(|| panic!("{alias} unknown"));
            assert_eq!(t.name(id), canonical, "{alias}");
        }
        assert_eq!(t.resolve("Kuberentes"), None);
    }

    #[test]
    fn implications_are_transitive() {
        let t = tax();
        let id = |n: &str| t.resolve(n).unwrap();
        assert!(t.implies(id("EKS"), id("Kubernetes")));
        assert!(t.implies(id("EKS"), id("AWS")));
        assert!(t.implies(id("GitHub Actions"), id("CI/CD")));
        assert!(t.implies(id("Prometheus"), id("Observability")));
        assert!(t.implies(id("Grafana"), id("Observability")));
        assert!(!t.implies(id("Kubernetes"), id("EKS")));
        assert!(t.related(id("AWS"), id("GCP")));
        assert!(t.related(id("GCP"), id("AWS")));
    }

    #[test]
    fn suggestions_are_alias_aware_and_strict() {
        let t = tax();
        assert_eq!(t.suggest("Kuberentes"), Some("Kubernetes"));
        assert_eq!(t.suggest("Postgress"), Some("PostgreSQL"));
        assert_eq!(t.suggest("Terrafrom"), Some("Terraform"));
        assert_eq!(t.suggest("Javascrpt"), Some("JavaScript"));
        assert_eq!(t.suggest("Jav"), None);
        assert_eq!(t.suggest("Golfing"), None);
    }

    #[test]
    fn user_file_overrides_and_extends() {
        let base_src = Source::new("base.yaml", BUILTIN);
        let base: TaxonomyFile = yaml::parse(&base_src).unwrap();
        let user_src = Source::new(
            "mine.yaml",
            "skills:\n  - name: Go\n    category: language\n    aliases: [golang, gopher-lang]\n  - name: Booking Flows\n    category: practice\n    implies: [Nonexistent Thing]\n",
        );
        let user: TaxonomyFile = yaml::parse(&user_src).unwrap();
        let (t, diags) = Taxonomy::build(vec![(base, &base_src), (user, &user_src)]);
        assert_eq!(t.name(t.resolve("gopher-lang").unwrap()), "Go");
        assert!(t.resolve("booking flows").is_some());
        assert_eq!(diags.len(), 1);
        assert_eq!(
            diags[0].message,
            "`Booking Flows` implies unknown skill `Nonexistent Thing`"
        );
        assert_eq!(diags[0].line, 7);
    }
}
