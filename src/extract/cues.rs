//! Inline importance cues: "… is a plus", "(nice to have)", "required" in a line.
//!
//! Owns the cue lists and finding them: one SIMD pass over a lower-cased copy of the whole
//! posting (`inline_cues`), with the line-by-line lower-casing (`inline_importance`) kept for
//! the rare line where ASCII case folding and `to_lowercase` disagree (`LOWER_TO_ASCII`). It
//! must not look at headings or skills: `find_skills` combines a line's cues with its section.

use crate::model::Importance;

/// What an inline cue makes of its line's skills. A line with both kinds is preferred: the
/// order (`Required` < `Preferred`) is that precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Cue {
    Required,
    Preferred,
}

impl Cue {
    pub(super) fn importance(self) -> Importance {
        match self {
            Cue::Required => Importance::Required,
            Cue::Preferred => Importance::Preferred,
        }
    }
}

/// Inline cues that make a line's skills preferred: "… is a plus", "(nice to have)".
pub(super) const INLINE_PREFERRED: &[&str] = &[
    "nice to have",
    "nice-to-have",
    "a plus",
    "big plus",
    "bonus",
    "preferred",
    "preferably",
    "desirable",
    "good to have",
    "would be great",
    "an advantage",
    "advantageous",
    "asset",
    "beneficial",
    "especially welcome",
    "ideally",
];

/// Inline cues that make a line's skills required. (Cues that start with common words, "we
/// expect", "you need", are openers of `reqline` instead: each costs the search of every
/// posting.)
pub(super) const INLINE_REQUIRED: &[&str] = &[
    // "must have", "is a must", "you must", "must be fluent": one cue.
    "must",
    "required",
    "requires",
    "mandatory",
    "essential",
];

/// Does a cue found at `start..end` of an ASCII-lower-cased text stand as whole words? "Java
/// plus" has no "a plus" in it, nor "data must" "a must".
pub(super) fn whole_words(lower: &[u8], start: usize, end: usize) -> bool {
    let word = |c: Option<&u8>| c.is_some_and(u8::is_ascii_alphanumeric);
    let last = lower[end - 1];
    (start == 0 || !word(lower.get(start - 1)))
        && (!last.is_ascii_alphanumeric() || !word(lower.get(end)))
}

/// The only characters whose lower case has an ASCII character in it (`K` → `k`, `İ` → `i̇`):
/// without them, an ASCII word is in the lower-cased text exactly when it is in the text up to
/// ASCII case.
pub(super) const LOWER_TO_ASCII: [char; 2] = ['\u{212A}', '\u{130}'];

/// `line.contains(LOWER_TO_ASCII)`, by the characters' UTF-8 lead bytes (`memchr2`) rather
/// than decoding every character.
pub(super) fn has_lower_to_ascii(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr2_iter(0xE2, 0xC4, b).any(|i| {
        LOWER_TO_ASCII
            .iter()
            .any(|c| b[i..].starts_with(c.encode_utf8(&mut [0; 4]).as_bytes()))
    })
}

/// Inline cues in a line, as whole words: "… is a plus", "(nice to have)", "required".
pub(super) fn inline_importance(line: &str) -> Option<Importance> {
    let l = line.to_lowercase();
    let b = l.as_bytes();
    let has = |k: &&str| {
        memchr::memmem::find_iter(b, k.as_bytes()).any(|i| whole_words(b, i, i + k.len()))
    };
    if INLINE_PREFERRED.iter().any(has) {
        Some(Importance::Preferred)
    } else if INLINE_REQUIRED.iter().any(has) {
        Some(Importance::Required)
    } else {
        None
    }
}

/// Where the inline cues are in `text`, up to ASCII case, in text order: (offset, cue).
/// For a line without `LOWER_TO_ASCII` characters, its cues here are `inline_importance`'s.
pub(super) fn inline_cues(text: &str) -> Vec<(usize, Cue)> {
    use aho_corasick::packed;
    static SEARCHER: std::sync::OnceLock<Option<packed::Searcher>> = std::sync::OnceLock::new();
    let searcher = SEARCHER.get_or_init(|| {
        let mut b = packed::Config::new()
            .match_kind(packed::MatchKind::LeftmostFirst)
            .builder();
        b.extend(INLINE_PREFERRED.iter().chain(INLINE_REQUIRED));
        b.build()
    });
    // One lower-cased copy and one pass for all the cues (SIMD), instead of a lower-cased copy
    // and a search per cue for every line.
    thread_local! {
        /// The lower-cased copy, reused from one posting to the next.
        static LOWER: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
    }
    let mut lower = LOWER.take();
    lower.clear();
    lower.extend_from_slice(text.as_bytes());
    lower.make_ascii_lowercase();
    let Some(searcher) = searcher else {
        return inline_cues_one_by_one(&lower);
    };
    // No cue is the start of another, so the leftmost match at each offset is the only one
    // there: searching again one byte on finds every cue, overlapping ones too.
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(m) = searcher.find_in(&lower, aho_corasick::Span::from(at..lower.len())) {
        let cue = if m.pattern().as_usize() < INLINE_PREFERRED.len() {
            Cue::Preferred
        } else {
            Cue::Required
        };
        if whole_words(&lower, m.start(), m.end()) {
            out.push((m.start(), cue));
        }
        at = m.start() + 1;
    }
    LOWER.set(lower);
    out
}

/// `inline_cues` of an ASCII-lower-cased text, one cue after the other.
pub(super) fn inline_cues_one_by_one(lower: &[u8]) -> Vec<(usize, Cue)> {
    let cues = INLINE_PREFERRED
        .iter()
        .map(|k| (k, Cue::Preferred))
        .chain(INLINE_REQUIRED.iter().map(|k| (k, Cue::Required)));
    let mut out: Vec<(usize, Cue)> = cues
        .flat_map(|(k, cue)| {
            memchr::memmem::find_iter(lower, k.as_bytes())
                .filter(move |&i| whole_words(lower, i, i + k.len()))
                .map(move |i| (i, cue))
        })
        .collect();
    out.sort_unstable();
    out
}

/// `inline_importance` of a line from its cues: the strongest of them (`Cue`'s order).
pub(super) fn cue_importance(cues: impl IntoIterator<Item = Cue>) -> Option<Importance> {
    cues.into_iter().max().map(Cue::importance)
}
