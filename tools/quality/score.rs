//! Scoring one document: mentions found by `MentionFinder` against its gold technology spans
//! (TP, adjudicated, out of scope, FP, misses), and printing lists of items in context.
//!
//! Must not: load data or build the lexicon; it takes documents and the taxonomy as given.

use super::*;

impl Doc {
    pub(crate) fn sent_at(&self, pos: usize) -> Sent {
        *self
            .sents
            .iter()
            .find(|s| pos >= s.start && pos < s.end.max(s.start + 1))
            .or(self.sents.last())
            .expect("a document has sentences")
    }
}

#[derive(Clone)]
pub(crate) struct Item {
    pub(crate) doc: String,
    pub(crate) sent: usize,
    pub(crate) region: Region,
    pub(crate) annotated: bool,
    pub(crate) surface: String,
    pub(crate) label: String,
    pub(crate) context: String,
}

pub(crate) struct Scored {
    pub(crate) counts: Counts,
    pub(crate) fps: Vec<Item>,
    pub(crate) oos: Vec<Item>,
    pub(crate) misses: Vec<Item>,
}

pub(crate) fn context(text: &str, s: usize, e: usize) -> String {
    let mut lo = s.saturating_sub(60);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (e + 60).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    let line_lo = text[lo..s].rfind('\n').map_or(lo, |p| lo + p + 1);
    let line_hi = text[e..hi].find('\n').map_or(hi, |p| e + p);
    format!(
        "{}[{}]{}",
        &text[line_lo..s],
        &text[s..e],
        &text[e..line_hi]
    )
    .replace('\t', " ")
}

pub(crate) fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Which taxonomy skills are scored as technology predictions: a technology category, and not
/// on the [`CONCEPTS`] list.
pub(crate) fn tech_skills(tax: &Taxonomy) -> Vec<bool> {
    for c in CONCEPTS {
        if tax.resolve(c).is_none() {
            eprintln!("warning: CONCEPTS names {c:?}, which the taxonomy does not know");
        }
    }
    tax.skills()
        .iter()
        .map(|s| TECH_CATEGORIES.contains(&s.category) && !CONCEPTS.contains(&s.name.as_ref()))
        .collect()
}

pub(crate) fn score(
    doc: &Doc,
    mentions: &[Mention],
    tax: &Taxonomy,
    tech: &[bool],
    adj: &HashMap<(String, usize, String), String>,
    used: &mut HashSet<(String, usize, String)>,
) -> Scored {
    let mut c = Counts::default();
    let (mut fps, mut oos, mut misses) = (Vec::new(), Vec::new(), Vec::new());
    let preds: Vec<&Mention> = mentions
        .iter()
        .filter(|m| tech[m.skill.0 as usize])
        .collect();
    let item = |s: usize, e: usize, label: String| Item {
        doc: doc.id.clone(),
        sent: doc.sent_at(s).idx,
        region: doc.sent_at(s).region,
        annotated: doc.sent_at(s).annotated,
        surface: doc.text[s..e].to_string(),
        label,
        context: context(&doc.text, s, e),
    };
    for m in &preds {
        let span = (m.start, m.end);
        let surface = &doc.text[m.start..m.end];
        let name = tax.name(m.skill);
        let hit_tech = doc
            .gold
            .iter()
            .any(|g| g.tech.is_some() && overlaps(span, (g.start, g.end)));
        let key = (
            doc.id.clone(),
            doc.sent_at(m.start).idx,
            surface.to_string(),
        );
        if hit_tech {
            c.tp += 1;
        } else if adj.contains_key(&key) {
            c.adj += 1;
            used.insert(key);
        } else if let Some(g) = doc.gold.iter().find(|g| overlaps(span, (g.start, g.end))) {
            c.oos += 1;
            oos.push(item(
                m.start,
                m.end,
                format!("{name} (knowledge span: {:?})", g.text),
            ));
        } else {
            c.fp += 1;
            let in_skill = doc.skill.iter().any(|&k| overlaps(span, k));
            fps.push(item(
                m.start,
                m.end,
                format!(
                    "{name} [{}]{}",
                    tax.skill(m.skill).category,
                    if in_skill {
                        " (inside a skill span)"
                    } else {
                        ""
                    }
                ),
            ));
        }
    }
    for g in doc.gold.iter().filter(|g| g.tech.is_some()) {
        c.gold += 1;
        if preds
            .iter()
            .any(|m| overlaps((m.start, m.end), (g.start, g.end)))
        {
            c.found += 1;
        } else {
            let other = mentions
                .iter()
                .filter(|m| overlaps((m.start, m.end), (g.start, g.end)))
                .map(|m| format!("{} [{}]", tax.name(m.skill), tax.skill(m.skill).category))
                .collect::<Vec<_>>();
            let label = if other.is_empty() {
                format!("term {:?}", g.tech.as_deref().unwrap_or(""))
            } else {
                format!(
                    "term {:?}; found only non-technology {}",
                    g.tech.as_deref().unwrap_or(""),
                    other.join(", ")
                )
            };
            misses.push(item(g.start, g.end, label));
        }
    }
    Scored {
        counts: c,
        fps,
        oos,
        misses,
    }
}

pub(crate) fn print_items(title: &str, items: &[Item], top: usize) {
    println!("\n## {title}: {}", items.len());
    // Grouped by surface (lowercase) with counts, most frequent first.
    let mut groups: BTreeMap<String, Vec<&Item>> = BTreeMap::new();
    for it in items {
        groups
            .entry(it.surface.to_lowercase())
            .or_default()
            .push(it);
    }
    let mut g: Vec<_> = groups.into_iter().collect();
    g.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    let summary: Vec<String> = g.iter().map(|(s, v)| format!("{s} ×{}", v.len())).collect();
    println!("by surface: {}", summary.join(", "));
    let mut shown = 0;
    for (_, v) in &g {
        for it in v {
            if shown >= top {
                println!("… {} more (use --all)", items.len() - shown);
                return;
            }
            let region = match (it.region, it.annotated) {
                (Region::Title, _) => "title",
                (Region::Tags, _) => "tags",
                (Region::Body, true) => "body",
                (Region::Body, false) => "body-unannotated",
            };
            println!(
                "- {:<18} {:<16} {:<40} | {}",
                it.doc,
                region,
                it.label,
                it.context.trim()
            );
            shown += 1;
        }
    }
}
