//! The tokenizer and scan as they were before tokens were cut all at once (streaming through
//! a window), to check that the faster ones give the same results.
//!
//! Owns the plain reference implementation that `tests` compares `tokens_from` and `scan`
//! with. Test-only: nothing here is in the binary, and nothing but tests may call it.

use super::endings::SUFFIXES;
use super::scan::MAX_TOKEN;
use super::tokens::{word_at, Tok};
use super::{Candidate, Lexicon};

/// Cut text into tokens: runs of letters/digits (any script) and single punctuation
/// characters; whitespace and control characters separate.
pub(super) fn reference_next_token(text: &str, mut i: usize) -> Option<Tok> {
    let b = text.as_bytes();
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] < 0x20) {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        if word_at(text, i).is_some() {
            let start = i;
            while i < b.len() {
                // ASCII letters and digits without the call (most of any text).
                if b[i].is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
                match word_at(text, i) {
                    Some(n) => i += n,
                    None => break,
                }
            }
            return Some(Tok {
                start,
                end: i,
                word: true,
            });
        }
        let n = text[i..].chars().next().map_or(1, char::len_utf8);
        if n == 1 {
            return Some(Tok {
                start: i,
                end: i + 1,
                word: false,
            });
        }
        // Non-ASCII punctuation and spaces (`—`, `“`, no-break space) only separate.
        i += n;
    }
}

/// Scan `text`, offering every candidate at each token, longest first, to `accept`; when it
/// returns `Some(end)` scanning resumes at the first token at or after `end`.
pub(super) fn reference_scan(
    lex: &Lexicon,
    text: &str,
    mut accept: impl FnMut(Candidate) -> Option<usize>,
) {
    let b = text.as_bytes();
    let mut window = std::collections::VecDeque::<Tok>::with_capacity(lex.max_len + 1);
    let mut pos = 0;
    loop {
        while window.len() < lex.max_len.max(1) {
            match reference_next_token(text, pos) {
                Some(t) => {
                    pos = t.end;
                    window.push_back(t);
                }
                None => break,
            }
        }
        let Some(&head) = window.front() else {
            return;
        };
        let mut resume: Option<usize> = None;
        if head.word || lex.punct_start[b[head.start] as usize] {
            resume = reference_try_at(lex, b, &window, head, &mut accept);
        }
        match resume {
            Some(end) => {
                while window.front().is_some_and(|t| t.start < end) {
                    window.pop_front();
                }
                if window.is_empty() && pos < end {
                    pos = end;
                }
            }
            None => {
                window.pop_front();
            }
        }
    }
}

fn reference_try_at(
    lex: &Lexicon,
    b: &[u8],
    window: &std::collections::VecDeque<Tok>,
    head: Tok,
    accept: &mut impl FnMut(Candidate) -> Option<usize>,
) -> Option<usize> {
    let n = head.end - head.start;
    if n > MAX_TOKEN {
        return None;
    }
    let word = &b[head.start..head.end];
    // Every form whose first token is this word (most tokens first, then most
    // characters, then the earlier form), then a single-token form plus an ending; all
    // forms are read, not the table.
    let chars = |id: u32| {
        (0..lex.forms[id as usize].1 as usize)
            .map(|k| lex.form_token(id, k).len())
            .sum::<usize>()
    };
    let mut firsts: Vec<u32> = (0..lex.forms.len() as u32)
        .filter(|&id| {
            lex.forms[id as usize].1 > 0 && word.eq_ignore_ascii_case(lex.form_token(id, 0))
        })
        .collect();
    firsts.sort_by_key(|&id| {
        (
            std::cmp::Reverse(lex.forms[id as usize].1),
            std::cmp::Reverse(chars(id)),
            id,
        )
    });
    for id in firsts {
        let count = lex.forms[id as usize].1 as usize;
        if count > window.len() {
            continue;
        }
        if let Some(core_end) =
            lex.form_at(b, &Vec::from_iter(window.iter().copied().take(count)), id)
        {
            let end = window[count - 1].end;
            if let Some(r) = accept(Candidate {
                form: id,
                start: head.start,
                core_end,
                end,
            }) {
                return Some(r);
            }
        }
    }
    if !head.word {
        return None;
    }
    // Each distinct cut once (suffixes are 1 to 3 bytes; digits 1 or 2), longest first.
    for cut in [3, 2, 1] {
        if cut >= n {
            continue;
        }
        let (stem, rest) = word.split_at(n - cut);
        let digits = rest.iter().all(u8::is_ascii_digit);
        if !digits
            && !SUFFIXES
                .iter()
                .any(|s| rest.eq_ignore_ascii_case(s.as_bytes()))
        {
            continue;
        }
        for id in 0..lex.forms.len() as u32 {
            if lex.forms[id as usize].1 != 1 || !stem.eq_ignore_ascii_case(lex.form_token(id, 0)) {
                continue;
            }
            let c = Candidate {
                form: id,
                start: head.start,
                core_end: head.start + stem.len(),
                end: head.end,
            };
            if let Some(r) = accept(c) {
                return Some(r);
            }
        }
    }
    None
}
