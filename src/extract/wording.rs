//! Section headings recognised by their wording rather than by their marks or a fixed list.
//!
//! Owns the heading phrases and stems for three shapes that real postings have: a short
//! unmarked line that opens like a heading ("Your competences include", "What we expect from
//! you", "It's a plus if"), a heading glued to the text of its first line
//! ("RequirementsExperience with Java", "Requirements: 5+ years", "Your qualifications The
//! candidate must …") and one glued to the end of the line before it ("… analysis tools Your
//! qualifications"). It must not look at skills or inline cues: `find_skills` decides what a
//! heading that names a skill is.

use super::sections::classify;
use super::text::trim;
use crate::model::Importance;

use Importance::{Preferred, Required, Unspecified};

/// Headings that may be glued to their first line or to the end of the line before, each
/// with what it makes of its section. Lower case; matched up to ASCII case, written with a
/// capital first letter.
const GLUED: &[(&str, Importance)] = &[
    ("requirements", Required),
    ("qualifications", Required),
    ("your qualifications", Required),
    ("your profile", Required),
    ("your skills", Required),
    ("your competences", Required),
    ("your competencies", Required),
    ("your background", Required),
    ("who you are", Required),
    ("what you bring", Required),
    ("what you will bring", Required),
    ("what you'll bring", Required),
    ("who are you", Required),
    ("what we expect", Required),
    ("we expect", Required),
    ("must have", Required),
    ("must-have", Required),
    ("must haves", Required),
    ("minimum qualifications", Required),
    ("basic qualifications", Required),
    ("required qualifications", Required),
    ("about you", Required),
    ("preferred qualifications", Preferred),
    ("nice to have", Preferred),
    ("nice-to-have", Preferred),
    ("bonus points", Preferred),
    ("about the department", Unspecified),
    ("about the position", Unspecified),
    ("about the job", Unspecified),
    ("about the role", Unspecified),
    ("about the team", Unspecified),
    ("about us", Unspecified),
    ("what we offer", Unspecified),
    ("we offer", Unspecified),
    ("our offer", Unspecified),
    ("your tasks", Unspecified),
    ("your role", Unspecified),
    ("your responsibilities", Unspecified),
    ("key responsibilities", Unspecified),
    ("responsibilities", Unspecified),
    ("job description", Unspecified),
    ("benefits", Unspecified),
    ("how to apply", Unspecified),
];

/// The longest `GLUED` heading that `b` starts with up to ASCII case, written with a capital.
fn glued_at_start(b: &[u8]) -> Option<(usize, Importance)> {
    let first = *b.first()?;
    if !first.is_ascii_uppercase() {
        return None;
    }
    // The headings by their first letter, for the line's first letter only.
    static BY_LETTER: std::sync::OnceLock<[Vec<(&str, Importance)>; 26]> =
        std::sync::OnceLock::new();
    let by_letter = BY_LETTER.get_or_init(|| {
        let mut t: [Vec<(&str, Importance)>; 26] = Default::default();
        for &g in GLUED {
            t[usize::from(g.0.as_bytes()[0] - b'a')].push(g);
        }
        t
    });
    by_letter[usize::from(first.to_ascii_lowercase() - b'a')]
        .iter()
        .filter(|(p, _)| b.len() >= p.len())
        .filter(|(p, _)| b[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
        .max_by_key(|(p, _)| p.len())
        .map(|&(p, imp)| (p.len(), imp))
}

/// A heading glued to the text of its line's first item: `RequirementsExperience with Java`,
/// `Requirements: 5+ years`, `Qualifications  Many years of …`, `Profile: Qualifications: …`.
/// A heading alone on its line is `heading`'s; a word that merely starts a sentence
/// ("Requirements engineering is …") is not one: the heading needs a colon, or a capital or a
/// digit right after it.
pub(super) fn glued_heading(line: &str) -> Option<Importance> {
    let t = trim(line).trim_start_matches(['#', '*', '-', '•', '·', ' ']);
    let b = t.as_bytes();
    // Every heading here starts with a capital.
    if !b.first()?.is_ascii_uppercase() {
        return None;
    }
    if let Some((n, imp)) = glued_at_start(b) {
        let rest = &b[n..];
        let after = rest.iter().position(|c| *c != b' ').map(|k| rest[k]);
        let glued = match rest.first() {
            Some(b':') => true,
            Some(b'?') => {
                rest.get(1) == Some(&b' ') && rest.get(2).is_some_and(u8::is_ascii_uppercase)
            }
            Some(c) if c.is_ascii_uppercase() => true,
            Some(b' ') => after.is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
            _ => false,
        };
        if glued {
            return Some(imp);
        }
    }
    // `Skills: Java, Go`, `Experience: 5+ years`: a colon after a heading's words, within
    // the first 40 bytes.
    let colon = memchr::memchr(b':', &b[..b.len().min(40)])?;
    let head = trim(&t[..colon]);
    if head.is_empty() || colon + 1 == b.len() || super::text::word_count(head, 6) > 4 {
        return None;
    }
    let mut buf = [0u8; 40];
    let lower = &mut buf[..head.len()];
    lower.copy_from_slice(head.as_bytes());
    lower.make_ascii_lowercase();
    match classify(std::str::from_utf8(lower).ok()?) {
        Unspecified => None,
        imp => Some(imp),
    }
}

/// A heading glued to the end of a line, naming the section of the lines after it: `… develop
/// and maintain analysis tools Your qualifications`.
pub(super) fn trailing_heading(line: &str) -> Option<Importance> {
    let t = trim(line).trim_end_matches([':', ' ']);
    let b = t.as_bytes();
    if !b.last()?.is_ascii_alphabetic() {
        return None;
    }
    // The heading starts with a capital after a space and a lower-case letter, within the
    // last 25 bytes (the longest heading's length).
    let from = b.len().saturating_sub(26).max(1);
    memchr::memrchr_iter(b' ', &b[from..])
        .map(|k| from + k + 1)
        .filter(|&at| at < b.len() && b[at].is_ascii_uppercase() && b[at - 2].is_ascii_lowercase())
        .find_map(|at| {
            GLUED
                .iter()
                .find(|(p, _)| {
                    p.len() == b.len() - at && b[at..].eq_ignore_ascii_case(p.as_bytes())
                })
                .map(|g| g.1)
        })
}

/// Stems that make a `Your …` heading a requirement section ("Your competences include").
const YOUR_REQUIRED: &[&str] = &[
    "qualification",
    "skill",
    "competenc",
    "experience",
    "profile",
    "background",
    "knowledge",
    "expertise",
];

/// Stems that make a `Your …` line a heading of another section ("Your tasks").
const YOUR_OTHER: &[&str] = &[
    "task",
    "role",
    "responsib",
    "job",
    "day",
    "mission",
    "team",
    "benefit",
    "future",
    "opportunit",
    "impact",
    "application",
    "workplace",
    "challenge",
    "career",
    "colleague",
];

/// What a `What …` / `Who …` heading asks of the candidate ("What we expect from you").
const ASKS: &[&str] = &[
    "you bring",
    "you'll bring",
    "you have",
    "you'll have",
    "you are",
    "you need",
    "we expect",
    "looking for",
    "we look for",
    "it takes",
    "qualif",
    "skill",
    "experience",
    "need",
];

/// Whole short lines that open a requirement section ("You have", "We expect").
const YOU: &[&str] = &[
    "you have",
    "you bring",
    "you are",
    "you will have",
    "you'll have",
    "you should have",
    "you've got",
    "you need",
    "we expect",
    "we require",
    "we are looking for",
    "we're looking for",
    "we look for",
    "is this you",
];

/// Whole short lines that open another section.
const OTHER: &[&str] = &[
    "we offer",
    "our offer",
    "why join",
    "why us",
    "how to apply",
];

/// What a short, unmarked line of normalised text `norm` (lower case, no marks or colon) is
/// as a heading, by its wording; `None` when it does not read as one. `classify` is asked
/// first, then the openers: `Your …`, `What …`/`Who …`, `About …`, `You have`, `We offer`.
pub(super) fn worded_heading(norm: &str) -> Option<Importance> {
    let n = norm.trim_end_matches(['?', '!', ' ']);
    if n.ends_with('.') {
        return None;
    }
    let has = |stems: &[&str]| stems.iter().any(|s| n.contains(s));
    let opens = |p: &str| n.starts_with(p);
    let reads_as_heading = opens("your ")
        || opens("what ")
        || opens("who ")
        || opens("about ")
        || opens("it's a plus")
        || opens("it is a plus")
        || opens("bonus")
        || opens("nice to have")
        || YOU.contains(&n)
        || OTHER.contains(&n);
    if !reads_as_heading {
        return None;
    }
    match classify(n) {
        Unspecified => {}
        imp => return Some(imp),
    }
    if opens("your ") {
        return if has(YOUR_REQUIRED) {
            Some(Required)
        } else if has(YOUR_OTHER) {
            Some(Unspecified)
        } else {
            None
        };
    }
    if opens("what ") || opens("who ") {
        return Some(if has(ASKS) { Required } else { Unspecified });
    }
    if opens("about ") {
        return Some(if n == "about you" {
            Required
        } else {
            Unspecified
        });
    }
    if opens("it's a plus") || opens("it is a plus") || opens("bonus") || opens("nice to have") {
        return Some(Preferred);
    }
    Some(if YOU.contains(&n) {
        Required
    } else {
        Unspecified
    })
}

/// Headings that stand inside a long line whose breaks were lost, besides `GLUED`.
const EMBEDDED: &[(&str, Importance)] = &[
    ("good to have", Preferred),
    ("what you will do", Unspecified),
    ("what you'll do", Unspecified),
    ("job benefits", Unspecified),
    ("company description", Unspecified),
];

/// Lines longer than this may have lost their breaks (`lost_breaks`).
pub(super) const LONG_LINE: usize = 300;

/// Is this a line whose breaks were lost: longer than `LONG_LINE`, with fewer than one
/// sentence end (`.`, `!`, `?`) in 250 bytes? A paragraph of sentences is not one.
pub(super) fn lost_breaks(line: &str) -> bool {
    let b = line.as_bytes();
    b.len() > LONG_LINE && memchr::memchr3_iter(b'.', b'!', b'?', b).count() * 250 < b.len()
}

/// The headings inside a long line whose breaks were lost ("… and quality standards WHAT YOU
/// BRING TO THE TABLE: Computer Science …", "… Your Skills Final degree …"), as (offset,
/// importance) in text order: a `GLUED` or `EMBEDDED` phrase starting with a capital after a
/// space, followed by a colon, a capital or `and` and a capital ("Qualifications and Skills").
pub(super) fn embedded_headings(line: &str) -> Vec<(usize, Importance)> {
    static FINDER: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let finder = FINDER.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(GLUED.iter().chain(EMBEDDED).map(|p| p.0))
            .expect("the headings build an automaton")
    });
    let b = line.as_bytes();
    let mut out = Vec::new();
    // Non-overlapping: of two headings that end together ("Your qualifications",
    // "qualifications") either says the same.
    for m in finder.find_iter(line) {
        let (i, imp) = (
            m.start(),
            GLUED
                .iter()
                .chain(EMBEDDED)
                .nth(m.pattern().as_usize())
                .expect("a pattern")
                .1,
        );
        {
            if (i > 0 && b[i - 1] != b' ') || !b[i].is_ascii_uppercase() {
                continue;
            }
            let rest = &b[m.end()..];
            let capital = |k: usize| rest.get(k).is_some_and(u8::is_ascii_uppercase);
            let heads = match rest.first() {
                None | Some(b':') => true,
                Some(b' ') => capital(1) || (rest.starts_with(b" and ") && capital(5)),
                _ => false,
            };
            if heads {
                out.push((i, imp));
            }
        }
    }
    out
}
