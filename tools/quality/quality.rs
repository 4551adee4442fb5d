//! Extraction quality harness: precision and recall of *technology* mentions found by
//! `MentionFinder` on human-annotated job postings.
//!
//! ```text
//! cargo run --release --example quality -- ../shared/data [--top N] [--all] [--terms]
//! cargo run --release --example quality -- ../shared/data --candidates   # adjudication review
//! ```
//!
//! The argument is the shared data folder holding `skillspan/{train,dev}.json`,
//! `green-job-description-entities/testset.conll.txt`, `github-linguist-languages/` and
//! `onet-technology-skills/`. Nothing in the repository's tests reads it.
//!
//! # Counting protocol
//!
//! **Text.** Each SkillSpan posting (sentences grouped by split, source and `idx`) becomes one
//! text: the tokens of a sentence joined by single spaces (no space before `) ] , ; : ! ? %`, none
//! after `( [`, a sentence-final `.` glued on; mid-sentence tokenisation such as `Node . js`,
//! `C #`, `. NET` is kept as annotated), sentences joined by newlines. `MentionFinder::find` runs
//! once over the whole posting text, as `jobfit extract` does. Green test-set sentences have no
//! posting ids, so each sentence is its own text.
//!
//! **Gold technology spans.** SkillSpan: the spans of the `tags_knowledge` layer. Green: the
//! `Skill` spans. A gold span is a *technology* span when
//! - its text, split into parts at `,` `;` `(` `)` `&` ` and ` ` or ` (and, failing that, at
//!   `/`), has a part made up only of technology terms and generic modifier words
//!   ([`MODIFIERS`]: `framework`, `development`, `environments`, `best practices`, `modern`, …)
//!   with at least one term; or
//! - it contains a technology term of three or more characters written like a name (with a
//!   capital, a digit or `. # +`, or as a lower-case Stack Overflow tag): `AWS DevOps`,
//!   `Linux Kernel development`.
//!
//! Technology terms come from an INDEPENDENT lexicon, never from jobfit's taxonomy:
//! 1. GitHub Linguist language names and aliases (types programming, markup, data);
//! 2. O*NET Technology Skills `Example` names, mechanically cleaned (trailing ` software` dropped;
//!    generic sentence-case descriptions such as `Testing software` keep only their spelled-out
//!    acronym, e.g. `Structured query language SQL` → `SQL`; a name's trailing all-caps token
//!    may be dropped, `Jenkins CI` → `Jenkins`; a leading major-vendor word may be dropped,
//!    `Apache Kafka` → `Kafka`; a trailing `Framework` may be dropped);
//! 3. [`HAND_TERMS`]: technology names (products, languages, libraries, protocols, standards)
//!    that neither list has, reviewed by hand from the annotated spans; plus `CI/CD` and `REST`.
//!
//! Words those sources list that in postings name a field, a business area, an activity or an
//! ordinary thing ([`NOT_TECH`]: `cloud`, `design`, `testing`, `analytics`, `lab`, …) are removed.
//! Terms match case-insensitively after normalisation (spaces around `. / # +` removed, `-` and
//! `_` read as spaces), with a version (`Java 8`, `HTML5`, `ES6`), a plural or possessive
//! (`APIs`, `Docker's`) and a `js` suffix (`reactjs`, `React.js`, `NodeJS`) allowed, and spaces
//! ignored (`Elastic Search`, `SpringBoot`). Knowledge spans naming methodologies and fields
//! (Agile, Scrum, TDD, microservices, DevOps, machine learning, security, SaaS, …) are therefore
//! NOT gold technology spans.
//!
//! **Predictions.** Mentions whose skill's category is one of [`TECH_CATEGORIES`] (everything but
//! architecture, practice, methodology, leadership, soft and other) and whose skill is not on the
//! [`CONCEPTS`] list (skills in those categories that name a field, practice or generic class:
//! Machine Learning, Monitoring, DevOps, Unit Testing, Cloud Computing, …).
//!
//! **Scoring** (micro, on byte spans in the text):
//! - a prediction is a **TP** if it overlaps a gold technology span;
//! - it is **adjudicated** if it overlaps no annotated span but is listed, with a reason, in
//!   `quality_adjudicated.tsv` (a correct technology mention the annotators left unmarked, such as
//!   "Senior Java Developer" in a title; every line was checked in context);
//! - it is **out of scope (OOS)** if it overlaps only knowledge spans that are not technology by
//!   the lexicon (`build pipelines`): the annotators call it a hard skill and only "is it a
//!   technology?" is in dispute;
//! - otherwise it is a **FP**;
//! - a gold technology span with no overlapping prediction is a **miss**.
//!
//! `strict precision = TP / (TP + adj + FP + OOS)` (the annotations as they are, no
//! adjudication; printed first); `adjudicated precision = (TP + adj) / (TP + adj + FP)`;
//! `recall = gold technology spans with an overlapping prediction / gold technology spans`.
//! All are printed overall, per split, per source and per posting (worst first), with every FP,
//! OOS prediction and miss in context (`--all`; else the first `--top N`, 60 by default).
//! Adjudication lines that no longer match a FP are reported as stale on standard error.

use jobfit::skills::mentions::{Mention, MentionFinder};
use jobfit::skills::taxonomy::{Category, Taxonomy};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

mod data;
mod gold;
mod lexicon;
mod lists;
mod model;
mod score;

use data::*;
use gold::*;
use lexicon::*;
use lists::*;
use model::*;
use score::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut data: Option<PathBuf> = None;
    let mut top = 60usize;
    let mut terms = false;
    let mut candidates = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--all" => top = usize::MAX,
            "--top" => top = args.next().and_then(|n| n.parse().ok()).unwrap_or(top),
            "--terms" => terms = true,
            "--candidates" => candidates = true,
            "-h" | "--help" => {
                println!(
                    "usage: quality <shared-data-dir> [--top N] [--all] [--terms] [--candidates]"
                );
                return;
            }
            _ => data = Some(PathBuf::from(a)),
        }
    }
    let Some(data) = data else {
        eprintln!("usage: quality <shared-data-dir> [--top N] [--all] [--terms]");
        std::process::exit(2);
    };
    let lex = Lexicon::load(&data);
    let tax = Taxonomy::builtin();
    let finder = MentionFinder::new(&tax);
    let tech = tech_skills(&tax);
    let adj = adjudicated();
    let mut used = HashSet::new();

    let mut docs = load_skillspan(&data, "train", &lex);
    docs.extend(load_skillspan(&data, "dev", &lex));
    docs.extend(load_green(&data, &lex));

    let mut by_split: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut by_source: BTreeMap<String, Counts> = BTreeMap::new();
    let mut per_doc: Vec<(String, Counts)> = Vec::new();
    let (mut fps, mut oos, mut misses) = (Vec::new(), Vec::new(), Vec::new());
    let mut green = (Vec::new(), Vec::new(), Vec::new());
    let mut bytes = 0usize;
    let t0 = std::time::Instant::now();
    for doc in &docs {
        bytes += doc.text.len();
        let ms = finder.find(&doc.text);
        let s = score(doc, &ms, &tax, &tech, &adj, &mut used);
        by_split.entry(doc.split).or_default().add(s.counts);
        if doc.split != "green" {
            let src = doc.id.split('/').nth(1).unwrap_or("?").to_string();
            by_source.entry(src).or_default().add(s.counts);
            per_doc.push((doc.id.clone(), s.counts));
            fps.extend(s.fps);
            oos.extend(s.oos);
            misses.extend(s.misses);
        } else {
            green.0.extend(s.fps);
            green.1.extend(s.oos);
            green.2.extend(s.misses);
        }
    }
    let elapsed = t0.elapsed();
    if candidates {
        print_candidates(fps.iter().chain(&green.0));
        return;
    }
    let stale: Vec<_> = adj.keys().filter(|k| !used.contains(*k)).collect();
    for (d, n, t) in &stale {
        eprintln!("warning: adjudication entry not used (no such FP any more): {d} {n} {t:?}");
    }

    let mut out = String::new();
    let _ = writeln!(out, "# jobfit extraction quality (technology mentions)\n");
    let _ = writeln!(
        out,
        "{} SkillSpan postings, {} Green sentences, {:.1} MB of text, find() in {:.0} ms",
        per_doc.len(),
        docs.len() - per_doc.len(),
        bytes as f64 / 1e6,
        elapsed.as_secs_f64() * 1e3
    );
    let mut skillspan = Counts::default();
    for (k, c) in &by_split {
        if *k != "green" {
            skillspan.add(*c);
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", skillspan.line("SkillSpan train+dev"));
    for k in ["train", "dev"] {
        if let Some(c) = by_split.get(k) {
            let _ = writeln!(out, "{}", c.line(&format!("  {k}")));
        }
    }
    for (k, c) in &by_source {
        let _ = writeln!(out, "{}", c.line(&format!("  source {k}")));
    }
    if let Some(c) = by_split.get("green") {
        let _ = writeln!(out, "{}", c.line("Green test (Skill)"));
    }
    print!("{out}");

    print_per_posting(&per_doc);

    print_items("SkillSpan false positives", &fps, top);
    print_items("SkillSpan misses", &misses, top);
    print_items(
        "SkillSpan out of scope (knowledge, not technology)",
        &oos,
        top,
    );
    print_items("Green false positives", &green.0, top);
    print_items("Green misses", &green.2, top);
    print_items("Green out of scope", &green.1, top);

    if terms {
        print_terms(&tax, &tech, &docs, &lex);
    }
}

/// The postings with gold technology spans or predictions, worst 15 first, and macro figures.
fn print_per_posting(per_doc: &[(String, Counts)]) {
    // Per posting, worst first.
    println!("\n## Per posting (worst 15 by FP + misses; postings with gold technology spans or predictions)");
    let mut pd: Vec<&(String, Counts)> = per_doc
        .iter()
        .filter(|(_, c)| c.gold + c.tp + c.fp > 0)
        .collect();
    pd.sort_by(|a, b| {
        let ea = a.1.fp + a.1.gold - a.1.found;
        let eb = b.1.fp + b.1.gold - b.1.found;
        eb.cmp(&ea).then(a.0.cmp(&b.0))
    });
    for (id, c) in pd.iter().take(15) {
        println!("{}", c.line(id));
    }
    let perfect = pd
        .iter()
        .filter(|(_, c)| c.fp == 0 && c.found == c.gold)
        .count();
    let mean_p: f64 = pd.iter().map(|(_, c)| c.precision()).sum::<f64>() / pd.len().max(1) as f64;
    let mean_r: f64 = pd.iter().map(|(_, c)| c.recall()).sum::<f64>() / pd.len().max(1) as f64;
    println!(
        "{} postings scored; {perfect} without any FP or miss; macro P {mean_p:.3}, macro R {mean_r:.3}",
        pd.len()
    );
}

/// `--terms`: the unscored concept skills, the lexicon terms that decided gold spans, and the gold
/// spans judged not technology.
fn print_terms(tax: &Taxonomy, tech: &[bool], docs: &[Doc], lex: &Lexicon) {
    let unscored: Vec<String> = tax
        .skills()
        .iter()
        .filter(|s| TECH_CATEGORIES.contains(&s.category) && !tech[s.id.0 as usize])
        .map(|s| format!("{} [{}]", s.name, s.category))
        .collect();
    println!(
        "\n## Taxonomy skills in technology categories on the CONCEPTS list (not scored): {}\n{}",
        unscored.len(),
        unscored.join(", ")
    );
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    let mut not_tech: BTreeMap<String, usize> = BTreeMap::new();
    for d in docs {
        for g in &d.gold {
            match &g.tech {
                Some(t) => {
                    let key = t.trim_start_matches(CONTAINED);
                    let how = if t.starts_with(CONTAINED) {
                        format!("  (inside {:?})", g.text)
                    } else {
                        String::new()
                    };
                    let src = lex.terms.get(key).map_or("?", String::as_str);
                    *used.entry(format!("{key}  <- {src}{how}")).or_default() += 1
                }
                None => *not_tech.entry(g.text.clone()).or_default() += 1,
            }
        }
    }
    let mut u: Vec<_> = used.into_iter().collect();
    u.sort_by_key(|x| std::cmp::Reverse(x.1));
    println!(
        "\n## Lexicon terms deciding gold technology spans: {}",
        u.len()
    );
    for (t, n) in u {
        println!("{n:>4} {t}");
    }
    let mut nt: Vec<_> = not_tech.into_iter().collect();
    nt.sort_by_key(|x| std::cmp::Reverse(x.1));
    println!("\n## Gold spans judged not technology: {}", nt.len());
    for (t, n) in nt {
        println!("{n:>4} {t}");
    }
}

/// `--candidates`: every remaining FP as an adjudication line to review.
fn print_candidates<'a>(items: impl Iterator<Item = &'a Item>) {
    // Every remaining FP as an adjudication line to review (the reason is a region guess).
    for it in items {
        let code = match it.region {
            Region::Title => "title",
            Region::Tags => "tags",
            Region::Body => "body",
        };
        println!(
            "{}\t{}\t{}\t{code}\t{}\t{}",
            it.doc,
            it.sent,
            it.surface,
            it.label,
            it.context.trim()
        );
    }
}
