//! The byte-level text helpers of extraction: lines, trimming, word counts.
//!
//! Owns fast, ASCII-first versions of `str::lines`, `str::trim` and
//! `split_whitespace().count()` for the hot loop of extraction; each is checked against the
//! standard library's version in `tests.rs`. It must not know what a posting is.

/// Each line of `text` as (start, end), its line break included (the last line may have none),
/// found with `memchr` (the standard library's search for one byte is not vectorised).
pub(super) fn line_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|p| p + 1)
        .chain((!text.is_empty() && !text.ends_with('\n')).then_some(text.len()));
    ends.map(move |end| (std::mem::replace(&mut start, end), end))
}

/// `str::lines`, by `line_spans`.
pub(super) fn lines(text: &str) -> impl Iterator<Item = &str> {
    line_spans(text).map(|(start, end)| {
        let line = &text[start..end];
        match line.strip_suffix('\n') {
            Some(line) => line.strip_suffix('\r').unwrap_or(line),
            None => line,
        }
    })
}

/// `t.split_whitespace().take(cap).count()`, byte by byte for ASCII text.
pub(super) fn word_count(t: &str, cap: usize) -> usize {
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
pub(super) fn trim(s: &str) -> &str {
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
