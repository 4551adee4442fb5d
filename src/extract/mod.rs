//! A job posting as plain text or Markdown → a structured job.
//!
//! Owns recognising the posting's sections ("Requirements", "Nice to have", …) and inferring each
//! skill's importance from where it is named, plus a title, seniority and minimum-years guess.
//! Skill spotting itself is `mentions`' job; this module must not touch files.

use crate::model::job::Seniority;
use crate::model::{Importance, Job, Requirement};
use crate::skills::lexicon::FxBuild;
use crate::skills::mentions::{Mention, MentionFinder};
use crate::skills::taxonomy::{SkillId, Taxonomy};
use serde::Serialize;
use smallvec::SmallVec;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MentionSpan<'a> {
    /// Byte offsets into the posting text.
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExtractedSkill<'a> {
    pub name: &'a str,
    pub importance: Importance,
    /// In text order; one or two are stored inline.
    pub mentions: SmallVec<[MentionSpan<'a>; 2]>,
    /// Skills the posting offers as alternatives to this one (`AWS/GCP`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<&'a str>,
    #[serde(skip)]
    pub id: SkillId,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
/// A posting's extraction; names and mention texts borrow from the taxonomy and the text.
pub struct Extracted<'a> {
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seniority: Option<Seniority>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_years: Option<f32>,
    pub skills: Vec<ExtractedSkill<'a>>,
}

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
];

const OTHER_HEADINGS: &[&str] = &[
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
struct Heading {
    importance: Importance,
    /// A known section heading ("Requirements", "About us"), or one that names an importance.
    known: bool,
}

/// Longest line taken for a heading (trimmed).
const HEADING_MAX: usize = 70;

/// Does this line look like a heading? Says what it makes of the lines under it.
fn heading(line: &str) -> Option<Heading> {
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
    let upper = if ascii {
        let b = t3.as_bytes();
        b.iter().any(u8::is_ascii_alphabetic) && !b.iter().any(u8::is_ascii_lowercase)
    } else {
        t3.chars().any(char::is_alphabetic) && !t3.chars().any(char::is_lowercase)
    };
    let is_heading = shaped || known.is_some() || upper;
    is_heading.then(|| match known {
        Some(importance) => Heading {
            importance,
            known: true,
        },
        None => {
            let importance = classify(norm);
            Heading {
                importance,
                known: importance != Importance::Unspecified,
            }
        }
    })
}

/// A trimmed line's text without its Markdown marks and colon, and whether those marks make it
/// a heading (`## X`, `**X**`, `X:` of up to seven words); `None` when it is neither shaped nor
/// of at most five words.
fn shape(t: &str) -> Option<(&str, bool)> {
    let md = t.starts_with('#');
    let t2 = trim(t.trim_start_matches('#'));
    let t2 = trim(t2.trim_matches(|c| c == '*' || c == '_'));
    let colon = t2.ends_with(':');
    let t3 = trim(trim(t2.trim_end_matches(':')).trim_matches(|c| c == '*' || c == '_'));
    let words = word_count(t3, 8);
    let bold = t.starts_with("**") && t.ends_with("**");
    let shaped = md || bold || (colon && words <= 7);
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

fn classify(h: &str) -> Importance {
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
        || h.contains("must have")
        || h.contains("qualification")
    {
        Importance::Required
    } else {
        Importance::Unspecified
    }
}

/// Inline cues that make a line's skills preferred: "… is a plus", "(nice to have)".
const INLINE_PREFERRED: &[&str] = &[
    "nice to have",
    "nice-to-have",
    "a plus",
    "is a bonus",
    "bonus:",
    "preferred",
    "desirable",
    "good to have",
    "would be great",
    "is an advantage",
    "advantageous",
    "ideally",
];

/// Inline cues that make a line's skills required.
const INLINE_REQUIRED: &[&str] = &[
    "required",
    "must have",
    "must-have",
    "mandatory",
    "essential",
    "you must",
];

/// The only characters whose lower case has an ASCII character in it (`K` → `k`, `İ` → `i̇`):
/// without them, an ASCII word is in the lower-cased text exactly when it is in the text up to
/// ASCII case.
const LOWER_TO_ASCII: [char; 2] = ['\u{212A}', '\u{130}'];

/// `line.contains(LOWER_TO_ASCII)`, by the characters' UTF-8 lead bytes (`memchr2`) rather
/// than decoding every character.
fn has_lower_to_ascii(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr2_iter(0xE2, 0xC4, b).any(|i| {
        LOWER_TO_ASCII
            .iter()
            .any(|c| b[i..].starts_with(c.encode_utf8(&mut [0; 4]).as_bytes()))
    })
}

/// Inline cues in a line: "… is a plus", "(nice to have)", "required".
fn inline_importance(line: &str) -> Option<Importance> {
    let l = line.to_lowercase();
    if INLINE_PREFERRED.iter().any(|k| l.contains(k)) {
        Some(Importance::Preferred)
    } else if INLINE_REQUIRED.iter().any(|k| l.contains(k)) {
        Some(Importance::Required)
    } else {
        None
    }
}

/// Where the inline cues are in `text`, up to ASCII case, in text order: (offset, preferred).
/// For a line without `LOWER_TO_ASCII` characters, its cues here are `inline_importance`'s.
fn inline_cues(text: &str) -> Vec<(usize, bool)> {
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
        out.push((m.start(), m.pattern().as_usize() < INLINE_PREFERRED.len()));
        at = m.start() + 1;
    }
    LOWER.set(lower);
    out
}

/// `inline_cues` of an ASCII-lower-cased text, one cue after the other.
fn inline_cues_one_by_one(lower: &[u8]) -> Vec<(usize, bool)> {
    let cues = INLINE_PREFERRED
        .iter()
        .map(|k| (k, true))
        .chain(INLINE_REQUIRED.iter().map(|k| (k, false)));
    let mut out: Vec<(usize, bool)> = cues
        .flat_map(|(k, pref)| {
            memchr::memmem::find_iter(lower, k.as_bytes()).map(move |i| (i, pref))
        })
        .collect();
    out.sort_unstable();
    out
}

/// `inline_importance` of a line from whether it has a preferred and a required cue.
fn cue_importance(preferred: bool, required: bool) -> Option<Importance> {
    if preferred {
        Some(Importance::Preferred)
    } else if required {
        Some(Importance::Required)
    } else {
        None
    }
}

/// `t` after `label` (ASCII, lower case, ending in `:`), if `t`'s lower case starts with it.
///
/// Compared up to ASCII case on `t` itself: no character of a label comes from lower-casing a
/// non-ASCII one (`İ` gives `i` only with U+0307 after it), and slicing the lower-cased text
/// by its length would cut `t` in the wrong place, or inside a character (`Title:ẞ`).
fn strip_label<'t>(t: &'t str, label: &str) -> Option<&'t str> {
    debug_assert!(label.is_ascii() && label.ends_with(':') && !label.contains('k'));
    let n = label.len();
    // The first `n` bytes equal ASCII ones: `n` is a character boundary.
    (t.as_bytes()
        .get(..n)?
        .eq_ignore_ascii_case(label.as_bytes()))
    .then(|| &t[n..])
}

/// Each line of `text` as (start, end), its line break included (the last line may have none),
/// found with `memchr` (the standard library's search for one byte is not vectorised).
fn line_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|p| p + 1)
        .chain((!text.is_empty() && !text.ends_with('\n')).then_some(text.len()));
    ends.map(move |end| (std::mem::replace(&mut start, end), end))
}

/// `str::lines`, by `line_spans`.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    line_spans(text).map(|(start, end)| {
        let line = &text[start..end];
        match line.strip_suffix('\n') {
            Some(line) => line.strip_suffix('\r').unwrap_or(line),
            None => line,
        }
    })
}

fn guess_title(text: &str) -> String {
    for line in lines(text).take(15) {
        let t = line
            .trim()
            .trim_start_matches('#')
            .trim()
            .trim_matches('*')
            .trim();
        if t.is_empty() {
            continue;
        }
        for p in ["job title:", "title:", "position:", "role:"] {
            if let Some(rest) = strip_label(t, p) {
                return rest.trim().to_string();
            }
        }
        // Neither a section heading nor what introduces or fills a section is a title.
        if heading(line).is_some_and(|h| h.known) || t.ends_with(':') || is_list_item(line) {
            continue;
        }
        if t.len() <= 100 {
            return t.to_string();
        }
    }
    "Untitled posting".to_string()
}

/// `- Go`, `* Go`, `• Go`, `1. Go`, `2) Go`: a line of a list.
fn is_list_item(line: &str) -> bool {
    let t = line.trim_start();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let marker = if digits > 0 {
        t[digits..].strip_prefix(['.', ')'])
    } else {
        t.strip_prefix(['-', '*', '+', '•', '·', '–', '—', '▪', '◦'])
    };
    marker.is_some_and(|rest| rest.starts_with(char::is_whitespace))
}

fn guess_seniority(title: &str) -> Option<Seniority> {
    use Seniority::*;
    // Tried in this order.
    const LEVELS: [(&str, Seniority); 11] = [
        ("principal", Principal),
        ("staff", Staff),
        ("lead", Lead),
        ("senior", Senior),
        ("sr", Senior),
        ("junior", Junior),
        ("jr", Junior),
        ("graduate", Junior),
        ("intern", Intern),
        ("internship", Intern),
        ("mid", Mid),
    ];
    // The first of them that is a word of the title, lower-cased; the title read once.
    let mut first = LEVELS.len();
    let see = |w: &str| {
        if let Some(k) = LEVELS.iter().position(|(x, _)| x.eq_ignore_ascii_case(w)) {
            first = first.min(k);
        }
    };
    if title.is_ascii() {
        title
            .split(|c: char| !c.is_ascii_alphanumeric())
            .for_each(see);
    } else {
        let t = title.to_lowercase();
        t.split(|c: char| !c.is_alphanumeric()).for_each(see);
    }
    LEVELS.get(first).map(|&(_, s)| s)
}

/// `5+ years of experience`, `3-5 years`, `at least 4 years`.
fn guess_min_years(text: &str) -> Option<f32> {
    let b = text.as_bytes();
    let mut best: Option<f32> = None;
    static YEAR: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let year = YEAR.get_or_init(|| memchr::memmem::Finder::new("year"));
    // (`year` cannot overlap itself: these are `match_indices("year")`.)
    for i in year.find_iter(b) {
        let head = &text[..i];
        let head = head.trim_end();
        let head = head.trim_end_matches('+').trim_end();
        let digits_end = head.len();
        let digits_start = head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits_start == digits_end {
            continue;
        }
        // `3-5 years`: take the lower bound.
        let mut n: f32 = head[digits_start..digits_end].parse().ok()?;
        let before = head[..digits_start].trim_end();
        if let Some(b2) = before.strip_suffix(['-', '–']) {
            let lo_start = b2
                .trim_end()
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .len();
            if let Ok(lo) = b2.trim_end()[lo_start..].parse::<f32>() {
                n = lo;
            }
        }
        let tail_end = (i + 60).min(b.len());
        let mut te = tail_end;
        while !text.is_char_boundary(te) {
            te -= 1;
        }
        // `text[i..te].to_lowercase()` contains these words exactly when the text does up to
        // ASCII case (`contains_ignore_ascii_case`).
        let tail = &b[i..te];
        if (1.0..=20.0).contains(&n)
            && (contains_ignore_ascii_case(tail, b"experience")
                || contains_ignore_ascii_case(tail, b" of "))
        {
            best = Some(best.map_or(n, |b: f32| b.max(n)));
        }
    }
    best
}

/// Is `needle` (ASCII lower case, without `k`) in `hay` up to ASCII case? The same as
/// `hay.to_lowercase().contains(needle)`: only `K` and `İ` lower-case to ASCII characters, and
/// `İ`'s `i` comes with U+0307 after it, which no needle has (nor a needle ending in `i`).
fn contains_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    debug_assert!(needle.iter().all(|c| !c.is_ascii_uppercase() && *c != b'k'));
    debug_assert!(needle.last() != Some(&b'i'));
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// `Company: X`, `… at X` in the title, or `X is hiring`.
fn guess_company(text: &str, title: &str) -> Option<String> {
    let from_label = lines(text).take(10).find_map(|l| {
        let t = l.trim().trim_start_matches('#').trim();
        strip_label(t, "company:").map(|r| r.trim().to_string())
    });
    if from_label.is_some() {
        return from_label;
    }
    if let Some((_, at)) = title.rsplit_once(" at ") {
        return Some(at.trim().to_string());
    }
    let mut cut = text.len().min(2000);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    hiring_match(&text[..cut])
}

/// The company named in `X is hiring`: group 1 of the leftmost match of
/// `\b([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) (?:is|are) (?:hiring|looking for)` in `head`
/// (`\w` and `\b` by Unicode's word characters), looked for only just before each
/// `is/are hiring/looking for` (every match ends with one).
fn hiring_match(head: &str) -> Option<String> {
    // Found by their rarer last word, then the verb before it checked: a search for
    // ` is hiring` itself stops at every space.
    const OBJECTS: [&str; 2] = ["hiring", "looking for"];
    static FINDERS: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::OnceLock::new();
    let finders = FINDERS.get_or_init(|| OBJECTS.iter().map(memchr::memmem::Finder::new).collect());
    let b = head.as_bytes();
    let mut tails: Vec<(usize, usize)> = finders
        .iter()
        .flat_map(|f| {
            f.find_iter(b).filter_map(move |i| {
                let verb = [&b" is "[..], b" are "]
                    .into_iter()
                    .find(|v| b[..i].ends_with(v))?;
                Some((i - verb.len(), i + f.needle().len()))
            })
        })
        .collect();
    tails.sort_unstable();
    for (at, end) in tails {
        // The name is at most four words joined by single spaces right before the tail, so
        // the match starts after the fourth space back; `captures_at` still sees the text
        // before `from` for `\b`, and nothing in the regex looks past its end.
        let from = head[..at]
            .rmatch_indices(' ')
            .nth(3)
            .map_or(0, |(k, _)| k + 1);
        if let Some((s, e)) = hiring_name(&head[..end], from) {
            return Some(head[s..e].to_string());
        }
    }
    None
}

/// The span of group 1 of `hiring_match`'s pattern in its leftmost match starting at or after
/// `from` (a character boundary) in `h`.
fn hiring_name(h: &str, from: usize) -> Option<(usize, usize)> {
    // What `\w` and `\b` take for a word character (Unicode's, as the regex crate's).
    let word = |c: char| {
        if c.is_ascii() {
            regex_syntax::is_word_byte(c as u8)
        } else {
            regex_syntax::is_word_character(c)
        }
    };
    let in_name = |c: char| word(c) || matches!(c, '.' | '&' | '\'' | '-');
    let b = h.as_bytes();
    let tail_at = |i: usize| {
        let rest = &b[i..];
        [
            " is hiring",
            " are hiring",
            " is looking for",
            " are looking for",
        ]
        .iter()
        .any(|t| rest.starts_with(t.as_bytes()))
    };
    for (s, c) in h[from..].char_indices() {
        let s = s + from;
        // `\b[A-Z]`.
        if !c.is_ascii_uppercase() || h[..s].chars().next_back().is_some_and(word) {
            continue;
        }
        // Up to four words, each `[A-Z]` then a greedy run of name characters, joined by single
        // spaces. A word run can end only before a space or a character that no part of the
        // pattern accepts, and the tail starts with a lower-case word where another word would
        // start with a capital: there is never more than one way to match from `s`.
        let mut i = s;
        for k in 1..=4 {
            i += 1;
            i += h[i..]
                .chars()
                .take_while(|&c| in_name(c))
                .map(char::len_utf8)
                .sum::<usize>();
            if tail_at(i) {
                return Some((s, i));
            }
            if k == 4
                || !(b.get(i) == Some(&b' ') && b.get(i + 1).is_some_and(u8::is_ascii_uppercase))
            {
                break;
            }
            i += 1;
        }
    }
    None
}

/// A skill found in a posting: the part of `ExtractedSkill` that needs no strings.
struct Found {
    id: SkillId,
    importance: Importance,
    /// How many mentions it has.
    count: usize,
    alternatives: Vec<SkillId>,
}

/// The skills of a posting in order of first mention, `order` its indices in requirement order
/// (by importance, then first mention), and every mention as (start, end, its skill's index),
/// in text order; `mentions` as the finder found them.
#[derive(Default)]
struct Findings {
    skills: Vec<Found>,
    order: Vec<usize>,
    spans: Vec<(usize, usize, usize)>,
    mentions: Vec<Mention>,
}

thread_local! {
    /// A posting's findings, their vectors reused for the next posting on this thread.
    static FINDINGS: std::cell::Cell<Findings> = std::cell::Cell::new(Findings::default());
}

impl Findings {
    /// Empty findings, in the vectors of the last ones given back.
    fn reused() -> Findings {
        let mut f = FINDINGS.take();
        f.skills.clear();
        f.order.clear();
        f.spans.clear();
        // (`find_into` clears `mentions`.)
        f
    }

    /// Give the vectors back for the next posting.
    fn give_back(self) {
        FINDINGS.set(self);
    }
}

/// `AWS/GCP`, `AWS or GCP`: sibling skills (related in the taxonomy) offered as alternatives.
/// `Docker/Kubernetes` names two things wanted together, so unrelated pairs are left alone.
/// `spans`: every mention as (start, end, index in `skills`), in text order.
fn mark_alternatives(
    text: &str,
    skills: &mut [Found],
    spans: &[(usize, usize, usize)],
    tax: &Taxonomy,
) {
    // Alternatives are told apart by name, as they are listed.
    let has = |alts: &[SkillId], id: SkillId| alts.iter().any(|&x| tax.name(x) == tax.name(id));
    for w in spans.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a.2 != b.2
            && offers_alternatives(&text[a.1..b.0])
            && tax.related(skills[a.2].id, skills[b.2].id)
        {
            let (ia, ib) = (skills[a.2].id, skills[b.2].id);
            if !has(&skills[a.2].alternatives, ib) {
                skills[a.2].alternatives.push(ib);
            }
            if !has(&skills[b.2].alternatives, ia) {
                skills[b.2].alternatives.push(ia);
            }
        }
    }
}

/// Is the text between two mentions `/`, `or` or `|`, with white space around it?
fn offers_alternatives(gap: &str) -> bool {
    matches!(trim(gap), "/" | "or" | "|")
}

/// `t.split_whitespace().take(cap).count()`, byte by byte for ASCII text.
fn word_count(t: &str, cap: usize) -> usize {
    if !t.is_ascii() {
        return t.split_whitespace().take(cap).count();
    }
    // What `char::is_whitespace` says of an ASCII byte.
    let space = |c: u8| c.is_ascii_whitespace() || c == 0x0b;
    let (mut words, mut after_space) = (0, true);
    for &c in t.as_bytes() {
        let sp = space(c);
        words += (after_space && !sp) as usize;
        if words > cap {
            return cap;
        }
        after_space = sp;
    }
    words
}

/// `str::trim`, with ASCII white space stripped byte by byte first (most of what is trimmed
/// here); `str::trim` finishes only at a non-ASCII or vertical-tab end.
fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    let lo = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    let hi = b.len()
        - b[lo..]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_whitespace())
            .count();
    // Both ends are ASCII bytes (or the text's ends): a character boundary.
    let t = &s[lo..hi];
    match t.as_bytes() {
        [first, .., last] | [first @ last]
            if *first >= 0x80 || *first == 0x0b || *last >= 0x80 || *last == 0x0b =>
        {
            t.trim()
        }
        _ => t,
    }
}

/// The skills of a posting with their importance, alternatives marked, in requirement order.
fn find_skills(text: &str, tax: &Taxonomy, finder: &MentionFinder) -> Findings {
    thread_local! {
        /// Per skill id: 1 + its slot in `skills`, or 0 (reset after each posting).
        static SLOT_OF: std::cell::Cell<Vec<u32>> = const { std::cell::Cell::new(Vec::new()) };
    }
    let mut slot_of = SLOT_OF.take();
    if slot_of.len() < tax.len() {
        slot_of.resize(tax.len(), 0);
    }
    let Findings {
        mut skills,
        mut order,
        mut spans,
        mut mentions,
    } = Findings::reused();
    finder.find_into(text, &mut mentions);
    // Line by line, the importance of its mentions: from the last heading above it and its
    // inline cues. Mentions are in text order, and each starts in one line.
    let mut next_mention = 0;
    let mut current = Importance::Unspecified;
    let cues = inline_cues(text);
    let mut next_cue = 0;
    // Lines are looked at one by one for `LOWER_TO_ASCII` only when the text has one.
    let lower_to_ascii = has_lower_to_ascii(text);
    for (start, end) in line_spans(text) {
        let line = &text[start..end];
        if let Some(h) = heading(line) {
            current = h.importance;
            // A heading line like "Requirements: Go, Docker" keeps its own skills.
        }
        let (mut preferred, mut required) = (false, false);
        // A cue has no line break: it is in the line it starts in.
        while next_cue < cues.len() && cues[next_cue].0 < end {
            preferred |= cues[next_cue].1;
            required |= !cues[next_cue].1;
            next_cue += 1;
        }
        if mentions.get(next_mention).is_none_or(|m| m.start >= end) {
            continue;
        }
        let inline = if !lower_to_ascii || line.is_ascii() || !has_lower_to_ascii(line) {
            cue_importance(preferred, required)
        } else {
            inline_importance(line)
        };
        let imp = inline.map_or(current, |i| match (current, i) {
            (Importance::Unspecified, _) => i,
            (_, Importance::Preferred) => Importance::Preferred,
            (c, _) => c,
        });
        while let Some(m) = mentions.get(next_mention).filter(|m| m.start < end) {
            next_mention += 1;
            let slot = &mut slot_of[m.skill.0 as usize];
            let i = if *slot == 0 {
                skills.push(Found {
                    id: m.skill,
                    importance: imp,
                    count: 1,
                    alternatives: Vec::new(),
                });
                *slot = skills.len() as u32;
                skills.len() - 1
            } else {
                let i = *slot as usize - 1;
                let s = &mut skills[i];
                s.importance = s.importance.min(imp);
                s.count += 1;
                i
            };
            spans.push((m.start, m.end, i));
        }
    }
    debug_assert_eq!(next_mention, mentions.len(), "mentions out of text order");
    for s in &skills {
        slot_of[s.id.0 as usize] = 0;
    }
    SLOT_OF.set(slot_of);
    mark_alternatives(text, &mut skills, &spans, tax);
    // `skills` is in order of first mention: taking them by importance, in that order within
    // each, sorts them by (importance, first mention).
    for imp in [
        Importance::Required,
        Importance::Preferred,
        Importance::Unspecified,
    ] {
        order.extend((0..skills.len()).filter(|&i| skills[i].importance == imp));
    }
    debug_assert_eq!(order.len(), skills.len(), "an importance left out");
    Findings {
        skills,
        order,
        spans,
        mentions,
    }
}

/// Extract a posting's skills with their importance.
pub fn extract<'a>(text: &'a str, tax: &'a Taxonomy, finder: &MentionFinder) -> Extracted<'a> {
    let title = guess_title(text);
    let findings = find_skills(text, tax, finder);
    let Findings {
        skills: found,
        order,
        spans,
        ..
    } = &findings;
    // Each skill's mentions, in text order, in a vector of the right size (most skills have
    // one or two, stored inline).
    let mut mentions: Vec<SmallVec<[MentionSpan; 2]>> = found
        .iter()
        .map(|f| SmallVec::with_capacity(f.count))
        .collect();
    for &(start, end, i) in spans {
        mentions[i].push(MentionSpan {
            start,
            end,
            text: &text[start..end],
        });
    }
    let skills = order
        .iter()
        .map(|&i| {
            let f = &found[i];
            ExtractedSkill {
                name: tax.name(f.id),
                importance: f.importance,
                mentions: std::mem::take(&mut mentions[i]),
                alternatives: f.alternatives.iter().map(|&a| tax.name(a)).collect(),
                id: f.id,
            }
        })
        .collect();
    findings.give_back();
    let seniority = guess_seniority(&title);
    let company = guess_company(text, &title);
    Extracted {
        title,
        company,
        seniority,
        min_years: guess_min_years(text),
        skills,
    }
}

/// A posting's requirements as skill ids: what `extract(…).to_job()` says, without naming
/// the skills. Only the same as resolving that job's names when no two skills share a name.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtractedReqs {
    pub title: String,
    pub company: Option<String>,
    pub seniority: Option<Seniority>,
    pub min_years: Option<f32>,
    /// Per requirement: its skill, or its alternatives (`any_of`), and its importance.
    pub reqs: Vec<(Vec<SkillId>, Importance)>,
}

/// `extract(…).to_job()` with skill ids for names (for ranking many postings).
pub fn extract_reqs(text: &str, tax: &Taxonomy, finder: &MentionFinder) -> ExtractedReqs {
    let title = guess_title(text);
    let findings = find_skills(text, tax, finder);
    let Findings { skills, order, .. } = &findings;
    // As `Extracted::requirements`.
    let mut done: Vec<SkillId> = Vec::with_capacity(skills.len());
    let mut reqs = Vec::with_capacity(skills.len());
    for s in order.iter().map(|&i| &skills[i]) {
        if done.contains(&s.id) {
            continue;
        }
        let group: Vec<SkillId> = std::iter::once(s.id)
            .chain(s.alternatives.iter().filter_map(|&a| {
                skills
                    .iter()
                    .find(|o| o.id == a && o.importance == s.importance)
                    .map(|o| o.id)
            }))
            .collect();
        done.extend(&group);
        reqs.push((group, s.importance));
    }
    findings.give_back();
    let seniority = guess_seniority(&title);
    let company = guess_company(text, &title);
    ExtractedReqs {
        title,
        company,
        seniority,
        min_years: guess_min_years(text),
        reqs,
    }
}

impl Extracted<'_> {
    /// One requirement per skill; alternatives of the same importance become one `any_of`.
    fn requirements(&self) -> Vec<Requirement> {
        let mut done: Vec<&str> = Vec::new();
        let mut out = Vec::new();
        for s in &self.skills {
            if done.contains(&s.name) {
                continue;
            }
            let group: Vec<&ExtractedSkill> = std::iter::once(s)
                .chain(s.alternatives.iter().filter_map(|a| {
                    self.skills
                        .iter()
                        .find(|o| o.name == *a && o.importance == s.importance)
                }))
                .collect();
            done.extend(group.iter().map(|g| g.name));
            let (skill, any_of) = if group.len() > 1 {
                (None, group.iter().map(|g| g.name.to_string()).collect())
            } else {
                (Some(s.name.to_string()), Vec::new())
            };
            out.push(Requirement {
                skill,
                any_of,
                importance: s.importance,
                level: None,
                years: None,
                note: None,
            });
        }
        out
    }

    /// The posting as a job file: every skill becomes a requirement with its importance.
    pub fn to_job(&self) -> Job {
        Job {
            title: self.title.clone(),
            company: self.company.clone(),
            location: None,
            seniority: self.seniority,
            min_years: self.min_years,
            summary: None,
            requirements: self.requirements(),
            responsibilities: Vec::new(),
            description: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_str_lines() {
        let pieces = ["a", "\n", "\r", "\r\n", " ", "é", "\n\n"];
        for t in crate::testgen::texts(&pieces, 10, 5000, 3) {
            assert_eq!(
                lines(&t).collect::<Vec<_>>(),
                t.lines().collect::<Vec<_>>(),
                "{t:?}"
            );
        }
    }

    #[test]
    fn labels_are_matched_as_lower_casing_does() {
        let pieces = [
            "Title:", "TITLE:", "tİtle:", "Job ", "Ⱥ", "ẞ", "K", ":", " x", "é",
        ];
        for t in crate::testgen::texts(&pieces, 5, 5000, 11) {
            for label in ["job title:", "title:", "position:", "role:", "company:"] {
                let got = strip_label(&t, label);
                assert_eq!(got.is_some(), t.to_lowercase().starts_with(label), "{t:?}");
                if let Some(rest) = got {
                    assert!(
                        t.ends_with(rest) && t.len() - rest.len() == label.len(),
                        "{t:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn hiring_match_is_the_regex() {
        let re = regex::Regex::new(
            r"\b([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) (?:is|are) (?:hiring|looking for)",
        )
        .unwrap();
        let words = [
            "Acme", "Corp", "is", "are", "hiring", "looking", "for", "we", "Zürich", "É", "Ltd.",
            "A&B", "x", "The", "Big", "Data", "Team", "\n", "–", "O'Neil", "a-b", "Is", "Straße",
            "\u{301}", "٣", "²", "‿", "日本", "\u{200D}", "Ⅻ", "\u{212A}", "·",
        ];
        let (mut rng, mut hits) = (crate::testgen::XorShift(0x2545_F491_4F6C_DD1D), 0);
        let mut next = || rng.next();
        for _ in 0..500_000 {
            let mut t = String::new();
            for k in 0..next() % 12 {
                let r = next();
                if k > 0 && r % 7 != 0 {
                    t.push(' ');
                }
                t.push_str(words[(r / 7 % words.len() as u64) as usize]);
            }
            let want = re.captures(&t).map(|c| c[1].to_string());
            hits += usize::from(want.is_some());
            assert_eq!(hiring_match(&t), want, "{t:?}");
        }
        assert!(hits > 1000, "{hits}");
    }

    #[test]
    fn only_these_characters_lower_case_to_ascii() {
        let found: Vec<char> = (0x80..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.to_lowercase().any(|l| l.is_ascii()))
            .collect();
        assert_eq!(found, {
            let mut v = LOWER_TO_ASCII.to_vec();
            v.sort();
            v
        });
    }

    #[test]
    fn lower_to_ascii_is_found_by_its_bytes() {
        let pieces = [
            "\u{212A}", "\u{130}", "\u{2129}", "\u{212B}", "\u{131}", "\u{C4}", "—", "’", "K", "İ",
            "é", "a", " ",
        ];
        for t in crate::testgen::texts(&pieces, 12, 5000, 7) {
            assert_eq!(has_lower_to_ascii(&t), t.contains(LOWER_TO_ASCII), "{t:?}");
        }
    }

    #[test]
    fn inline_cues_ignore_case_as_lower_casing_does() {
        for (line, want) in [
            ("Kafka is A PLUS", Some(Importance::Preferred)),
            (
                "Go (MUST HAVE), Rust nice-to-have",
                Some(Importance::Preferred),
            ),
            ("Zürich: Go is Required", Some(Importance::Required)),
            ("Go • ideally Rust", Some(Importance::Preferred)),
            ("nice to \u{212A}now", None),
            ("Pİ: mandatory", Some(Importance::Required)),
            ("Python and Go", None),
        ] {
            assert_eq!(inline_importance(line), want, "{line}");
            let cues = inline_cues(line);
            let fast = cue_importance(cues.iter().any(|c| c.1), cues.iter().any(|c| !c.1));
            if !line.contains(LOWER_TO_ASCII) {
                assert_eq!(fast, want, "{line}");
            }
        }
    }

    #[test]
    fn all_inline_cues_are_found() {
        // No cue starts another (what `inline_cues` relies on).
        let all: Vec<&str> = INLINE_PREFERRED
            .iter()
            .chain(INLINE_REQUIRED)
            .copied()
            .collect();
        for a in &all {
            for b in &all {
                assert!(a == b || !a.starts_with(b), "{a} / {b}");
            }
        }
        let pieces = [
            "nice to have",
            "required",
            "desirable",
            "must",
            " ",
            "have",
            "-",
            "is a",
            " bonus",
            ":",
            "a plus",
            "essential",
            "you ",
            "x",
            "Required",
            "é",
            "ideally",
            "advantage",
            "ous",
        ];
        for t in crate::testgen::texts(&pieces, 12, 20_000, 0x2545_F491_4F6C_DD1D) {
            let want = inline_cues_one_by_one(&t.as_bytes().to_ascii_lowercase());
            assert_eq!(inline_cues(&t), want, "{t:?}");
        }
    }

    #[test]
    fn headings_are_classified() {
        let required = Heading {
            importance: Importance::Required,
            known: true,
        };
        assert_eq!(heading("## Requirements"), Some(required));
        assert_eq!(heading("**Must-have skills:**"), Some(required));
        assert_eq!(heading("WHAT YOU BRING"), Some(required));
        assert_eq!(
            heading("Über uns:"),
            Some(Heading {
                importance: Importance::Unspecified,
                known: false
            })
        );
        for k in OTHER_HEADINGS {
            assert!(heading(k).is_some_and(|h| h.known), "{k}");
        }
        assert_eq!(classify("nice to have"), Importance::Preferred);
        assert_eq!(classify("what you bring"), Importance::Required);
        assert_eq!(classify("responsibilities"), Importance::Unspecified);
        assert_eq!(
            heading("We build Go services for travellers across the world and more."),
            None
        );
    }

    #[test]
    fn plain_lines_are_shaped_as_shape_says() {
        // `heading` skips `shape` for a line without `#*_` at its start or `:*_` at its end.
        let pieces = [
            " ", "\t", "a", "Go", "é", "#", "*", "_", ":", "**", "\u{a0}", "x y", "  ",
        ];
        let mut plain = 0;
        for l in crate::testgen::texts(&pieces, 16, 50_000, 0x5AFE) {
            let t = trim(&l);
            let Some((&first, &last)) = t.as_bytes().first().zip(t.as_bytes().last()) else {
                continue;
            };
            if matches!(first, b'#' | b'*' | b'_') || matches!(last, b':' | b'*' | b'_') {
                continue;
            }
            plain += 1;
            let want = (word_count(t, 6) <= 5).then_some((t, false));
            assert_eq!(shape(t), want, "{l:?}");
        }
        assert!(plain > 10_000, "{plain}");
    }

    #[test]
    fn trim_is_str_trim() {
        let pieces = [
            " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{a0}", "\u{2003}", "\u{85}", "a", "é", "#",
            ":",
        ];
        for t in crate::testgen::texts(&pieces, 8, 50_000, 0x7819) {
            assert_eq!(trim(&t), t.trim(), "{t:?}");
            for cap in [3, 8] {
                let want = t.split_whitespace().take(cap).count();
                assert_eq!(word_count(&t, cap), want, "{t:?}");
            }
        }
    }

    #[test]
    fn alternative_gaps_are_what_trimming_says() {
        let pieces = [
            " ", "\t", "\n", "\u{b}", "\u{a0}", "\u{2003}", "/", "|", "or", "o", "r", ",", "and",
            "é",
        ];
        for gap in crate::testgen::texts(&pieces, 6, 50_000, 0x0A17_E4A7) {
            let want = matches!(gap.trim(), "/" | "or" | "|");
            assert_eq!(offers_alternatives(&gap), want, "{gap:?}");
        }
    }

    #[test]
    fn company_guess_never_cuts_a_character() {
        let mut text = "Acme is hiring.\n".to_string();
        while text.len() < 1999 {
            text.push('x');
        }
        text.push_str("’• more");
        assert_eq!(guess_company(&text, "Engineer").as_deref(), Some("Acme"));
    }

    #[test]
    fn any_text_is_extracted_whole() {
        // Labels, headings, cues, years and names, cut and joined with characters whose case
        // changes their length: nothing panics, every mention is a slice of the text, and
        // `extract_reqs` says what `extract` says.
        let tax = Taxonomy::builtin();
        let finder = MentionFinder::new(&tax);
        let pieces = [
            "Title:",
            "Company:",
            "Requirements",
            "\n",
            "\r\n",
            "## ",
            "**",
            "Nice to have:",
            "- ",
            " ",
            "Go",
            "AWS",
            "/",
            "Node.js",
            "5+",
            " years",
            " of experience",
            "3-",
            "Ⱥ",
            "ẞ",
            "İ",
            "\u{212A}",
            "’",
            "is hiring",
            " is ",
            "Acme",
            "a plus",
            "REQUIRED",
            "é",
            "#",
            ":",
            "C#",
            "\t",
        ];
        for t in crate::testgen::texts(&pieces, 24, 3000, 0x5EED_0F7E_47AA) {
            let ex = extract(&t, &tax, &finder);
            for s in &ex.skills {
                for m in &s.mentions {
                    assert_eq!(t.get(m.start..m.end), Some(m.text), "{t:?}");
                }
            }
            let reqs = extract_reqs(&t, &tax, &finder);
            assert_eq!(
                (&reqs.title, &reqs.company, reqs.seniority, reqs.min_years),
                (&ex.title, &ex.company, ex.seniority, ex.min_years),
                "{t:?}"
            );
            let names: Vec<(Vec<&str>, Importance)> = reqs
                .reqs
                .iter()
                .map(|(ids, imp)| (ids.iter().map(|&i| tax.name(i)).collect(), *imp))
                .collect();
            let requirements = ex.requirements();
            let job: Vec<(Vec<&str>, Importance)> = requirements
                .iter()
                .map(|r| {
                    let names = r.skill.iter().chain(&r.any_of).map(String::as_str);
                    (names.collect(), r.importance)
                })
                .collect();
            assert_eq!(names, job, "{t:?}");
        }
    }

    #[test]
    fn ascii_case_search_is_lower_casing() {
        let pieces = [
            "experience",
            "EXPERİENCE",
            "Of",
            " ",
            "of ",
            "\u{212A}",
            "İ",
            "ẞ",
            "e",
            "x",
        ];
        for t in crate::testgen::texts(&pieces, 6, 20_000, 0xCA5E) {
            for needle in ["experience", " of "] {
                let want = t.to_lowercase().contains(needle);
                let got = contains_ignore_ascii_case(t.as_bytes(), needle.as_bytes());
                assert_eq!(got, want, "{t:?} {needle:?}");
            }
        }
    }

    #[test]
    fn seniority_is_read_from_the_lower_cased_words() {
        let by_definition = |title: &str| {
            let t = title.to_lowercase();
            let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).collect();
            let has = |w: &str| words.contains(&w);
            [
                (has("principal"), Seniority::Principal),
                (has("staff"), Seniority::Staff),
                (has("lead"), Seniority::Lead),
                (has("senior") || has("sr"), Seniority::Senior),
                (
                    has("junior") || has("jr") || has("graduate"),
                    Seniority::Junior,
                ),
                (has("intern") || has("internship"), Seniority::Intern),
                (has("mid"), Seniority::Mid),
            ]
            .into_iter()
            .find_map(|(h, s)| h.then_some(s))
        };
        let pieces = [
            "Senior",
            "SR",
            "lead",
            "Staff",
            "İntern",
            "intern",
            "ship",
            "Mid",
            "-",
            " ",
            ".",
            "é",
            "Jr",
            "principal",
            "Graduate",
            "x",
            "\u{212A}",
        ];
        for t in crate::testgen::texts(&pieces, 6, 20_000, 0x5E41) {
            assert_eq!(guess_seniority(&t), by_definition(&t), "{t:?}");
        }
    }

    #[test]
    fn a_title_is_not_a_list_item_or_a_lead_in() {
        let title = |t: &str| guess_title(t);
        assert_eq!(title("Requirements\n- Go and Kafka\n"), "Untitled posting");
        assert_eq!(title("Requirements\n* Go\n"), "Untitled posting");
        assert_eq!(
            title("• Go\n1. Kafka\n2) Redis\nWhat we offer:\n"),
            "Untitled posting"
        );
        assert_eq!(
            title("\n# Senior Go Developer\n\nRequirements:\n- Go\n"),
            "Senior Go Developer"
        );
        assert_eq!(title("**Backend Engineer**\n- Go\n"), "Backend Engineer");
        assert_eq!(title("- Go\nData Engineer\n"), "Data Engineer");
        // Not list markers: a hyphenated word, a number in a title.
        assert_eq!(title("-Go- Engineer\n"), "-Go- Engineer");
        assert_eq!(title("3D Graphics Engineer\n"), "3D Graphics Engineer");
        assert_eq!(
            title("2026 Graduate Programme\n"),
            "2026 Graduate Programme"
        );
    }

    #[test]
    fn guesses_years_and_seniority() {
        assert_eq!(
            guess_min_years("You have 5+ years of experience with Go."),
            Some(5.0)
        );
        assert_eq!(
            guess_min_years("3-5 years of professional experience"),
            Some(3.0)
        );
        assert_eq!(guess_min_years("founded 20 years ago"), None);
        assert_eq!(
            guess_seniority("Senior Go Developer"),
            Some(Seniority::Senior)
        );
        assert_eq!(
            guess_seniority("Staff Engineer, Platform"),
            Some(Seniority::Staff)
        );
        assert_eq!(guess_seniority("Backend Engineer"), None);
    }
}
