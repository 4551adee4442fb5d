//! Finding skills in free text: `Node.js`, `C#`, `k8s`, `Go` the language (not "go" the verb).
//!
//! Owns the surface-form matcher built from a taxonomy: one Aho–Corasick pass over the text for
//! every name and alias (case-insensitive), then word-boundary, URL/e-mail/file-name and context
//! checks that make short or ambiguous names precise. It returns byte spans; it must not decide
//! importance (that is `extract`) or relevance (that is the matcher).

use crate::lexicon::Lexicon;
use crate::taxonomy::{SkillId, Taxonomy};
use serde::Serialize;

/// A skill found in text: `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Mention {
    pub skill: SkillId,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone)]
struct Pattern {
    skill: SkillId,
    /// The exact form that must match case-sensitively (ambiguous names), else `None`.
    exact: Option<String>,
    /// Needs technical context around it.
    guarded: bool,
    /// May take a plural `s` or a version number right after it (`APIs`, `Python3`).
    suffixes: bool,
    /// A concept word that takes a plural (`microservice` → `microservices`); product names do
    /// not (`nodes` is not Node.js, `reacts` is not React) unless written as an acronym (`APIs`).
    plural: bool,
    /// A practice word that conjugates (`mentor` → `mentored`, `mentoring`); product names
    /// do not (`React` must not match `Reacted`).
    verb: bool,
}

/// Finds skill mentions in text.
#[derive(Debug, Clone)]
pub struct MentionFinder {
    lexicon: Lexicon,
    patterns: Vec<Pattern>,
    /// Per skill: can vouch for an ambiguous neighbour (not a leadership, soft or methodology
    /// skill: "Make a contribution to the leadership" is not the build tool).
    technical: Vec<bool>,
}

/// Words right before or after an ambiguous name that show it is technical.
#[rustfmt::skip]
const CUE_WORDS: &[&str] = &[
    "language", "languages", "lang", "programming", "developer", "developers", "development",
    "engineer", "engineers", "engineering", "code", "coding", "codebase", "service", "services",
    "microservice", "microservices", "backend", "back-end", "frontend", "routines", "goroutines",
    "module", "modules", "runtime", "concurrency", "framework", "frameworks", "library",
    "libraries", "scripts", "scripting", "script", "compiler", "toolchain", "sdk", "api", "apis",
    "app", "apps", "stack", "experience", "proficiency", "proficient", "expertise", "knowledge",
    "skills", "written", "using", "with", "in", "of", "like", "based", "ui", "projects", "project",
    "applications", "application", "program", "programs", "boot",
];

/// Words right after an ambiguous name that always make it ordinary English ("Go to", "Go live").
#[rustfmt::skip]
const HARD_STOP_AFTER: &[&str] = &[
    "to", "ahead", "live", "back", "through", "beyond", "away", "further", "deep", "above",
    "season", "semester", "term", "break", "festival", "grade", "energy", "oil", "plc", "our",
    "your", "their", "sure", "us", "them", "yourself",
];

/// Words right after an ambiguous name that suggest ordinary English unless another skill or a
/// cue vouches for it ("Go for it" vs "Swift for iOS").
#[rustfmt::skip]
const SOFT_STOP_AFTER: &[&str] = &[
    "for", "on", "out", "up", "into", "over", "get", "is", "was", "the", "a", "an", "level",
    "suite", "company", "bank", "payment", "payments",
];

/// Words right before an ambiguous name that make it a noun ("written in Go", "with R").
#[rustfmt::skip]
const NOUN_BEFORE: &[&str] = &["in", "with", "using", "of", "like", "written", "learning", "adopting"];

/// Words right before an ambiguous name that always make it ordinary English.
#[rustfmt::skip]
const HARD_STOP_BEFORE: &[&str] = &[
    "let's", "lets", "let", "grade", "plan", "vitamin", "royal", "ready", "size", "section",
    "appendix", "part", "tier", "option", "building", "class", "category", "type",
];

/// Words right before an ambiguous name that suggest ordinary English unless vouched for.
#[rustfmt::skip]
const SOFT_STOP_BEFORE: &[&str] = &[
    "we", "you", "i", "they", "will", "can", "must", "should", "would", "could", "may", "might",
    "don't", "level", "this", "next", "last", "early", "late", "the", "a", "an", "team", "good",
    "from",
];

/// How far (bytes) to look for another skill that vouches for an ambiguous one.
const CONTEXT_WINDOW: usize = 80;

impl MentionFinder {
    pub fn new(tax: &Taxonomy) -> MentionFinder {
        // Every form, lowercase, in one arena (this runs at every start: few allocations).
        let mut arena = String::new();
        let mut forms: Vec<((u32, u32), Pattern)> = Vec::new();
        for skill in tax.skills() {
            use crate::taxonomy::Category as C;
            let verb = matches!(
                skill.category,
                C::Leadership | C::Soft | C::Practice | C::Methodology
            );
            let plural = verb
                || matches!(
                    skill.category,
                    C::Architecture
                        | C::Testing
                        | C::Security
                        | C::DataMl
                        | C::Observability
                        | C::Protocol
                        | C::Other
                );
            let mut add_one = |variant: &str, exact: bool| {
                let start = arena.len();
                if variant.is_ascii() {
                    arena.push_str(variant);
                    arena[start..].make_ascii_lowercase();
                } else {
                    arena.push_str(&variant.to_lowercase());
                }
                let lower = &arena[start..];
                let short = lower.chars().count() <= 2;
                let conjugates = !exact && verb && lower.len() >= 5;
                forms.push((
                    (start as u32, arena.len() as u32),
                    Pattern {
                        skill: skill.id,
                        exact: exact.then(|| variant.to_string()),
                        guarded: exact,
                        suffixes: !exact
                            && !short
                            && variant.ends_with(|c: char| c.is_ascii_alphabetic()),
                        verb: conjugates,
                        plural,
                    },
                ));
            };
            let mut add = |form: &str, exact: bool| {
                let form = form.trim();
                if form.is_empty() {
                    return;
                }
                if form.contains(['/', ' ']) {
                    for variant in variants(form) {
                        add_one(&variant, exact);
                    }
                } else {
                    add_one(form, exact);
                }
            };
            add(&skill.name, skill.ambiguous);
            for alias in &skill.aliases {
                add(alias, false);
            }
        }
        let text_of = |r: (u32, u32)| &arena[r.0 as usize..r.1 as usize];
        // One pattern per lowercase form: an unguarded form wins over a guarded one, then the
        // earlier skill. (A hash map, not a sort: this runs at every start.)
        let mut best: std::collections::HashMap<&str, usize, crate::lexicon::FxBuild> =
            Default::default();
        best.reserve(forms.len());
        for (i, (r, p)) in forms.iter().enumerate() {
            let e = best.entry(text_of(*r)).or_insert(i);
            let q = &forms[*e].1;
            if (p.guarded, p.skill) < (q.guarded, q.skill) {
                *e = i;
            }
        }
        let mut keep: Vec<usize> = best.into_values().collect();
        keep.sort_unstable();
        let forms: Vec<((u32, u32), Pattern)> =
            keep.into_iter().map(|i| forms[i].clone()).collect();
        let lexicon = Lexicon::new(forms.iter().map(|(r, _)| text_of(*r)));
        use crate::taxonomy::Category as C;
        let technical = tax
            .skills()
            .iter()
            .map(|s| !matches!(s.category, C::Leadership | C::Soft | C::Methodology))
            .collect();
        MentionFinder {
            lexicon,
            patterns: forms.into_iter().map(|(_, p)| p).collect(),
            technical,
        }
    }

    /// Every mention in `text`, in order, non-overlapping (longest wins: `JavaScript` over `Java`).
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let masked = masked_spans(text);
        let mut out: Vec<Mention> = Vec::new();
        let mut guarded: Vec<usize> = Vec::new();
        // Ambiguous names written in lower case (`spring`, `go`): kept only inside a list of
        // skills, as in a Stack Overflow tag line `java spring hibernate`.
        let mut listed: Vec<usize> = Vec::new();
        // Candidates come token-aligned and longest first; `accept` applies the boundary, case
        // and mask rules and says where the mention really ends (`APIs`, `Python3`).
        self.lexicon.scan(text, |c| {
            let pat = &self.patterns[c.form as usize];
            let prev_end = out.last().map(|m: &Mention| m.end);
            let end = self.accept(text, c.start, c.core_end, pat, &masked, prev_end)?;
            if pat
                .exact
                .as_deref()
                .is_some_and(|x| &text[c.start..c.core_end] != x)
            {
                listed.push(out.len());
            } else if pat.guarded {
                guarded.push(out.len());
            }
            out.push(Mention {
                skill: pat.skill,
                start: c.start,
                end,
            });
            Some(end)
        });
        if !guarded.is_empty() || !listed.is_empty() {
            let keep = self.vouched(text, &out, &guarded, &listed);
            let mut i = 0;
            out.retain(|_| {
                let k = keep[i];
                i += 1;
                k
            });
        }
        out
    }

    /// Boundary, mask and case checks; returns where scanning should continue.
    fn accept(
        &self,
        text: &str,
        s: usize,
        e: usize,
        pat: &Pattern,
        masked: &[(usize, usize)],
        prev_end: Option<usize>,
    ) -> Option<usize> {
        let b = text.as_bytes();
        if let Some(exact) = &pat.exact {
            // Exact case, or all lower case as a list item (`java spring`): right after another
            // mention or at the start of a line; `vouched` checks the other side.
            if &text[s..e] != exact {
                if text[s..e].bytes().any(|c| c.is_ascii_uppercase()) {
                    return None;
                }
                let from = prev_end.filter(|&p| p <= s).unwrap_or(0);
                let gap = &b[from..s];
                let after_prev = prev_end.is_some_and(|p| p <= s)
                    && gap.iter().all(|&c| c == b' ' || c == b'\t' || c == b',');
                let line_start = b[..s]
                    .iter()
                    .rev()
                    .take_while(|&&c| c != b'\n')
                    .all(|&c| c == b' ' || c == b'\t');
                if !after_prev && !line_start {
                    return None;
                }
            }
        }
        if masked.iter().any(|&(ms, me)| s < me && e > ms) {
            return None;
        }
        // `http :// www . example . com`: a URL scheme, even when tokenised.
        if text[e..].trim_start_matches(' ').starts_with("://") {
            return None;
        }
        // `R & D`, `P & L`: a single letter joined by `&` to another.
        if pat.guarded && e - s == 1 {
            if let Some(after) = text[e..].trim_start_matches(' ').strip_prefix('&') {
                let after = after.trim_start_matches(' ').as_bytes();
                if after.first().is_some_and(u8::is_ascii_alphabetic)
                    && !after.get(1).is_some_and(|&c| is_word(c))
                {
                    return None;
                }
            }
        }
        // `multi-node`, `non-relational`: a hyphen glued to a word before the form, unless that
        // word is a mention itself (`react-redux`, `angular-ngrx-data`).
        if s >= 2 && b[s - 1] == b'-' && is_word(b[s - 2]) && prev_end != Some(s - 1) {
            return None;
        }
        let first = b[s];
        let last = b[e - 1];
        // Left boundary.
        if s > 0 {
            let p = b[s - 1];
            if is_word(p) && is_word(first) {
                return None;
            }
            if p == b'&' || p == b'@' || p == b'$' || (p == b'#' && is_word(first)) {
                return None;
            }
            // `main.go`, `config.yaml`: a dot glued to a word before it is a file or a domain.
            if p == b'.' && first != b'.' && s >= 2 && is_word(b[s - 2]) {
                return None;
            }
            if pat.guarded && p == b'-' {
                return None;
            }
        }
        // Right boundary.
        let mut end = e;
        if end < b.len() {
            let n = b[end];
            if is_word(last) && is_word(n) {
                if !pat.suffixes {
                    return None;
                }
                // Plural / version suffix: `APIs`, `Python3`, `Java17`, `microservices`.
                let rest = &b[end..];
                let word_end = |n: usize| !rest.get(n).is_some_and(|&c| is_word(c));
                let verb_suffix = [&b"ing"[..], b"ed", b"d", b"ers", b"er", b"s"]
                    .iter()
                    .find(|s| {
                        rest.len() >= s.len()
                            && rest[..s.len()].eq_ignore_ascii_case(s)
                            && word_end(s.len())
                    })
                    .map(|s| s.len());
                let acronym = text[s..e].bytes().all(|c| !c.is_ascii_lowercase());
                let plural = pat.plural || acronym;
                let take = if let (true, Some(n)) = (pat.verb, verb_suffix) {
                    n
                } else if plural && rest.starts_with(b"es") && word_end(2) {
                    2
                } else if plural && (n == b's' || n == b'S') && word_end(1) {
                    1
                } else {
                    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
                    if digits > 0 && digits <= 2 && !rest.get(digits).is_some_and(|&c| is_word(c)) {
                        digits
                    } else {
                        return None;
                    }
                };
                end += take;
            } else if n == b'&'
                || n == b'_'
                || ((n == b'+' || n == b'#') && last != b'+' && last != b'#')
                || (pat.guarded
                    && ((n == b'-' && !cue_after_hyphen(text, end))
                        || (n == b'\'' && !b[end..].starts_with(b"'s"))))
            {
                return None;
            }
            // `Node.jsx`, `Go.mod`: a dot glued to a word after it.
            if end < b.len()
                && b[end] == b'.'
                && b.get(end + 1).is_some_and(|&c| c.is_ascii_alphanumeric())
                && last != b'.'
            {
                return None;
            }
        }
        Some(end)
    }

    /// For each guarded mention: keep it only with technical context and no stop word.
    fn vouched(
        &self,
        text: &str,
        out: &[Mention],
        guarded: &[usize],
        listed: &[usize],
    ) -> Vec<bool> {
        let mut keep = vec![true; out.len()];
        let technical = |o: &Mention| self.technical.get(o.skill.0 as usize) == Some(&true);
        let in_list =
            |w: &Option<String>, list: &[&str]| w.as_deref().is_some_and(|w| list.contains(&w));
        let mut soft = vec![false; out.len()];
        let mut is_guarded = vec![false; out.len()];
        for &g in guarded.iter().chain(listed) {
            is_guarded[g] = true;
        }
        for &gi in guarded {
            let m = out[gi];
            let before = prev_word(text, m.start);
            let after = next_word(text, m.end);
            // "services in Go to master concurrency": a preposition before the name makes it a
            // noun, whatever follows.
            let noun = in_list(&before, NOUN_BEFORE);
            if in_list(&before, HARD_STOP_BEFORE) || (in_list(&after, HARD_STOP_AFTER) && !noun) {
                keep[gi] = false;
                continue;
            }
            soft[gi] = in_list(&before, SOFT_STOP_BEFORE) || in_list(&after, SOFT_STOP_AFTER);
            let version = text[m.end..]
                .trim_start_matches(' ')
                .starts_with(|c: char| c.is_ascii_digit());
            let cue = in_list(&before, CUE_WORDS) || in_list(&after, CUE_WORDS);
            // Another, unguarded technical skill close by in the same sentence vouches for this
            // one (`. NET and C`: one that starts just before the window counts).
            let (lo, hi) = sentence_window(text, m.start, m.end);
            // `out` is in text order: look only at the mentions inside the window.
            let first = out.partition_point(|o| o.end <= lo);
            let neighbour = out[first..]
                .iter()
                .enumerate()
                .take_while(|(_, o)| o.start < hi)
                .any(|(k, o)| first + k != gi && !is_guarded[first + k] && technical(o));
            keep[gi] = if soft[gi] {
                neighbour || version
            } else {
                cue || version || neighbour
            };
        }
        // A guarded mention listed right next to a kept one ("Rust, Go") is vouched for too.
        for &gi in guarded {
            if keep[gi] || soft[gi] {
                continue;
            }
            let m = out[gi];
            let before = prev_word(text, m.start);
            let after = next_word(text, m.end);
            if in_list(&before, HARD_STOP_BEFORE) || in_list(&after, HARD_STOP_AFTER) {
                continue;
            }
            // Only the mentions right before and after it in the text can be "next to" it.
            let near = [gi.checked_sub(1), Some(gi + 1).filter(|&j| j < out.len())];
            keep[gi] = near.into_iter().flatten().any(|gj| {
                is_guarded[gj] && keep[gj] && {
                    let o = out[gj];
                    let between = if o.start >= m.end {
                        &text[m.end..o.start]
                    } else {
                        &text[o.end..m.start.max(o.end)]
                    };
                    let b = between.trim();
                    between.len() <= 6
                        && (b.chars().all(|c| matches!(c, ',' | '/' | '&'))
                            || b == "and"
                            || b == "or")
                }
            });
        }
        // A lower-case ambiguous name is a skill only as an item of a list of skills: each side
        // is another unguarded mention or the end of the line, and at least one side is a
        // mention (`java spring hibernate`, `reactjs django go docker`).
        for &li in listed {
            let m = out[li];
            let side = |j: Option<usize>, gap: &str| -> Option<bool> {
                let g = gap.trim_matches(|c: char| c == ' ' || c == '\t' || c == ',');
                match j {
                    Some(j) if g.is_empty() && !is_guarded[j] => Some(true),
                    _ if gap.trim_matches([' ', '\t']).is_empty() => None,
                    _ => Some(false),
                }
            };
            let line_start = text[..m.start].rfind('\n').map_or(0, |p| p + 1);
            let line_end = text[m.end..].find('\n').map_or(text.len(), |p| m.end + p);
            let before = match li.checked_sub(1) {
                Some(j) if out[j].end >= line_start => side(Some(j), &text[out[j].end..m.start]),
                _ => side(None, &text[line_start..m.start]),
            };
            let after = match out.get(li + 1) {
                Some(o) if o.start <= line_end => side(Some(li + 1), &text[m.end..o.start]),
                _ => side(None, &text[m.end..line_end]),
            };
            keep[li] = match (before, after) {
                (Some(false), _) | (_, Some(false)) => false,
                (b, a) => b == Some(true) || a == Some(true),
            };
        }
        keep
    }
}

/// Surface variants of a form: `CI/CD` → `ci-cd`;
/// `Amazon Web Services` → `amazon-web-services`.
fn variants(form: &str) -> Vec<String> {
    // Spacing around punctuation needs no variant: `Node . js` and `Node.js` are the same
    // tokens to the lexicon. Hyphenated tags (`ci-cd`, `amazon-web-services`) are other tokens.
    let mut out = vec![form.to_string()];
    if !form.contains(['/', ' ']) {
        return out;
    }
    if form.contains('/') && !form.contains(' ') {
        out.push(form.replace('/', "-"));
    }
    if form.contains(' ')
        && form
            .split(' ')
            .all(|w| w.chars().all(char::is_alphanumeric))
    {
        out.push(form.replace(' ', "-"));
    }
    out
}

/// `REST-compliant`, `Go-based`, `Rust-powered`: after a hyphen, a word that makes an ambiguous
/// name technical (unlike `Go-live`, `C-level`).
fn cue_after_hyphen(text: &str, hyphen: usize) -> bool {
    let rest = &text[hyphen + 1..];
    let n = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let w = rest[..n].to_ascii_lowercase();
    matches!(
        w.as_str(),
        "based" | "compliant" | "powered" | "native" | "style" | "first" | "centric" | "driven"
    ) || CUE_WORDS.contains(&w.as_str())
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Lowercased word just before `i` (skipping spaces), e.g. `let's`.
fn prev_word(text: &str, i: usize) -> Option<String> {
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
    (!w.is_empty()).then(|| w.to_lowercase().replace('’', "'"))
}

/// Lowercased word just after `i` (skipping spaces).
fn next_word(text: &str, i: usize) -> Option<String> {
    let tail = text[i..].trim_start_matches([' ', '\t']);
    let end = tail
        .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == ':'))
        .unwrap_or(tail.len());
    let w = &tail[..end];
    (!w.is_empty()).then(|| w.trim_end_matches(':').to_lowercase())
}

/// The part of the text around a mention, bounded by sentence ends and a window.
fn sentence_window(text: &str, start: usize, end: usize) -> (usize, usize) {
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
fn masked_spans(text: &str) -> Vec<(usize, usize)> {
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
    // One pass for `@`, `://` and `www.` (neither string overlaps itself, so every occurrence
    // is found): `:` and `.` are rare enough to check by hand.
    for i in memchr::memchr3_iter(b'@', b':', b'.', b) {
        match b[i] {
            b'@' => spans.push(token_bounds(i)),
            b':' if b[i..].starts_with(b"://") => spans.push(token_bounds(i)),
            b'.' if i >= 3 && &b[i - 3..i] == b"www" => spans.push(token_bounds(i - 3)),
            _ => {}
        }
    }
    spans.sort();
    spans.dedup();
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn finder() -> &'static (Taxonomy, MentionFinder) {
        static F: OnceLock<(Taxonomy, MentionFinder)> = OnceLock::new();
        F.get_or_init(|| {
            let t = Taxonomy::builtin();
            let f = MentionFinder::new(&t);
            (t, f)
        })
    }

    /// Canonical names of the skills found in `text`, with the matched text.
    fn found(text: &str) -> Vec<(String, String)> {
        let (t, f) = finder();
        f.find(text)
            .into_iter()
            .map(|m| {
                (
                    t.name(m.skill).to_string(),
                    text[m.start..m.end].to_string(),
                )
            })
            .collect()
    }

    fn has(text: &str, skill: &str) -> bool {
        found(text).iter().any(|(s, _)| s == skill)
    }

    /// (sentence, skill that must be found)
    const POSITIVE: &[(&str, &str)] = &[
        ("We write backend services in Go.", "Go"),
        ("Experience with Go, Python and Rust.", "Go"),
        ("Experience with Go, Python and Rust.", "Rust"),
        ("Strong Golang skills", "Go"),
        ("Go developer wanted", "Go"),
        ("Go 1.22 and generics", "Go"),
        ("Python, Go, Docker", "Go"),
        ("Proficiency in R for statistics", "R"),
        ("R, Python and SQL for analytics", "R"),
        ("Low-level programming in C and C++", "C"),
        ("Low-level programming in C and C++", "C++"),
        ("Unity developer for mobile games", "Unity"),
        ("Spring Boot microservices", "Spring Boot"),
        ("Java with Spring and Hibernate", "Spring"),
        ("Shell scripting in Bash", "Bash"),
        ("iOS apps in Swift and SwiftUI", "Swift"),
        ("Systems programming in Rust", "Rust"),
        ("Experience with C# and .NET", "C#"),
        ("Experience with C# and .NET", ".NET"),
        ("Node.js services", "Node.js"),
        ("NodeJS and Express", "Node.js"),
        ("tokenised: Node . js", "Node.js"),
        ("tokenised: C # developer", "C#"),
        ("CI/CD pipelines", "CI/CD"),
        ("ci-cd automation", "CI/CD"),
        ("We run k8s clusters", "Kubernetes"),
        ("Postgres tuning", "PostgreSQL"),
        ("amazon-web-services", "AWS"),
        ("google-cloud-platform", "GCP"),
        ("JavaScript front ends", "JavaScript"),
        ("Java back ends", "Java"),
        ("NoSQL stores", "NoSQL"),
        ("MySQL replicas", "MySQL"),
        ("SQL queries", "SQL"),
        ("React Native apps", "React Native"),
        ("React single-page apps", "React"),
        ("Python 3 scripts", "Python"),
        ("Java 17 services", "Java"),
        ("Docker's layer cache", "Docker"),
        ("Terraform modules for AWS", "Terraform"),
        ("EKS clusters", "EKS"),
        ("GitHub Actions workflows", "GitHub Actions"),
        ("Prometheus and Grafana dashboards", "Grafana"),
        ("Elasticsearch clusters", "Elasticsearch"),
        ("gRPC and REST APIs", "gRPC"),
        ("Kafka consumers", "Kafka"),
        ("microservices architecture", "Microservices"),
        ("TypeScript and Vue.js", "Vue.js"),
        ("AWS/GCP deployments", "GCP"),
        ("AWS/GCP deployments", "AWS"),
        ("Mentored 6 engineers", "Mentoring"),
        ("Implemented services in Go to master concurrency.", "Go"),
        ("Designing public APIs", "APIs"),
        ("Designing microservices", "Microservices"),
        // Stack Overflow tag lines: lower-case ambiguous names between other skills.
        ("Technologies\njava spring hibernate\n", "Spring"),
        ("reactjs django go docker amazon-web-services", "Go"),
        ("linux c c++ linux-kernel", "C"),
        (
            "Persistent storage: native Core Data framework",
            "Core Data",
        ),
        ("Large scale, REST-compliant microservices", "REST"),
        ("Advanced understanding of . Net and C", "C"),
        ("PHP 7.4 and Symfony 4", "PHP"),
    ];

    /// (sentence, skill that must NOT be found)
    const NEGATIVE: &[(&str, &str)] = &[
        ("Go to the careers page to apply.", "Go"),
        ("Let's Go live next week.", "Go"),
        ("We go above and beyond.", "Go"),
        ("Ready to go?", "Go"),
        ("Go ahead and send us your CV.", "Go"),
        ("Our R&D team is growing.", "R"),
        ("The R&D budget doubled.", "R"),
        ("Plan B and plan R", "R"),
        ("He got a grade C in maths.", "C"),
        ("C-level executives", "C"),
        ("Vitamin C for everyone", "C"),
        ("The rust on the bridge", "Rust"),
        ("This Spring we launch.", "Spring"),
        ("Spring semester starts in March", "Spring"),
        ("Unity and diversity matter to us.", "Unity"),
        ("Royal Dutch Shell is an energy company.", "Shell"),
        ("A swift response is expected.", "Swift"),
        ("JavaScript only", "Java"),
        ("NoSQL only", "SQL"),
        ("MySQL only", "SQL"),
        ("React Native only", "React"),
        ("Mail go@example.com", "Go"),
        ("See https://github.com/golang/go", "Go"),
        ("Edit main.go and config.yaml", "Go"),
        ("Edit config.yaml", "YAML"),
        ("Visit www.python.org", "Python"),
        ("Contact java@jobs.example", "Java"),
        ("The dart hit the board.", "Dart"),
        ("Julia will call you tomorrow.", "Julia"),
        ("we go to great lengths", "Go"),
        ("GO TEAM!", "Go"),
        ("dockerfile_path", "Docker"),
        ("my_python_var", "Python"),
        ("The restaurant is closed.", "REST"),
        ("Get some rest after work.", "REST"),
        ("Java's", "JavaScript"),
        ("C-suite", "C"),
        ("Go-live date is Monday", "Go"),
        ("AT&T and P&G", "R"),
        ("Excel at communication", "Excel"),
        ("We value swift delivery", "Swift"),
        ("Make sure you go through the checklist.", "Go"),
        ("Reacted quickly to incidents", "React"),
        ("Our system reacts quickly", "React"),
        ("We manage Kubernetes nodes", "Node.js"),
        ("Javascripted", "JavaScript"),
        ("Join our R & D team", "R"),
        ("Make your mark in our exciting world.", "Make"),
        (
            "Make a significant contribution to the leadership team",
            "Make",
        ),
        ("data grids and multi-node relational systems", "Node.js"),
        ("see http :// www . example . com / jobs", "HTTP"),
        ("You'll work on our core data platform", "Core Data"),
        ("spring is here and we go hiking", "Spring"),
        ("We go spring cleaning with Docker", "Spring"),
    ];

    #[test]
    fn masked_spans_finds_every_url_and_address() {
        // The three searches it replaced, one after the other.
        fn reference(text: &str) -> Vec<(usize, usize)> {
            let b = text.as_bytes();
            let bounds = |i: usize| {
                let sep = |c: u8| {
                    c.is_ascii_whitespace()
                        || matches!(c, b'<' | b'>' | b'(' | b')' | b'"' | b'[' | b']' | b',')
                };
                let lo = (0..i).rev().find(|&j| sep(b[j])).map_or(0, |j| j + 1);
                let hi = (i..b.len()).find(|&j| sep(b[j])).unwrap_or(b.len());
                (lo, hi)
            };
            let mut spans: Vec<(usize, usize)> = memchr::memchr_iter(b'@', b)
                .chain(memchr::memmem::find_iter(b, b"://"))
                .chain(memchr::memmem::find_iter(b, b"www."))
                .map(bounds)
                .collect();
            spans.sort();
            spans.dedup();
            spans
        }
        let pieces = [
            "www", ".", "w", "ww", ":", "/", "//", "@", " ", "(", "x", "com", "https", "é", ",",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..seed % 16 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                t.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            assert_eq!(masked_spans(&t), reference(&t), "{t:?}");
        }
    }

    #[test]
    fn positive_table() {
        let mut failures = Vec::new();
        for (text, skill) in POSITIVE {
            if !has(text, skill) {
                failures.push(format!(
                    "{skill:?} not found in {text:?}: {:?}",
                    found(text)
                ));
            }
        }
        assert!(POSITIVE.len() >= 40);
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn negative_table() {
        let mut failures = Vec::new();
        for (text, skill) in NEGATIVE {
            if has(text, skill) {
                failures.push(format!(
                    "{skill:?} wrongly found in {text:?}: {:?}",
                    found(text)
                ));
            }
        }
        assert!(NEGATIVE.len() >= 40);
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn spans_are_exact_byte_offsets() {
        let text = "Łódź team: Go and k8s";
        let (_, f) = finder();
        let ms = f.find(text);
        let words: Vec<&str> = ms.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(words, ["Go", "k8s"]);
    }

    #[test]
    fn longest_form_wins() {
        assert_eq!(
            found("JavaScript"),
            vec![("JavaScript".to_string(), "JavaScript".to_string())]
        );
        assert_eq!(found("React Native")[0].0, "React Native");
    }

    #[test]
    fn variants_cover_tokenised_forms() {
        assert_eq!(
            crate::lexicon::form_tokens("Node . js"),
            crate::lexicon::form_tokens("Node.js")
        );
        assert!(variants("CI/CD").contains(&"CI-CD".to_string()));
        assert!(variants("Amazon Web Services").contains(&"Amazon-Web-Services".to_string()));
    }
}
