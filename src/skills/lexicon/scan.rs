//! The scan: a text's tokens, and at each one the forms that may start there, longest first,
//! offered to the caller's `accept`.
//!
//! Owns the hot path of mention finding: skipping tokens the filter turns away (`may_start`),
//! the form-shape test (`window_sig`, `sig_allows`), matching a form token by token with an
//! ending on the last word (`form_at`), and one-token forms plus an ending (`try_at`). It must
//! not decide what a candidate means: `accept` keeps or rejects it.

use super::endings::{endings, token_endings, SUFFIXES};
use super::hash::{hash_in, mix, K, LOWER, MASKS, PAIR};
use super::table::{filter_bit, FILTER_WORDS};
use super::tokens::{is_word_byte, tokens_from, Tok};
use super::{Candidate, Lexicon};

/// Longest token we look up; longer runs (hashes, base64) cannot be skill names.
pub(super) const MAX_TOKEN: usize = 48;

/// The lengths of the first seven tokens of `window` (as `Lexicon::form_sig`).
#[inline]
fn window_sig(window: &[Tok]) -> u64 {
    let mut sig = 0;
    for (k, t) in window.iter().take(7).enumerate() {
        sig |= ((t.end - t.start).min(255) as u64) << (8 * k);
    }
    sig
}

/// Can a form of shape `form` (`Lexicon::form_sig`) match the tokens of shape `text`
/// (`window_sig`, `window` tokens)? Its tokens must be as long as the text's, but the last of
/// two or more, which may carry an ending of up to three bytes. A necessary condition only
/// (lengths are capped at 255), which turns most forms of a group away in a few instructions.
#[inline(always)]
fn sig_allows(form: u64, text: u64, window: usize) -> bool {
    let count = (form >> 56) as usize;
    if count > window {
        return false;
    }
    let exact = MASKS[count.saturating_sub(1).clamp(1, 7)];
    if (form ^ text) & exact != 0 {
        return false;
    }
    if (2..=7).contains(&count) {
        let at = 8 * (count - 1);
        let (t, f) = ((text >> at) & 0xff, (form >> at) & 0xff);
        return t.wrapping_sub(f) <= 3;
    }
    true
}

/// `text.eq_ignore_ascii_case(lower)` for a `lower` already in ASCII lower case (as every
/// form token is): only the text's bytes are lower-cased.
#[inline]
fn eq_lower(text: &[u8], lower: &[u8]) -> bool {
    text.len() == lower.len()
        && text
            .iter()
            .zip(lower)
            .all(|(a, b)| a.to_ascii_lowercase() == *b)
}

impl Lexicon {
    /// Do the text tokens `toks` spell form `id` (of as many tokens), with an ending allowed on
    /// the last word? Returns where the form itself ends in the text.
    #[inline]
    pub(super) fn form_at(&self, b: &[u8], toks: &[Tok], id: u32) -> Option<usize> {
        let count = toks.len();
        let mut core_end = None;
        for (k, &t) in toks.iter().enumerate() {
            let f = self.form_token(id, k);
            match Self::token_matches(b, t, f, k > 0 && k + 1 == count) {
                Some(e) if t.word == is_word_byte(f[0]) => core_end = Some(e),
                _ => return None,
            }
        }
        core_end
    }

    /// Does text token `t` equal form token `f`, or (last token only) `f` plus an ending?
    /// Returns the end of the matched form part.
    #[inline]
    fn token_matches(text: &[u8], t: Tok, f: &[u8], last: bool) -> Option<usize> {
        let n = t.end - t.start;
        if n == f.len() {
            return eq_lower(&text[t.start..t.end], f).then_some(t.end);
        }
        if last && n > f.len() && eq_lower(&text[t.start..t.start + f.len()], f) {
            let rest = &text[t.start + f.len()..t.end];
            let digits = rest.len() <= 2 && rest.iter().all(u8::is_ascii_digit);
            let suffix = SUFFIXES
                .iter()
                .any(|s| rest.eq_ignore_ascii_case(s.as_bytes()));
            if digits || suffix {
                return Some(t.start + f.len());
            }
        }
        None
    }

    /// Scan `text`, offering every candidate at each token, longest first, to `accept`; when it
    /// returns `Some(end)` scanning resumes at the first token at or after `end`.
    pub fn scan(&self, text: &str, mut accept: impl FnMut(Candidate) -> Option<usize>) {
        let b = text.as_bytes();
        thread_local! {
            /// The token vector, reused from one text to the next (a scan inside `accept`
            /// finds it taken and makes its own).
            static TOKS: std::cell::Cell<Vec<Tok>> = const { std::cell::Cell::new(Vec::new()) };
        }
        // All tokens first (one vector), then a window of `max_len` of them at each one.
        let mut toks = TOKS.take();
        toks.clear();
        tokens_from(text, 0, &mut toks);
        let width = self.max_len.max(1);
        // The filter at its full size (always, but for a lexicon that has no forms).
        let filter: Option<&[u64; FILTER_WORDS]> = self.filter.as_ref().try_into().ok();
        let mut i = 0;
        loop {
            // On to the next token where a form may start: most tokens are passed over in this
            // small loop.
            let may = |i: usize| {
                let head = toks[i];
                let next = toks.get(i + 1).map_or(0, |t| b[t.start]);
                (head.word || self.punct_start[b[head.start] as usize])
                    && filter.is_none_or(|f| Self::may_start(f, b, head, next))
            };
            while i < toks.len() && !may(i) {
                i += 1;
            }
            if i == toks.len() {
                break;
            }
            let wend = (i + width).min(toks.len());
            match self.try_at(b, &toks[i..wend], toks[i], &mut accept) {
                Some(end) => {
                    let mut j = i + 1;
                    while j < wend && toks[j].start < end {
                        j += 1;
                    }
                    // Past the whole window: go on from `end` itself, even inside a token.
                    if j == wend && toks[wend - 1].end < end {
                        toks.truncate(wend);
                        tokens_from(text, end, &mut toks);
                    }
                    i = j;
                }
                None => i += 1,
            }
        }
        TOKS.set(toks);
    }

    /// Can a form start at token `head`, followed by a token starting with byte `next` (0:
    /// none)? False only when no key `try_at` would look up is in the filter, which turns away
    /// most words; for words of up to eight bytes all keys are tested at once, with one branch.
    #[inline(always)]
    fn may_start(filter: &[u64; FILTER_WORDS], b: &[u8], head: Tok, next: u8) -> bool {
        let n = head.end - head.start;
        let hit = |key: u64| {
            let bit = filter_bit(key);
            filter[bit / 64] >> (bit % 64) & 1 == 1
        };
        if let (1..=8, Some(w)) = (n, b.get(head.start..head.start + 8)) {
            let w = u64::from_le_bytes(w.try_into().unwrap());
            // The word's last three bytes (zero before its start), from the top.
            let tail = w << (64 - 8 * n);
            let cut = endings(
                n,
                (tail >> 56) as u8,
                (tail >> 48) as u8,
                (tail >> 40) as u8,
            );
            let w = w | LOWER;
            // `hash_in` of the first `m` bytes of the word (`m` wraps below 1 when a cut is
            // as long as the word; that cut's flag is off).
            let key = |m: usize| mix((K ^ m as u64) ^ (w & MASKS[m & 15]));
            let hash = key(n);
            return hit(hash)
                | hit(hash ^ PAIR[next as usize])
                | (cut[0] & hit(key(n.wrapping_sub(1))))
                | (cut[1] & hit(key(n.wrapping_sub(2))))
                | (cut[2] & hit(key(n.wrapping_sub(3))));
        }
        if n > MAX_TOKEN {
            return false;
        }
        let (s, e) = (head.start, head.end);
        let cut = token_endings(b, head);
        let hash = hash_in(b, s, e);
        hit(hash)
            || hit(hash ^ PAIR[next as usize])
            || (cut[0] && hit(hash_in(b, s, e - 1)))
            || (cut[1] && hit(hash_in(b, s, e - 2)))
            || (cut[2] && hit(hash_in(b, s, e - 3)))
    }

    fn try_at(
        &self,
        b: &[u8],
        window: &[Tok],
        head: Tok,
        accept: &mut impl FnMut(Candidate) -> Option<usize>,
    ) -> Option<usize> {
        let n = head.end - head.start;
        if n > MAX_TOKEN {
            return None;
        }
        let word = &b[head.start..head.end];
        let hash = hash_in(b, head.start, head.end);
        // Forms of two or more tokens that go on with the next token, longest first, then the
        // one-token form, then a one-token form plus an ending.
        let longer = match window.get(1) {
            Some(t) => self.candidates(hash ^ PAIR[b[t.start] as usize]),
            None => &[],
        };
        let shape = window_sig(window);
        for &(sig, id) in longer.iter().chain(self.candidates(hash)) {
            if !sig_allows(sig, shape, window.len()) {
                continue;
            }
            let count = self.forms[id as usize].1 as usize;
            if count > window.len() {
                continue;
            }
            if let Some(core_end) = self.form_at(b, &window[..count], id) {
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
        // Each possible cut once (suffixes are 1 to 3 bytes, digits 1 to 3), longest first; the
        // same flags as `may_start` (a punctuation token, one byte long, has none).
        let cuts = token_endings(b, head);
        for cut in [3, 2, 1] {
            if !cuts[cut - 1] {
                continue;
            }
            let stem = &word[..n - cut];
            let stem_hash = hash_in(b, head.start, head.end - cut);
            for &(sig, id) in self.candidates(stem_hash) {
                if sig >> 56 != 1 || !eq_lower(stem, self.form_token(id, 0)) {
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
}
