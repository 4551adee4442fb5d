//! The guesses about a posting beyond its skills: title, company, seniority, minimum years.
//!
//! Owns the heuristics that read these from labels (`Title:`, `Company:`), the first lines
//! that read as a title, `looking for a Senior QA Engineer`, `X is hiring`, `About X`, `Join X`
//! and `5+ years of experience`; `role` says what names a role or a company. Each matches what lower-casing or a regular
//! expression would say, without their cost (checked in `tests.rs`). It must not find skills.

use super::role::{is_proper_name, proper_name, reads_as_title, role_phrase};
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

/// The title: a `Title:` label's text, else the first of the first lines that reads as a job
/// title (`reads_as_title`), else a role the text states ("We are looking for a Senior QA
/// Engineer to join …"), else "Untitled posting": never a sentence.
pub(super) fn guess_title(text: &str) -> String {
    // The value of a label (`Experience level:` then `Senior Lead`) is not a title.
    let mut after_label = false;
    let mut first_line = None;
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
        let value = std::mem::replace(&mut after_label, t.ends_with(':'));
        first_line.get_or_insert(t);
        for p in ["job title:", "title:", "position:", "role:"] {
            if let Some(rest) = strip_label(t, p).map(str::trim) {
                if !rest.is_empty() {
                    return rest.to_string();
                }
            }
        }
        // Neither a section heading nor what introduces or fills a section is a title.
        if value || heading(line).is_some_and(|h| h.known) || t.ends_with(':') || is_list_item(line)
        {
            continue;
        }
        if reads_as_title(t) {
            return t.to_string();
        }
    }
    // A first line that starts with a role ("Software Developer (f/m/d) Acme Date posted: …"
    // where the line breaks were lost).
    first_line
        .and_then(role_phrase)
        .or_else(|| stated_role(head(text, 2000)))
        .map_or_else(|| "Untitled posting".to_string(), str::to_string)
}

/// `text`'s first `n` bytes or fewer, cut at a character boundary.
fn head(text: &str, n: usize) -> &str {
    let mut cut = text.len().min(n);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
}

/// A role the text states: "looking for a Senior QA Engineer to join", "position as
/// Associate Professor in …", "seeking an Application Support Specialist.", "We seek a
/// full-time DevOps Engineer".
fn stated_role(head: &str) -> Option<&str> {
    const BEFORE: &[&str] = &[
        "looking for a ",
        "looking for an ",
        "looking for our next ",
        "searching for a ",
        "searching for an ",
        "seeking a ",
        "seeking an ",
        "seek a ",
        "seek an ",
        "hiring a ",
        "hiring an ",
        "position as ",
        "join us as a ",
        "join us as an ",
        " and become ",
        "as our new ",
    ];
    // Up to four lower-case words may stand before the role: "a skilled Software Developer",
    // "an enthusiastic experienced and driven Software Development Engineer".
    let role_after = |at: usize| {
        let mut at = at;
        for _ in 0..5 {
            if let Some(r) = role_phrase(&head[at..]) {
                return Some(r);
            }
            let w = head[at..].split(' ').next()?;
            let lower = w.chars().all(|c| c.is_lowercase() || c == '-');
            if !lower || w.is_empty() || at + w.len() >= head.len() {
                return None;
            }
            at += w.len() + 1;
        }
        None
    };
    // One pass for all the lead-ins (they are looked for in every posting without a title).
    static FINDER: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let finder = FINDER.get_or_init(|| {
        aho_corasick::AhoCorasick::new(BEFORE).expect("the lead-ins build an automaton")
    });
    finder.find_iter(head).find_map(|m| role_after(m.end()))
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

/// `Company: X`, `… at X` in the title, `X is hiring`, `About X`, `Join X` or `At X, we`,
/// where X is a proper name (`proper_name`): never a pronoun ("We are hiring") or a place
/// ("Acme in Copenhagen is looking for" names no company by its words).
pub(super) fn guess_company(text: &str, title: &str) -> Option<String> {
    let from_label = lines(text).take(10).find_map(|l| {
        let t = l.trim().trim_start_matches('#').trim();
        strip_label(t, "company:")
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_string)
    });
    if from_label.is_some() {
        return from_label;
    }
    if let Some((_, at)) = title.rsplit_once(" at ") {
        if let Some(name) = proper_name(at.trim()) {
            return Some(name);
        }
    }
    let head = head(text, 2000);
    let mut from = 0;
    while let Some(name) = hiring_match(&head[from..]) {
        let at = from + head[from..].find(name.as_str()).unwrap_or(0);
        let after_preposition = head[..at].trim_end().rsplit(' ').next().is_some_and(|w| {
            ["in", "at", "from", "of", "for", "with", "to", "on", "by"].contains(&w)
        });
        if is_proper_name(&name) && !after_preposition {
            return Some(name);
        }
        from = at + name.len();
    }
    introduced_name(head)
}

/// The name after `About `, `Join ` or `At ` (then `,` or ` we`) in `head`.
fn introduced_name(head: &str) -> Option<String> {
    let b = head.as_bytes();
    memchr::memchr2_iter(b'A', b'J', b)
        .filter(|&i| i == 0 || !b[i - 1].is_ascii_alphanumeric())
        .find_map(|i| {
            let at = ["About ", "Join ", "At "]
                .iter()
                .find(|p| b[i..].starts_with(p.as_bytes()))
                .map(|p| i + p.len())?;
            let name = proper_name(&head[at..])?;
            let rest = &head[at + name.len()..];
            let at_we = rest.starts_with(',') || rest.starts_with(" we ");
            (!head[i..].starts_with("At ") || at_we).then_some(name)
        })
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
