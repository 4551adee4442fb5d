//! Text around a mention: the words right before and after it, its sentence, and the spans
//! (URLs, e-mail addresses, `@handles`) where skill names are not mentions.
//!
//! Owns these pure text helpers. It must not know skills, patterns or the rules that use them
//! (that is `rules`).

use std::borrow::Cow;

/// How far (bytes) to look for another skill that vouches for an ambiguous one.
const CONTEXT_WINDOW: usize = 80;

/// Lowercased word just before `i` (skipping spaces), e.g. `let's`.
pub(super) fn prev_word(text: &str, i: usize) -> Option<Cow<'_, str>> {
    let head = text[..i].trim_end_matches([' ', '\t']);
    if head.len() != i && head.ends_with(['.', '!', '?', '\n', ':', ';']) {
        return None;
    }
    let start = head
        .rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map_or(0, |p| {
            p + head[p..].chars().next().map_or(1, char::len_utf8)
        });
    let w = &head[start..];
    if w.is_empty() {
        None
    } else if w
        .bytes()
        .all(|c| c.is_ascii_lowercase() || c == b'\'' || c == b'-')
    {
        Some(Cow::Borrowed(w))
    } else {
        Some(Cow::Owned(w.to_lowercase().replace('’', "'")))
    }
}

/// Lowercased word just after `i` (skipping spaces).
pub(super) fn next_word(text: &str, i: usize) -> Option<Cow<'_, str>> {
    let tail = text[i..].trim_start_matches([' ', '\t']);
    let end = tail
        .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == ':'))
        .unwrap_or(tail.len());
    let w = &tail[..end];
    let w = w.trim_end_matches(':');
    if w.is_empty() && end == 0 {
        None
    } else if w
        .bytes()
        .all(|c| c.is_ascii_lowercase() || c == b'-' || c == b':')
    {
        Some(Cow::Borrowed(w))
    } else {
        Some(Cow::Owned(w.to_lowercase()))
    }
}

/// The words right before and after `text[s..e]` (only spaces between), when both are written
/// in capital letters (`YOU CAN FIND`, `SQS S3 ELB`): their byte spans.
pub(super) fn caps_run(text: &str, s: usize, e: usize) -> Option<((usize, usize), (usize, usize))> {
    let caps = |w: &[u8]| {
        w.iter().any(u8::is_ascii_uppercase)
            && w.iter().all(|&c| c.is_ascii_uppercase() || c == b'\'')
    };
    let b = text.as_bytes();
    let before = b[..s].trim_ascii_end();
    let after = b[e..].trim_ascii_start();
    let gap_end = b.len() - after.len();
    let spaces = |gap: &[u8]| !gap.is_empty() && gap.iter().all(|&c| c == b' ' || c == b'\t');
    if !spaces(&b[before.len()..s]) || !spaces(&b[e..gap_end]) {
        return None;
    }
    let glued = |c: &u8| c.is_ascii_alphanumeric() || *c == b'\'';
    let prev = before.iter().rposition(|c| !glued(c)).map_or(0, |p| p + 1);
    let next = gap_end + after.iter().position(|c| !glued(c)).unwrap_or(after.len());
    (caps(&b[prev..before.len()]) && caps(&b[gap_end..next]))
        .then_some(((prev, before.len()), (gap_end, next)))
}

/// The part of the text around a mention, bounded by sentence ends and a window.
pub(super) fn sentence_window(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let mut lo = start.saturating_sub(CONTEXT_WINDOW);
    let mut hi = (end + CONTEXT_WINDOW).min(b.len());
    let is_stop = |i: usize| {
        matches!(b[i], b'.' | b'!' | b'?') && b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace())
    };
    for i in (lo..start).rev() {
        if is_stop(i) {
            lo = i + 1;
            break;
        }
    }
    for i in end..hi {
        if is_stop(i) {
            hi = i;
            break;
        }
    }
    (lo, hi)
}

/// Byte spans of URLs, e-mail addresses and `@handles`, where skill names are not mentions.
pub(super) fn masked_spans(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut spans = Vec::new();
    let token_bounds = |i: usize| {
        let is_sep = |c: u8| {
            c.is_ascii_whitespace()
                || matches!(c, b'<' | b'>' | b'(' | b')' | b'"' | b'[' | b']' | b',')
        };
        let mut lo = i;
        while lo > 0 && !is_sep(b[lo - 1]) {
            lo -= 1;
        }
        let mut hi = i;
        while hi < b.len() && !is_sep(b[hi]) {
            hi += 1;
        }
        (lo, hi)
    };
    // One pass for `@` and `://` (`:` is rare enough to check by hand), one for `www.` (a dot
    // ends most sentences: too common to stop at). Neither string overlaps itself, so every
    // occurrence is found. An occurrence inside the token already masked has that token's
    // bounds: it is skipped, so a run of `@` or `www.` is walked once, not once per occurrence
    // (which was quadratic in the run's length).
    let mut covered = 0;
    for i in memchr::memchr2_iter(b'@', b':', b) {
        if i < covered {
            continue;
        }
        let hit = match b[i] {
            b'@' => true,
            b':' => b[i..].starts_with(b"://"),
            _ => false,
        };
        if hit {
            let span = token_bounds(i);
            covered = span.1;
            spans.push(span);
        }
    }
    static WWW: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let www = WWW.get_or_init(|| memchr::memmem::Finder::new("www."));
    let mut covered = 0;
    for i in www.find_iter(b) {
        if i >= covered {
            let span = token_bounds(i);
            covered = span.1;
            spans.push(span);
        }
    }
    spans.sort();
    spans.dedup();
    spans
}
