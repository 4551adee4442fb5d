//! Section headings of a posting and what they make of the skills under them.
//!
//! Owns the heading lists (`REQUIRED_HEADINGS`, …), telling a heading line from a body line
//! (`heading`, `shape`; `wording` for headings told by their wording) and classifying a
//! heading's text as required, preferred or neither (`classify`). It must not look at inline
//! cues or at skills: `find_skills` combines them.

use super::guess::is_list_item;
use super::text::{trim, word_count};
use super::wording::worded_heading;
use crate::model::Importance;
use crate::skills::lexicon::FxBuild;
use std::collections::HashMap;
use std::sync::OnceLock;

const REQUIRED_HEADINGS: &[&str] = &[
    "requirements",
    "required",
    "must have",
    "must-have",
    "must haves",
    "what you bring",
    "what you'll bring",
    "what you will bring",
    "you have",
    "you bring",
    "you will have",
    "qualifications",
    "minimum qualifications",
    "basic qualifications",
    "required qualifications",
    "what we're looking for",
    "what we are looking for",
    "we're looking for",
    "who you are",
    "your profile",
    "about you",
    "skills",
    "required skills",
    "key skills",
    "technical skills",
    "experience",
    "your experience",
    "requirements and skills",
    "what you need",
    "you should have",
    "profile",
    "your skills",
    "your qualifications",
    "your competences",
    "skills and experience",
    "skills & experience",
    "essential",
    "essential skills",
    "must",
];

const PREFERRED_HEADINGS: &[&str] = &[
    "nice to have",
    "nice-to-have",
    "nice to haves",
    "bonus",
    "bonus points",
    "plus",
    "pluses",
    "preferred",
    "preferred qualifications",
    "preferred skills",
    "desirable",
    "desired",
    "good to have",
    "would be great",
    "extra credit",
    "it would be nice",
    "even better",
    "additional qualifications",
    "optional",
    "advantageous",
    "a plus",
    "it's a plus if",
    "it is a plus if",
];

pub(super) const OTHER_HEADINGS: &[&str] = &[
    "responsibilities",
    "about the role",
    "the role",
    "what you'll do",
    "what you will do",
    "about us",
    "benefits",
    "perks",
    "what we offer",
    "who we are",
    "about the team",
    "overview",
    "job description",
    "description",
    "your role",
    "the job",
    "company",
    "location",
    "salary",
    "how to apply",
    "our stack",
    "tech stack",
    "tech highlights",
    "about the company",
    "mission",
    "why join us",
    "day to day",
    "your mission",
    "your responsibilities",
    "key responsibilities",
];

/// A heading line: what its section makes of the skills under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Heading {
    pub(super) importance: Importance,
    /// A known section heading ("Requirements", "About us"), or one that names an importance.
    pub(super) known: bool,
    /// Told a heading only by its wording (`wording`): an unmarked line that names a skill is
    /// a requirement or a cue, not a heading ("Kafka is a plus").
    pub(super) worded: bool,
}

/// Longest line taken for a heading (trimmed).
const HEADING_MAX: usize = 70;

/// Does this line look like a heading? Says what it makes of the lines under it.
pub(super) fn heading(line: &str) -> Option<Heading> {
    let t = trim(line);
    if t.is_empty() || t.len() > HEADING_MAX {
        return None;
    }
    let (first, last) = (t.as_bytes()[0], t.as_bytes()[t.len() - 1]);
    // Most lines start and end with none of `#*_:`: then `shape` would find `t` unchanged and
    // not shaped, and six words are enough to say that they are not a heading.
    let (t3, shaped) =
        if !matches!(first, b'#' | b'*' | b'_') && !matches!(last, b':' | b'*' | b'_') {
            if word_count(t, 6) > 5 {
                return None;
            }
            (t, false)
        } else {
            shape(t)?
        };
    let ascii = t3.is_ascii();
    // The normalised text: on the stack when ASCII (lower-casing keeps the length then).
    let mut buf = [0u8; HEADING_MAX];
    let owned;
    let norm: &str = if ascii {
        let b = &mut buf[..t3.len()];
        b.copy_from_slice(t3.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).expect("ASCII")
    } else {
        owned = normalise_heading(t3);
        &owned
    };
    let known = known_headings().get(norm).copied();
    // A list item in capitals is an item ("- SQL", "• AWS", "- ASP.NET"), not a heading.
    let upper = !is_list_item(line)
        && if ascii {
            let b = t3.as_bytes();
            b.iter().any(u8::is_ascii_alphabetic) && !b.iter().any(u8::is_ascii_lowercase)
        } else {
            t3.chars().any(char::is_alphabetic) && !t3.chars().any(char::is_lowercase)
        };
    let worded = if known.is_none() {
        worded_heading(norm)
    } else {
        None
    };
    let is_heading = shaped || known.is_some() || upper || worded.is_some();
    is_heading
        .then(|| match known.or(worded) {
            Some(importance) => Heading {
                importance,
                known: true,
                worded: known.is_none() && !shaped && !upper,
            },
            None => {
                let importance = classify(norm);
                Heading {
                    importance,
                    known: importance != Importance::Unspecified,
                    worded: false,
                }
            }
        })
        // A sentence that introduces a list ("Knowledge in at least one of these:") leaves the
        // section as it is; a short unknown label ("Our promise:") still ends it.
        .filter(|h| h.known || upper || !lead_in(t))
}

/// A line of four or more words ending with a colon, without Markdown marks.
fn lead_in(t: &str) -> bool {
    t.ends_with(':') && !t.starts_with(['#', '*', '_']) && word_count(t, 4) >= 4
}

/// A trimmed line's text without its Markdown marks and colon, and whether those marks make it
/// a heading (`## X`, `**X**`, `X:` of up to nine words); `None` when it is neither shaped nor
/// of at most five words.
pub(super) fn shape(t: &str) -> Option<(&str, bool)> {
    let md = t.starts_with('#');
    let t2 = trim(t.trim_start_matches('#'));
    let t2 = trim(t2.trim_matches(|c| c == '*' || c == '_'));
    let colon = t2.ends_with(':');
    let t3 = trim(trim(t2.trim_end_matches(':')).trim_matches(|c| c == '*' || c == '_'));
    let words = word_count(t3, 10);
    let bold = t.starts_with("**") && t.ends_with("**");
    let shaped = md || bold || (colon && words <= 9);
    (shaped || words <= 5).then_some((t3, shaped))
}

/// A heading's text, lower case, with `’` as `'`.
fn normalise_heading(t: &str) -> String {
    t.to_lowercase().replace('’', "'")
}

/// Every known heading, normalised, with what `classify` makes of it.
fn known_headings() -> &'static HashMap<&'static str, Importance, FxBuild> {
    static KNOWN: OnceLock<HashMap<&'static str, Importance, FxBuild>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        [REQUIRED_HEADINGS, PREFERRED_HEADINGS, OTHER_HEADINGS]
            .iter()
            .flat_map(|l| l.iter())
            .map(|&k| (k, classify(k)))
            .collect()
    })
}

pub(super) fn classify(h: &str) -> Importance {
    // `h` is `k`, starts with `k ` or ends with ` k`.
    let has = |list: &[&str]| {
        list.iter().any(|k| {
            h == *k
                || (h.len() > k.len()
                    && ((h.starts_with(k) && h.as_bytes()[k.len()] == b' ')
                        || (h.ends_with(k) && h.as_bytes()[h.len() - k.len() - 1] == b' ')))
        })
    };
    if has(PREFERRED_HEADINGS)
        || h.contains("nice to have")
        || h.contains("bonus")
        || h.contains("preferred")
        || h.contains("a plus")
    {
        Importance::Preferred
    } else if has(REQUIRED_HEADINGS)
        || h.contains("requirement")
        || h.contains("if you")
        || h.contains("must have")
        || h.contains("qualification")
    {
        Importance::Required
    } else {
        Importance::Unspecified
    }
}
