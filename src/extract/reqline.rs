//! Lines that state a requirement by their own wording, wherever they stand: "You have 3+
//! years of experience with X", "Strong knowledge of X", "Experience with X", "Proficiency in
//! X". Their skills are required even outside a requirement section.
//!
//! Owns the openers and the `N+ years` shape. It must not look at headings, inline cues or
//! skills: `find_skills` asks only about a line with skills in no requirement section.

/// Openers that make a line a requirement by themselves (lower case, after any list marker).
const OPENERS: &[&str] = &[
    "have",
    "possess",
    "you are",
    "we expect",
    "we require",
    "we need",
    "you have",
    "you bring",
    "you possess",
    "you master",
    "you must",
    "you need",
    "you should have",
    "you will have",
    "you'll have",
    "you've got",
    "you know",
    "you hold",
    "you are experienced",
    "you are proficient",
    "you are skilled",
    "you are fluent",
    "you are familiar",
    "you are an experienced",
    "you're experienced",
    "experience with",
    "experience in",
    "experience of",
    "experience using",
    "experience working",
    "experience building",
    "experience developing",
    "experience designing",
    "knowledge of",
    "knowledge in",
    "proficiency",
    "proficient",
    "fluency in",
    "fluent in",
    "familiarity with",
    "familiar with",
    "expertise in",
    "expertise with",
    "understanding of",
    "hands-on",
    "working knowledge",
    "practical experience",
    "professional experience",
    "a degree",
    "degree in",
    "at least",
    "minimum of",
    "min.",
];

/// Openers of `OPENERS` that tell what the job is, not what it asks ("You are responsible").
const NOT_OPENERS: &[&str] = &[
    "you are responsible",
    "you are going",
    "you are part",
    "you are joining",
    "you are welcome",
    "you are invited",
    "you are offered",
    "you are interested",
    "you are looking",
    "you are given",
    "you are expected to work",
    "have fun",
    "you have the opportunity",
    "you have the possibility",
    "you have the chance",
    "you have the freedom",
    "you have access",
];

/// Adjectives that make a requirement when a word of `NOUNS` follows within three words:
/// "Strong knowledge of X", "Solid hands-on experience with X".
const ADJECTIVES: &[&str] = &[
    "strong",
    "solid",
    "good",
    "excellent",
    "proven",
    "deep",
    "extensive",
    "thorough",
    "sound",
    "advanced",
    "broad",
    "expert",
    "great",
    "demonstrated",
    "demonstrable",
    "significant",
    "previous",
    "prior",
    "relevant",
    "several",
    "some",
    "basic",
    "in-depth",
];

const NOUNS: &[&str] = &[
    "knowledge",
    "experience",
    "understanding",
    "skills",
    "command",
    "proficiency",
    "expertise",
    "background",
    "familiarity",
    "track",
    "competence",
    "competences",
    "competencies",
];

/// Does this line state a requirement by its own wording? `You have …`, `Strong knowledge
/// of …`, `Experience with …`, `3+ years of …`, up to ASCII case, after a list marker.
pub(super) fn states_requirement(line: &str) -> bool {
    let t = line.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '*' | '+' | '•' | '·' | '–' | '—' | '▪' | '◦')
    });
    // Most lines open with none of the openers' first letters.
    if !t
        .as_bytes()
        .first()
        .is_some_and(|c| b"hpyekfuawmdsgvtbirl0123456789".contains(&c.to_ascii_lowercase()))
    {
        return false;
    }
    // Lower case is needed only of the first few words.
    let mut head = [0u8; 64];
    let n = t.len().min(head.len());
    head[..n].copy_from_slice(&t.as_bytes()[..n]);
    head[..n].make_ascii_lowercase();
    let h = &head[..n];
    let first = h.first().copied();
    let opens = |o: &&str| {
        o.as_bytes().first().copied() == first
            && h.starts_with(o.as_bytes())
            && !h.get(o.len()).is_some_and(u8::is_ascii_alphabetic)
    };
    if OPENERS.iter().any(opens) && !NOT_OPENERS.iter().any(opens) {
        return true;
    }
    if years_first(h) {
        return true;
    }
    let mut words = h
        .split(|c| !c.is_ascii_alphanumeric() && *c != b'-')
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    let is = |w: &[u8], list: &[&str]| list.iter().any(|a| a.as_bytes() == w);
    let mut next = words.clone().take(3);
    let adjective =
        is(first, ADJECTIVES) || (first == b"very" && next.next().is_some_and(|w| w == b"good"));
    adjective && words.take(3).any(|w| is(w, NOUNS))
}

/// `3+ years`, `5 years`, `2-4 years`, `10+ yrs` at the start of a line.
fn years_first(h: &[u8]) -> bool {
    let digits = h.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return false;
    }
    let rest = &h[digits..];
    let rest = rest.strip_prefix(b"+").unwrap_or(rest);
    let rest = match rest.first() {
        Some(b'-' | b'/') => {
            let r = &rest[1..];
            let d = r.iter().take_while(|c| c.is_ascii_digit()).count();
            let r = &r[d..];
            r.strip_prefix(b"+").unwrap_or(r)
        }
        _ => rest,
    };
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    rest.starts_with(b"year") || rest.starts_with(b"yrs")
}
