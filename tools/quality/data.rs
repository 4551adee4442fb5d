//! Reading the annotated data: SkillSpan train/dev postings and Green test-set sentences into
//! `Doc`s (detokenised text, gold spans with their classification, sentences and regions).
//!
//! Must not: run the mention finder or score; it only turns files into documents.

use super::*;

pub(crate) fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| {
        eprintln!("error: cannot read {}: {e}", p.display());
        std::process::exit(1);
    })
}

/// Join tokens into text; returns the text and each token's byte range.
pub(crate) fn detokenise(tokens: &[String], out: &mut String) -> Vec<(usize, usize)> {
    let mut offs = Vec::with_capacity(tokens.len());
    let mut glue_next = true;
    for (i, t) in tokens.iter().enumerate() {
        let last = i + 1 == tokens.len();
        let attach = matches!(t.as_str(), ")" | "]" | "," | ";" | ":" | "!" | "?" | "%")
            || (t == "." && last);
        if !glue_next && !attach {
            out.push(' ');
        }
        let s = out.len();
        out.push_str(t);
        offs.push((s, out.len()));
        glue_next = matches!(t.as_str(), "(" | "[");
    }
    offs
}

/// BIO tags → token ranges of spans.
pub(crate) fn bio_spans(tags: &[String], want: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let t = tags[i].as_str();
        let is_b = t == "B" || (t.starts_with("B-") && &t[2..] == want);
        if is_b {
            let inside = if t == "B" {
                "I".to_string()
            } else {
                format!("I-{want}")
            };
            let mut j = i + 1;
            while j < tags.len() && tags[j] == inside {
                j += 1;
            }
            out.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

pub(crate) fn load_skillspan(data: &Path, split: &'static str, lex: &Lexicon) -> Vec<Doc> {
    let raw = read(&data.join(format!("skillspan/{split}.json")));
    let mut docs: Vec<Doc> = Vec::new();
    let mut last_key = String::new();
    let mut prev_tokens: Vec<String> = Vec::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("SkillSpan JSON line");
        let strs = |k: &str| -> Vec<String> {
            v[k].as_array()
                .map(|a| {
                    a.iter()
                        .map(|x| x.as_str().unwrap_or("").to_string())
                        .collect()
                })
                .unwrap_or_default()
        };
        let tokens = strs("tokens");
        let know = strs("tags_knowledge");
        let skill = strs("tags_skill");
        let key = format!(
            "{split}/{}/{}",
            v["source"].as_str().unwrap_or("?"),
            v["idx"].as_i64().unwrap_or(-1)
        );
        if key != last_key {
            docs.push(Doc {
                split,
                id: key.clone(),
                text: String::new(),
                gold: Vec::new(),
                skill: Vec::new(),
                sents: Vec::new(),
            });
            last_key = key;
            prev_tokens.clear();
        }
        let doc = docs.last_mut().unwrap();
        if !doc.text.is_empty() {
            doc.text.push('\n');
        }
        let sent_start = doc.text.len();
        let sent_idx = doc.sents.last().map_or(0, |s| s.idx + 1);
        let offs = detokenise(&tokens, &mut doc.text);
        let annotated = know.iter().chain(&skill).any(|t| t != "O");
        let tags_at = tokens.iter().position(|t| t == "Technologies");
        if doc.sents.is_empty() {
            doc.sents.push(Sent {
                idx: sent_idx,
                start: sent_start,
                end: doc.text.len(),
                region: Region::Title,
                annotated,
            });
        } else if prev_tokens == ["Technologies"] {
            doc.sents.push(Sent {
                idx: sent_idx,
                start: sent_start,
                end: doc.text.len(),
                region: Region::Tags,
                annotated,
            });
        } else if let Some(i) = tags_at.filter(|&i| i + 1 < tokens.len()) {
            // `… Company type: Public Technologies java spring Job description …`
            let end = (i + 1..tokens.len())
                .find(|&j| tokens[j] == "Job")
                .unwrap_or(tokens.len());
            let mid = offs[i].1;
            doc.sents.push(Sent {
                idx: sent_idx,
                start: sent_start,
                end: mid,
                region: Region::Body,
                annotated,
            });
            let tag_end = if end > i + 1 { offs[end - 1].1 } else { mid };
            doc.sents.push(Sent {
                idx: sent_idx,
                start: mid,
                end: tag_end,
                region: Region::Tags,
                annotated,
            });
            doc.sents.push(Sent {
                idx: sent_idx,
                start: tag_end,
                end: doc.text.len(),
                region: Region::Body,
                annotated,
            });
        } else {
            doc.sents.push(Sent {
                idx: sent_idx,
                start: sent_start,
                end: doc.text.len(),
                region: Region::Body,
                annotated,
            });
        }
        prev_tokens = tokens.clone();
        for (a, b) in bio_spans(&know, "") {
            let (s, e) = (offs[a].0, offs[b - 1].1);
            let text = doc.text[s..e].to_string();
            let tech = classify(lex, &text);
            doc.gold.push(Span {
                start: s,
                end: e,
                text,
                tech,
            });
        }
        for (a, b) in bio_spans(&skill, "") {
            doc.skill.push((offs[a].0, offs[b - 1].1));
        }
    }
    docs
}

pub(crate) fn load_green(data: &Path, lex: &Lexicon) -> Vec<Doc> {
    let raw = read(&data.join("green-job-description-entities/testset.conll.txt"));
    let mut sents: Vec<Vec<(String, String)>> = vec![Vec::new()];
    for line in raw.lines() {
        let l = line.trim();
        if l.is_empty() {
            if !sents.last().unwrap().is_empty() {
                sents.push(Vec::new());
            }
            continue;
        }
        let (w, t) = l.rsplit_once(' ').unwrap_or((l, "O"));
        sents
            .last_mut()
            .unwrap()
            .push((w.trim().to_string(), t.trim().to_string()));
    }
    sents.retain(|s| !s.is_empty());
    sents
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let tokens: Vec<String> = s.iter().map(|(w, _)| w.clone()).collect();
            let tags: Vec<String> = s.iter().map(|(_, t)| t.clone()).collect();
            let mut text = String::new();
            let offs = detokenise(&tokens, &mut text);
            let gold = bio_spans(&tags, "Skill")
                .into_iter()
                .map(|(a, b)| {
                    let (s, e) = (offs[a].0, offs[b - 1].1);
                    let t = text[s..e].to_string();
                    Span {
                        start: s,
                        end: e,
                        tech: classify(lex, &t),
                        text: t,
                    }
                })
                .collect();
            let annotated = tags.iter().any(|t| t != "O");
            Doc {
                split: "green",
                id: format!("green/{}", i + 1),
                sents: vec![Sent {
                    idx: 0,
                    start: 0,
                    end: text.len(),
                    region: Region::Body,
                    annotated,
                }],
                text,
                gold,
                skill: Vec::new(),
            }
        })
        .collect()
}
