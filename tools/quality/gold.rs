//! Gold classification: whether an annotated span names a technology by the lexicon, and the term
//! that decided it.
//!
//! Must not: look at predictions (scoring does) or at jobfit's taxonomy.

use super::*;

/// The lexicon term that makes this gold span a technology span, if any.
pub(crate) fn classify(lex: &Lexicon, text: &str) -> Option<String> {
    let n = norm(text);
    // Split into parts at list separators.
    let mut parts = vec![String::new()];
    for tok in n.split(' ') {
        let t = tok.trim_matches(|c| matches!(c, ',' | ';' | '(' | ')' | '[' | ']' | ':' | '&'));
        let sep_before = tok.starts_with(['(', '[']);
        let sep_after = tok.ends_with([',', ';', ')', ']', ':']);
        if sep_before {
            parts.push(String::new());
        }
        if matches!(t, "and" | "or" | "&" | "and/or") {
            parts.push(String::new());
        } else if !t.is_empty() {
            let p = parts.last_mut().unwrap();
            if !p.is_empty() {
                p.push(' ');
            }
            p.push_str(t);
        }
        if sep_after {
            parts.push(String::new());
        }
    }
    for part in parts.iter().filter(|p| !p.is_empty()) {
        if let Some(t) = cover(lex, part) {
            return Some(t);
        }
        if part.contains('/') {
            for piece in part.split('/') {
                if let Some(t) = cover(lex, piece.trim()) {
                    return Some(t);
                }
            }
        }
    }
    // Failing that, a term of three or more characters inside the span (`AWS DevOps`,
    // `Linux Kernel development`, `Python source code management best practices`), written
    // like a name: with a capital, a digit or `. # +` (`lab practice`, `walking robots` are
    // not names), or as a lower-case Stack Overflow tag (`react-fullstack`).
    let raw: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | ',' | ';' | '(' | ')' | '-'))
        .filter(|t| !t.is_empty())
        .collect();
    let tag = text.contains('-') && !text.contains(' ');
    for len in (1..=4).rev() {
        for w in raw.windows(len) {
            let joined = w.join(" ");
            let named = tag
                || joined.chars().any(|c| {
                    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '#' | '+')
                });
            if !named {
                continue;
            }
            if let Some(t) = lex.lookup(&norm(&joined)) {
                if t.chars().filter(char::is_ascii_alphanumeric).count() >= 3 {
                    return Some(format!("{CONTAINED}{t}"));
                }
            }
        }
    }
    None
}

/// Marks a gold decision made by a term inside a longer span rather than by the whole span.
pub(crate) const CONTAINED: &str = "~";

/// Can `part` be read as technology terms plus modifiers (with at least one term)?
pub(crate) fn cover(lex: &Lexicon, part: &str) -> Option<String> {
    let toks: Vec<&str> = part.split(' ').filter(|t| !t.is_empty()).collect();
    if toks.is_empty() {
        return None;
    }
    // best[i]: a term used to cover toks[i..], or "" when covered by modifiers only.
    let n = toks.len();
    let mut best: Vec<Option<Option<String>>> = vec![None; n + 1];
    best[n] = Some(None);
    for i in (0..n).rev() {
        let mut here: Option<Option<String>> = None;
        for j in (i + 1..=n.min(i + 6)).rev() {
            let Some(rest) = &best[j] else { continue };
            let cand = toks[i..j].join(" ");
            if let Some(term) = lex.lookup(&cand) {
                here = Some(Some(term.to_string()));
                break;
            }
            if j == i + 1 && MODIFIERS.contains(&toks[i]) {
                here = here.or(Some(rest.clone()));
            }
        }
        best[i] = here;
    }
    best[0].clone().flatten()
}
