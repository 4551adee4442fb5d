//! Any-of groups in prose: skills that a posting offers as alternatives to one another.
//!
//! Owns reading the words between a line's mentions and around them: `Java, Kotlin or Scala`,
//! `C# Python or Java` (lists whose commas were lost), `Kotlin and/or Swift`, `AWS/GCP`
//! (related skills only: `Docker/Kubernetes` names two things wanted together), `one or more
//! of the following programming languages: Scala Java Go`, `a framework such as React, Vue
//! or Angular`, `C# F# Typescript … one or more will do`, `Java/Python/Go or similar`. `Java and Python` names two
//! requirements, and so does a plain comma list. It must not decide importance or name skills.

use super::skills::Found;
use super::text::trim;
use crate::skills::taxonomy::{SkillId, Taxonomy};

/// What the text between two mentions makes of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gap {
    /// Nothing but white space or a comma: items of one list.
    List,
    /// `or`, `and/or`, `|`: alternatives.
    Or,
    /// `/`: alternatives when the two skills are related.
    Slash,
    /// `and`, `&`: both.
    And,
    /// Anything else ends the list.
    Break,
}

/// The gap's kind, by its trimmed text; a line break or longer text ends a list.
pub(super) fn gap_kind(gap: &str) -> Gap {
    if gap.len() > 12 || gap.contains('\n') {
        return Gap::Break;
    }
    match trim(gap) {
        "" | "," => Gap::List,
        "/" => Gap::Slash,
        "or" | ", or" | ",or" | "|" | "and/or" | ", and/or" | "and / or" | "or/and" => Gap::Or,
        "and" | ", and" | "&" | "as well as" => Gap::And,
        _ => Gap::Break,
    }
}

/// Words that introduce a list of alternatives before it, with how many words may stand
/// between them and the list ("one or more of the following programming languages:").
const LEAD_INS: &[(&str, usize)] = &[
    ("one of", 6),
    ("one or more of", 6),
    ("any of", 6),
    ("such as", 1),
    ("e.g", 1),
    ("eg.", 1),
    ("for example", 1),
    ("for instance", 1),
    ("like", 0),
];

/// Words before `like` that make it a verb ("we would like", "you like").
const LIKE_VERB: &[&str] = &[
    "would", "you", "we", "i", "they", "feel", "feels", "look", "looks", "seem", "seems", "do",
    "don't", "also", "really", "what", "who", "d", "might", "may",
];

/// Does `before` (the line's text before a list, after any mention) end with a lead-in?
pub(super) fn lead_in(before: &str) -> bool {
    let mut from = before.len().saturating_sub(90);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    // Lower-cased on the stack: this runs for every run of mentions.
    let mut buf = [0u8; 96];
    let n = before.len() - from;
    buf[..n].copy_from_slice(&before.as_bytes()[from..]);
    buf[..n].make_ascii_lowercase();
    let Ok(b) = std::str::from_utf8(&buf[..n]) else {
        return false;
    };
    static FINDER: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let finder = FINDER.get_or_init(|| {
        aho_corasick::AhoCorasick::new(LEAD_INS.iter().map(|l| l.0))
            .expect("the lead-ins build an automaton")
    });
    finder.find_iter(b).any(|m| {
        let (p, max_words) = LEAD_INS[m.pattern().as_usize()];
        let i = m.start();
        let starts_word = i == 0 || !b.as_bytes()[i - 1].is_ascii_alphanumeric();
        let rest = &b[i + p.len()..];
        let ends_word = p.ends_with('.') || !rest.starts_with(|c: char| c.is_alphanumeric());
        let rest = rest.trim_start_matches('.');
        let rest = rest.trim_matches(|c: char| c.is_whitespace() || c == ':' || c == '(');
        let words = rest.split_whitespace().count();
        let verb = p == "like"
            && b[..i]
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .rfind(|w| !w.is_empty())
                .is_none_or(|w| LIKE_VERB.contains(&w));
        starts_word
            && ends_word
            && words <= max_words
            && !verb
            && !rest.contains(['.', ';', '!', '?'])
    })
}

/// Words after a list that make it one of alternatives ("… one or more will do").
const LEAD_OUTS: &[&str] = &[
    "or similar",
    "or equivalent",
    "or comparable",
    "or other",
    "or another",
    "one or more will do",
    "either will do",
    "any of these",
    "any of them",
    "one of these",
    "one of them",
];

/// Does `after` (the line's text after a list) start with an any-of cue ("… or similar")?
pub(super) fn lead_out(after: &str) -> bool {
    let a = after.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '(' | '-' | '–' | '—' | '…' | '.' | ':')
    });
    LEAD_OUTS.iter().any(|p| {
        a.len() >= p.len()
            && a.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
            && !a[p.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Mark the posting's any-of groups: each member gets the others as `alternatives`.
/// `spans`: every mention as (start, end, index in `skills`), in text order.
pub(super) fn mark_alternatives(
    text: &str,
    skills: &mut [Found],
    spans: &[(usize, usize, usize)],
    tax: &Taxonomy,
) {
    let mut gaps: Vec<Gap> = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        // The run of mentions from `i` joined by list gaps: `spans[i..j]`, `gaps[k]` after
        // `spans[i + k]`.
        gaps.clear();
        let mut j = i + 1;
        while j < spans.len() {
            let (a, b) = (spans[j - 1].1, spans[j].0);
            let g = if a <= b {
                gap_kind(&text[a..b])
            } else {
                Gap::Break
            };
            if g == Gap::Break {
                break;
            }
            gaps.push(g);
            j += 1;
        }
        if j - i >= 2 {
            let run = &spans[i..j];
            let line_start =
                memchr::memrchr(b'\n', &text.as_bytes()[..run[0].0]).map_or(0, |p| p + 1);
            let from = if i > 0 {
                spans[i - 1].1.max(line_start)
            } else {
                line_start
            };
            let line_end = memchr::memchr(b'\n', &text.as_bytes()[run[j - i - 1].1..])
                .map_or(text.len(), |p| p + run[j - i - 1].1);
            let before = &text[from.min(run[0].0)..run[0].0];
            let after = &text[run[j - i - 1].1..line_end];
            // A run of alternatives without an `and` is one group however it is introduced.
            let plain_or = gaps.contains(&Gap::Or) && !gaps.contains(&Gap::And);
            let introduced = !plain_or && (lead_in(before) || lead_out(after));
            group_run(skills, run, &gaps, introduced, tax);
        }
        i = j;
    }
}

/// The groups of one run of mentions. Introduced by a lead-in, the run is one group (up to
/// an `and` after an `or`: "such as React or Vue and Node.js"). Otherwise each part between
/// `and`s is one group when it has an `or`, and a `/` chain of related skills is one.
fn group_run(
    skills: &mut [Found],
    run: &[(usize, usize, usize)],
    gaps: &[Gap],
    introduced: bool,
    tax: &Taxonomy,
) {
    let member = |k: usize| run[k].2;
    if introduced {
        let or_at = gaps.iter().position(|&g| g == Gap::Or);
        let end = or_at
            .and_then(|o| gaps[o..].iter().position(|&g| g == Gap::And).map(|a| o + a))
            .map_or(run.len(), |a| a + 1);
        join(skills, (0..end).map(member), tax);
        return;
    }
    let mut start = 0;
    for k in 0..=gaps.len() {
        if k < gaps.len() && gaps[k] != Gap::And {
            continue;
        }
        // The part `start..=k`.
        let part = &gaps[start..k];
        if part.contains(&Gap::Or) {
            join(skills, (start..=k).map(member), tax);
        } else {
            // `/` chains of related skills.
            let mut c = start;
            for m in start..=k {
                let chain_ends = m == k
                    || part[m - start] != Gap::Slash
                    || !tax.related(skills[member(m)].id, skills[member(m + 1)].id);
                if chain_ends {
                    if m > c {
                        join(skills, (c..=m).map(member), tax);
                    }
                    c = m + 1;
                }
            }
        }
        start = k + 1;
    }
}

/// Make the skills at these indices alternatives of one another (told apart by name, as they
/// are listed).
fn join(skills: &mut [Found], members: impl Iterator<Item = usize> + Clone, tax: &Taxonomy) {
    let has = |alts: &[SkillId], id: SkillId| alts.iter().any(|&x| tax.name(x) == tax.name(id));
    for a in members.clone() {
        for b in members.clone() {
            let ib = skills[b].id;
            if tax.name(skills[a].id) != tax.name(ib) && !has(&skills[a].alternatives, ib) {
                skills[a].alternatives.push(ib);
            }
        }
    }
}
