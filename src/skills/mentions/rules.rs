//! The rule book: which candidates of the scan are mentions, and which ambiguous mentions
//! (`Go`, `R`, `Spring`, `Excel`) their context vouches for.
//!
//! Owns `accept` (boundaries, masks, case, endings; one candidate at a time, on the hot path),
//! `vouched` (stop words, cue words, neighbouring skills; once per text) and their word lists.
//! Each rule carries an example. It must not scan text or build the finder (that is `mod.rs`),
//! and reads its surroundings only through `context`.

use super::context::{caps_run, next_word, prev_word, sentence_window};
use super::{Mention, MentionFinder, Pattern};
use std::borrow::Cow;

/// Words right before or after an ambiguous name that show it is technical.
#[rustfmt::skip]
const CUE_WORDS: &[&str] = &[
    "language", "languages", "lang", "programming", "developer", "developers", "development",
    "engineer", "engineers", "engineering", "code", "coding", "codebase", "service", "services",
    "microservice", "microservices", "backend", "back-end", "frontend", "routines", "goroutines",
    "module", "modules", "runtime", "concurrency", "framework", "frameworks", "library",
    "libraries", "scripts", "scripting", "script", "compiler", "toolchain", "sdk", "api", "apis",
    "app", "apps", "stack", "experience", "proficiency", "proficient", "expertise", "knowledge",
    "skills", "written", "using", "with", "in", "of", "like", "based", "ui", "projects", "project",
    "applications", "application", "program", "programs", "boot",
];

/// Words right after an ambiguous name that always make it ordinary English ("Go to", "Go live").
#[rustfmt::skip]
const HARD_STOP_AFTER: &[&str] = &[
    "to", "ahead", "live", "back", "through", "beyond", "away", "further", "deep", "above",
    "season", "semester", "term", "break", "festival", "grade", "energy", "oil", "plc", "our",
    "your", "their", "sure", "us", "them", "yourself", "expression", "expressions", "calculus",
];

/// Words right after an ambiguous name that suggest ordinary English unless another skill or a
/// cue vouches for it ("Go for it" vs "Swift for iOS").
#[rustfmt::skip]
const SOFT_STOP_AFTER: &[&str] = &[
    "for", "on", "out", "up", "into", "over", "get", "is", "was", "the", "a", "an", "level",
    "suite", "company", "bank", "payment", "payments",
];

/// Words right before an ambiguous name that make it a noun ("written in Go", "with R").
#[rustfmt::skip]
const NOUN_BEFORE: &[&str] = &["in", "with", "using", "of", "like", "written", "learning", "adopting"];

/// Words right before an ambiguous name that always make it ordinary English.
#[rustfmt::skip]
const HARD_STOP_BEFORE: &[&str] = &[
    "let's", "lets", "let", "grade", "plan", "vitamin", "royal", "ready", "size", "section",
    "appendix", "part", "tier", "option", "building", "class", "category", "type",
];

/// Words right before an ambiguous name that suggest ordinary English unless vouched for.
#[rustfmt::skip]
const SOFT_STOP_BEFORE: &[&str] = &[
    "we", "you", "i", "they", "will", "can", "must", "should", "would", "could", "may", "might",
    "don't", "level", "this", "next", "last", "early", "late", "the", "a", "an", "team", "good",
    "from",
];

impl MentionFinder {
    /// Boundary, mask and case checks; returns where scanning should continue.
    #[inline]
    pub(super) fn accept(
        &self,
        text: &str,
        s: usize,
        e: usize,
        pat: &Pattern,
        masked: &[(usize, usize)],
        prev_end: Option<usize>,
    ) -> Option<usize> {
        let b = text.as_bytes();
        if let Some(exact) = &pat.exact {
            if !exact_or_listed(text, s, e, exact, prev_end) {
                return None;
            }
            // `YOU CAN FIND` is not the CAN bus: a name ambiguous in any case but capitals is
            // no evidence in a run of capitals, unless a word next to it is a skill name too
            // (`SQS S3 ELB`, `A REST API`: a list of technologies, not shouted prose).
            if !exact.bytes().any(|c| c.is_ascii_lowercase()) {
                if let Some((prev, next)) = caps_run(text, s, e) {
                    let named = prev_end == Some(prev.1)
                        || self.lexicon.find_form(&text[next.0..next.1]).is_some();
                    if !named {
                        return None;
                    }
                }
            }
        }
        if masked.iter().any(|&(ms, me)| s < me && e > ms) {
            return None;
        }
        // `http :// www . example . com`: a URL scheme, even when tokenised.
        if text[e..].trim_start_matches(' ').starts_with("://") {
            return None;
        }
        // `R & D`, `P & L`: a single letter joined by `&` to another.
        if pat.guarded && e - s == 1 {
            if let Some(after) = text[e..].trim_start_matches(' ').strip_prefix('&') {
                let after = after.trim_start_matches(' ').as_bytes();
                if after.first().is_some_and(u8::is_ascii_alphabetic)
                    && !after.get(1).is_some_and(|&c| is_word(c))
                {
                    return None;
                }
            }
        }
        // `multi-node`, `non-relational`: a hyphen glued to a word before the form, unless that
        // word is a mention itself (`react-redux`, `angular-ngrx-data`).
        if s >= 2 && b[s - 1] == b'-' && is_word(b[s - 2]) && prev_end != Some(s - 1) {
            return None;
        }
        if !left_boundary(b, s, pat) {
            return None;
        }
        right_end(text, s, e, pat)
    }

    /// For each guarded mention: keep it only with technical context and no stop word.
    pub(super) fn vouched(
        &self,
        text: &str,
        out: &[Mention],
        guarded: &[usize],
        listed: &[usize],
    ) -> Vec<bool> {
        let mut keep = vec![true; out.len()];
        let technical = |o: &Mention| self.technical.get(o.skill.0 as usize) == Some(&true);
        let in_list =
            |w: &Option<Cow<str>>, list: &[&str]| w.as_deref().is_some_and(|w| list.contains(&w));
        let mut soft = vec![false; out.len()];
        let mut is_guarded = vec![false; out.len()];
        for &g in guarded.iter().chain(listed) {
            is_guarded[g] = true;
        }
        for &gi in guarded {
            let m = out[gi];
            let before = prev_word(text, m.start);
            let after = next_word(text, m.end);
            // "services in Go to master concurrency": a preposition before the name makes it a
            // noun, whatever follows.
            let noun = in_list(&before, NOUN_BEFORE);
            if in_list(&before, HARD_STOP_BEFORE) || (in_list(&after, HARD_STOP_AFTER) && !noun) {
                keep[gi] = false;
                continue;
            }
            soft[gi] = in_list(&before, SOFT_STOP_BEFORE) || in_list(&after, SOFT_STOP_AFTER);
            let version = text[m.end..]
                .trim_start_matches(' ')
                .starts_with(|c: char| c.is_ascii_digit());
            let cue = in_list(&before, CUE_WORDS) || in_list(&after, CUE_WORDS);
            // Another, unguarded technical skill close by in the same sentence vouches for this
            // one (`. NET and C`: one that starts just before the window counts).
            let (lo, hi) = sentence_window(text, m.start, m.end);
            // `out` is in text order: look only at the mentions inside the window.
            let first = out.partition_point(|o| o.end <= lo);
            let neighbour = out[first..]
                .iter()
                .enumerate()
                .take_while(|(_, o)| o.start < hi)
                .any(|(k, o)| first + k != gi && !is_guarded[first + k] && technical(o));
            keep[gi] = if soft[gi] {
                neighbour || version
            } else {
                cue || version || neighbour
            };
        }
        // A guarded mention listed right next to a kept one ("Rust, Go") is vouched for too.
        for &gi in guarded {
            if keep[gi] || soft[gi] {
                continue;
            }
            let m = out[gi];
            let before = prev_word(text, m.start);
            let after = next_word(text, m.end);
            if in_list(&before, HARD_STOP_BEFORE) || in_list(&after, HARD_STOP_AFTER) {
                continue;
            }
            // Only the mentions right before and after it in the text can be "next to" it.
            let near = [gi.checked_sub(1), Some(gi + 1).filter(|&j| j < out.len())];
            keep[gi] = near.into_iter().flatten().any(|gj| {
                is_guarded[gj] && keep[gj] && {
                    let o = out[gj];
                    let between = if o.start >= m.end {
                        &text[m.end..o.start]
                    } else {
                        &text[o.end..m.start.max(o.end)]
                    };
                    let b = between.trim();
                    between.len() <= 6
                        && (b.chars().all(|c| matches!(c, ',' | '/' | '&'))
                            || b == "and"
                            || b == "or")
                }
            });
        }
        // A lower-case ambiguous name is a skill only as an item of a list of skills: each side
        // is another unguarded mention or the end of the line, and at least one side is a
        // mention (`java spring hibernate`, `reactjs django go docker`).
        for &li in listed {
            let m = out[li];
            let side = |j: Option<usize>, gap: &str| -> Option<bool> {
                let g = gap.trim_matches(|c: char| c == ' ' || c == '\t' || c == ',');
                match j {
                    Some(j) if g.is_empty() && !is_guarded[j] => Some(true),
                    _ if gap.trim_matches([' ', '\t']).is_empty() => None,
                    _ => Some(false),
                }
            };
            let line_start = text[..m.start].rfind('\n').map_or(0, |p| p + 1);
            let line_end = text[m.end..].find('\n').map_or(text.len(), |p| m.end + p);
            let before = match li.checked_sub(1) {
                Some(j) if out[j].end >= line_start => side(Some(j), &text[out[j].end..m.start]),
                _ => side(None, &text[line_start..m.start]),
            };
            let after = match out.get(li + 1) {
                Some(o) if o.start <= line_end => side(Some(li + 1), &text[m.end..o.start]),
                _ => side(None, &text[m.end..line_end]),
            };
            keep[li] = match (before, after) {
                (Some(false), _) | (_, Some(false)) => false,
                (b, a) => b == Some(true) || a == Some(true),
            };
        }
        keep
    }
}

/// Exact case, or all lower case as a list item (`java spring`): right after another mention or
/// at the start of a line; `vouched` checks the other side.
#[inline]
fn exact_or_listed(text: &str, s: usize, e: usize, exact: &str, prev_end: Option<usize>) -> bool {
    if text[s..e] == *exact {
        return true;
    }
    if text[s..e].bytes().any(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let b = text.as_bytes();
    let from = prev_end.filter(|&p| p <= s).unwrap_or(0);
    let gap = &b[from..s];
    let after_prev = prev_end.is_some_and(|p| p <= s)
        && gap.iter().all(|&c| c == b' ' || c == b'\t' || c == b',');
    let line_start = b[..s]
        .iter()
        .rev()
        .take_while(|&&c| c != b'\n')
        .all(|&c| c == b' ' || c == b'\t');
    after_prev || line_start
}

/// The left boundary: no word glued to the form (`xJava`), no `&`, `@`, `$` before it, no `#`
/// before a word (`#go`), no file name's or domain's dot, no hyphen before a guarded name.
#[inline]
fn left_boundary(b: &[u8], s: usize, pat: &Pattern) -> bool {
    if s == 0 {
        return true;
    }
    let first = b[s];
    let p = b[s - 1];
    if is_word(p) && is_word(first) {
        return false;
    }
    if p == b'&' || p == b'@' || p == b'$' || (p == b'#' && is_word(first)) {
        return false;
    }
    // `main.go`, `config.yaml`: a dot glued to a word before it is a file or a domain.
    if p == b'.' && first != b'.' && s >= 2 && is_word(b[s - 2]) {
        return false;
    }
    if pat.guarded && p == b'-' {
        return false;
    }
    true
}

/// The right boundary: where the mention ends (after an ending such as `APIs` or `Python3`),
/// or `None` when a word or symbol is glued to the form (`Javas`, `C++` for `C`, `Node.jsx`).
#[inline]
fn right_end(text: &str, s: usize, e: usize, pat: &Pattern) -> Option<usize> {
    let b = text.as_bytes();
    let last = b[e - 1];
    let mut end = e;
    if end < b.len() {
        let n = b[end];
        if is_word(last) && is_word(n) {
            if !pat.suffixes {
                return None;
            }
            end += ending(text, s, e, pat)?;
        } else if n == b'&'
            || n == b'_'
            || ((n == b'+' || n == b'#') && last != b'+' && last != b'#')
            || (pat.guarded
                && ((n == b'-' && !cue_after_hyphen(text, end))
                    || (n == b'\'' && !b[end..].starts_with(b"'s"))))
        {
            return None;
        }
        // `Node.jsx`, `Go.mod`: a dot glued to a word after it.
        if end < b.len()
            && b[end] == b'.'
            && b.get(end + 1).is_some_and(|&c| c.is_ascii_alphanumeric())
            && last != b'.'
        {
            return None;
        }
    }
    Some(end)
}

/// The length of the ending glued to the form `text[s..e]` (one that takes endings): a verb
/// ending of a practice word, a plural of a concept or an acronym, or a version of one or two
/// digits; `None` for any other word glued on.
#[inline]
fn ending(text: &str, s: usize, e: usize, pat: &Pattern) -> Option<usize> {
    let b = text.as_bytes();
    let n = b[e];
    // Plural / version suffix: `APIs`, `Python3`, `Java17`, `microservices`.
    let rest = &b[e..];
    let word_end = |n: usize| !rest.get(n).is_some_and(|&c| is_word(c));
    let verb_suffix = [&b"ing"[..], b"ed", b"d", b"ers", b"er", b"s"]
        .iter()
        .find(|s| {
            rest.len() >= s.len() && rest[..s.len()].eq_ignore_ascii_case(s) && word_end(s.len())
        })
        .map(|s| s.len());
    let acronym = text[s..e].bytes().all(|c| !c.is_ascii_lowercase());
    let plural = pat.plural || acronym;
    let take = if let (true, Some(n)) = (pat.verb, verb_suffix) {
        n
    } else if plural && rest.starts_with(b"es") && word_end(2) {
        2
    } else if plural && (n == b's' || n == b'S') && word_end(1) {
        1
    } else {
        let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 && digits <= 2 && !rest.get(digits).is_some_and(|&c| is_word(c)) {
            digits
        } else {
            return None;
        }
    };
    Some(take)
}

/// `REST-compliant`, `Go-based`, `Rust-powered`: after a hyphen, a word that makes an ambiguous
/// name technical (unlike `Go-live`, `C-level`).
fn cue_after_hyphen(text: &str, hyphen: usize) -> bool {
    let rest = &text[hyphen + 1..];
    let n = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let w = rest[..n].to_ascii_lowercase();
    matches!(
        w.as_str(),
        "based" | "compliant" | "powered" | "native" | "style" | "first" | "centric" | "driven"
    ) || CUE_WORDS.contains(&w.as_str())
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}
