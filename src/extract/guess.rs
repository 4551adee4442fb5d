//! The guesses about a posting beyond its skills: title, company, seniority, minimum years.
//!
//! Owns the heuristics that read these from labels (`Title:`, `Company:`), the first lines,
//! `X is hiring` and `5+ years of experience`. Each matches what lower-casing or a regular
//! expression would say, without their cost (checked in `tests.rs`). It must not find skills.

use super::sections::heading;
use super::text::lines;
use crate::model::job::Seniority;

/// `t` after `label` (ASCII, lower case, ending in `:`), if `t`'s lower case starts with it.
///
/// Compared up to ASCII case on `t` itself: no character of a label comes from lower-casing a
/// non-ASCII one (`İ` gives `i` only with U+0307 after it), and slicing the lower-cased text
/// by its length would cut `t` in the wrong place, or inside a character (`Title:ẞ`).
pub(super) fn strip_label<'t>(t: &'t str, label: &str) -> Option<&'t str> {
    debug_assert!(label.is_ascii() && label.ends_with(':') && !label.contains('k'));
    let n = label.len();
    // The first `n` bytes equal ASCII ones: `n` is a character boundary.
    (t.as_bytes()
        .get(..n)?
        .eq_ignore_ascii_case(label.as_bytes()))
    .then(|| &t[n..])
}

pub(super) fn guess_title(text: &str) -> String {
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
pub(super) fn is_list_item(line: &str) -> bool {
    let t = line.trim_start();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let marker = if digits > 0 {
        t[digits..].strip_prefix(['.', ')'])
    } else {
        t.strip_prefix(['-', '*', '+', '•', '·', '–', '—', '▪', '◦'])
    };
    marker.is_some_and(|rest| rest.starts_with(char::is_whitespace))
}

pub(super) fn guess_seniority(title: &str) -> Option<Seniority> {
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
pub(super) fn guess_min_years(text: &str) -> Option<f32> {
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
pub(super) fn contains_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    debug_assert!(needle.iter().all(|c| !c.is_ascii_uppercase() && *c != b'k'));
    debug_assert!(needle.last() != Some(&b'i'));
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// `Company: X`, `… at X` in the title, or `X is hiring`.
pub(super) fn guess_company(text: &str, title: &str) -> Option<String> {
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
pub(super) fn hiring_match(head: &str) -> Option<String> {
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
