//! Surface forms as token sequences, and a longest-match scan of a text's tokens.
//!
//! Owns the fast path of mention finding: a text is cut into word tokens (letters and digits)
//! and single punctuation tokens, whitespace dropped, so `Node.js`, `Node . js` and `node.js`
//! are the same three tokens and `Java` can never match inside `JavaScript`. Candidates are
//! looked up by their first token in an open-addressing table, longest first. Forms can be
//! added one at a time (a profile's own skill names extend the built-in lexicon), and the
//! tables can be written out as Rust statics, so the built-in lexicon costs nothing to build at
//! start (see `frozen`). Scanning needs no memory beyond the text's token offsets. It knows
//! nothing about skills or context rules: the caller's `accept` decides.

use std::borrow::Cow;
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast hasher for short keys (FxHash's mixing); keys here are not attacker-chosen
/// in any way that matters (a slow lookup is the worst case).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    /// Eight bytes at a time, then the rest one by one (as rustc's FxHasher).
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap()));
        }
        for &b in chunks.remainder() {
            self.add(b as u64);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// `BuildHasher` for `FxHasher`.
pub type FxBuild = BuildHasherDefault<FxHasher>;

/// Size of `Lexicon::filter` in words (2^19 bits, 64 KB).
const FILTER_WORDS: usize = 1 << 13;

/// The filter bit of a key: its top bits.
#[inline(always)]
fn filter_bit(key: u64) -> usize {
    (key >> (64 - (FILTER_WORDS * 64).trailing_zeros())) as usize
}

/// Longest token we look up; longer runs (hashes, base64) cannot be skill names.
const MAX_TOKEN: usize = 48;

/// Endings a last word may carry beyond the form: plurals, verb forms, version numbers.
const SUFFIXES: &[&str] = &["ing", "ers", "es", "ed", "er", "s", "d"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Tok {
    start: usize,
    end: usize,
    word: bool,
}

/// A form found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// Index of the form, in the order given to `Lexicon::new`.
    pub form: u32,
    pub start: usize,
    /// Where the form itself ends.
    pub core_end: usize,
    /// Where the last text token ends (after a suffix such as `s` or `3`).
    pub end: usize,
}

/// One entry of a group: the form's shape (`form_sig`) and its id.
pub(crate) type Entry = (u64, u32);

/// One slot of the first-token table: the hash of a first token and its group's range in
/// `by_first`; `end == 0` marks an empty slot.
pub(crate) type Slot = (u64, u32, u32);

/// The forms, stored so that they can live in statics (the built-in lexicon is generated once,
/// see `frozen`) or be built and extended at run time (`Cow::Owned` on first change).
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Open-addressing table (linear probing, a power of two long) from a form key (see
    /// `form_key`) to a range of `by_first`.
    table: Cow<'static, [Slot]>,
    /// Occupied slots of `table`.
    groups: usize,
    /// One bit per value of a key's top 19 bits (`filter_bit`): most words of a text start no
    /// form, and this 64 KB filter turns them away without the table.
    filter: Cow<'static, [u64]>,
    /// Forms grouped by key; within a group, most tokens first, then most characters, then
    /// the earlier form. Extending may leave unused entries behind.
    by_first: Cow<'static, [Entry]>,
    /// Every form's tokens, lowercase, one after the other.
    arena: Cow<'static, str>,
    /// Token spans in `arena`.
    toks: Cow<'static, [(u32, u32)]>,
    /// Per form: index of its first token in `toks`, and its token count.
    forms: Cow<'static, [(u32, u32)]>,
    /// Punctuation bytes that start some form (`.` for `.NET`).
    punct_start: [bool; 256],
    max_len: usize,
}

impl Default for Lexicon {
    fn default() -> Lexicon {
        Lexicon {
            table: Cow::Borrowed(&[]),
            groups: 0,
            filter: Cow::Borrowed(&[]),
            by_first: Cow::Borrowed(&[]),
            arena: Cow::Borrowed(""),
            toks: Cow::Borrowed(&[]),
            forms: Cow::Borrowed(&[]),
            punct_start: [false; 256],
            max_len: 0,
        }
    }
}

/// What the first byte of a form's second token adds (by xor) to the hash of its first token to
/// make the form's key: a random-looking constant per byte, ASCII case folded (splitmix64).
static PAIR: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        let mut z = ((i as u8).to_ascii_lowercase() as u64 + 1).wrapping_mul(K);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        t[i] = z ^ (z >> 31);
        i += 1;
    }
    t
};

/// The table key of a form: the hash of its only token, or of its first token combined with
/// the first byte of its second. A word of a text then meets only the longer forms that can go
/// on with the next token (`data` is followed by forty forms, `data s` by a few).
fn form_key(first_hash: u64, second: Option<u8>) -> u64 {
    match second {
        Some(b) => first_hash ^ PAIR[b as usize],
        None => first_hash,
    }
}

/// Multiplier of the word hash (the golden ratio's bits, as in FxHash and foldhash).
const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// Bit 5 of every byte: ASCII letters with it set are lower case.
const LOWER: u64 = 0x2020_2020_2020_2020;

/// `MASKS[m]`: the low `m` bytes of a word (sixteen long, so that `MASKS[m & 15]` needs no
/// bounds check; past 8, all bytes).
const MASKS: [u64; 16] = {
    let mut t = [u64::MAX; 16];
    t[0] = 0;
    let mut m = 1;
    while m <= 8 {
        t[m] = u64::MAX >> (64 - 8 * m);
        m += 1;
    }
    t
};

/// `a` times `K` (Fibonacci hashing): every input bit reaches the top bits, which pick the
/// table slot and the filter bit; one multiplication, the cheapest mixing there is.
#[inline]
fn mix(a: u64) -> u64 {
    a.wrapping_mul(K)
}

/// Hash of the token `b[start..end]`, ASCII case ignored, eight bytes at a time. Bit 5 is set
/// in every byte, so `Go` and `go` hash alike; so do a few other byte pairs (`@` and `` ` ``),
/// which only costs a comparison, as every candidate is checked byte for byte. Reads up to
/// seven bytes past `end` when `b` has them (masked off), so hashing a token of a text costs no
/// copy. The same for any `b` holding the token: `hash_in(text, s, e) == hash_word(&text[s..e])`.
#[inline(always)]
fn hash_in(b: &[u8], start: usize, end: usize) -> u64 {
    let n = end - start;
    // Most words: one load (what the loop below does for them).
    if let (1..=8, Some(w)) = (n, b.get(start..start + 8)) {
        let w = u64::from_le_bytes(w.try_into().unwrap());
        let mask = u64::MAX >> (64 - 8 * n);
        return mix((K ^ n as u64) ^ ((w | LOWER) & mask));
    }
    hash_long(b, start, end)
}

/// `hash_in`, eight bytes at a time.
#[inline(never)]
fn hash_long(b: &[u8], start: usize, end: usize) -> u64 {
    let load = |i: usize| -> u64 {
        match b.get(i..i + 8) {
            Some(w) => u64::from_le_bytes(w.try_into().unwrap()),
            None => {
                let mut buf = [0u8; 8];
                buf[..b.len() - i].copy_from_slice(&b[i..]);
                u64::from_le_bytes(buf)
            }
        }
    };
    let mut h = K ^ (end - start) as u64;
    let mut i = start;
    while end - i >= 8 {
        h = mix(h ^ (load(i) | LOWER));
        i += 8;
    }
    let r = end - i;
    if r > 0 {
        let mask = u64::MAX >> (64 - 8 * r);
        h = mix(h ^ ((load(i) | LOWER) & mask));
    }
    h
}

/// Version of the generated tables' layout (2: group entries carry `form_sig`).
const TABLE_LAYOUT: u64 = 2;

/// The key of one fixed form, with the filter's size and the layout version: generated tables
/// record it, and are not used when the hash, the keys, the filter or the layout have changed.
pub(crate) fn probe_hash() -> u64 {
    form_key(hash_word(b"Spring"), Some(b'B')) ^ FILTER_WORDS as u64 ^ TABLE_LAYOUT << 32
}

/// `hash_in` of a whole slice.
fn hash_word(w: &[u8]) -> u64 {
    hash_in(w, 0, w.len())
}

/// Do the last `cut` bytes of `word` (shorter than it) make an ending `try_at` cuts: digits,
/// or one of `SUFFIXES` in any case? The plain definition `endings` is tested against.
#[cfg(test)]
fn cuttable(word: &[u8], cut: usize) -> bool {
    let n = word.len();
    // Lower-cased for comparing with letters only (`| 0x20` makes no other byte a letter).
    let l = |j: usize| word[n - j] | 0x20;
    let d = |j: usize| word[n - j].is_ascii_digit();
    match cut {
        1 => d(1) || l(1) == b's' || l(1) == b'd',
        2 => (d(1) && d(2)) || (l(2) == b'e' && matches!(l(1), b's' | b'd' | b'r')),
        3 => {
            (d(1) && d(2) && d(3))
                || (l(3) == b'i' && l(2) == b'n' && l(1) == b'g')
                || (l(3) == b'e' && l(2) == b'r' && l(1) == b's')
        }
        _ => false,
    }
}

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

/// What a byte can be in an ending `try_at` cuts, as the last (`ENDS[0]`), second-to-last
/// (`ENDS[1]`) or third-to-last (`ENDS[2]`) byte of a word, one bit per ending: `ONE` (`s`,
/// `d` or a digit, last byte), `E_` (`es`, `ed`, `er`), `DIGITS` (two or three digits), `ING`,
/// `ERS`. ASCII case ignored.
static ENDS: [[u8; 256]; 3] = {
    const ONE: u8 = 1;
    const E_: u8 = 2;
    const DIGITS: u8 = 4;
    const ING: u8 = 8;
    const ERS: u8 = 16;
    let mut t = [[0u8; 256]; 3];
    let mut i = 0;
    while i < 256 {
        let c = (i as u8).to_ascii_lowercase();
        if c.is_ascii_digit() {
            t[0][i] = ONE | DIGITS;
            t[1][i] = DIGITS;
            t[2][i] = DIGITS;
        }
        t[0][i] |= match c {
            b's' => ONE | E_ | ERS,
            b'd' => ONE | E_,
            b'r' => E_,
            b'g' => ING,
            _ => 0,
        };
        t[1][i] |= match c {
            b'e' => E_,
            b'n' => ING,
            b'r' => ERS,
            _ => 0,
        };
        t[2][i] |= match c {
            b'i' => ING,
            b'e' => ERS,
            _ => 0,
        };
        i += 1;
    }
    t
};

/// Which of the endings `try_at` cuts (1, 2 and 3 bytes; see `cuttable`) a token of `n`
/// bytes may have, from its last three bytes (`l1` the last): three table lookups, no branch.
/// A punctuation token is one byte long and so has none.
#[inline(always)]
fn endings(n: usize, l1: u8, l2: u8, l3: u8) -> [bool; 3] {
    let (a, b, c) = (
        ENDS[0][l1 as usize],
        ENDS[1][l2 as usize],
        ENDS[2][l3 as usize],
    );
    [
        (n > 1) & (a & 1 != 0),
        (n > 2) & (a & b & (2 | 4) != 0),
        (n > 3) & (a & b & c & (4 | 8 | 16) != 0),
    ]
}

/// `endings` of the token `t` of `b`.
#[inline(always)]
fn token_endings(b: &[u8], t: Tok) -> [bool; 3] {
    let at = |j: usize| b[t.end.saturating_sub(j)];
    endings(t.end - t.start, at(1), at(2), at(3))
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

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Is the character starting at byte `i` a letter or digit? Non-ASCII is decoded.
fn word_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes()[i];
    if b.is_ascii_alphanumeric() {
        return Some(1);
    }
    if b < 0x80 {
        return None;
    }
    let c = text[i..].chars().next()?;
    c.is_alphanumeric().then(|| c.len_utf8())
}

/// Cut text into tokens: runs of letters/digits (any script) and single punctuation
/// characters; whitespace and control characters separate.
fn next_token(text: &str, mut i: usize) -> Option<Tok> {
    let b = text.as_bytes();
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] < 0x20) {
            i += 1;
        }
        let &c = b.get(i)?;
        if c.is_ascii_alphanumeric() || (c >= 0x80 && word_at(text, i).is_some()) {
            let start = i;
            loop {
                // ASCII letters and digits without the call (most of any text).
                while i < b.len() && b[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                match (i < b.len() && b[i] >= 0x80)
                    .then(|| word_at(text, i))
                    .flatten()
                {
                    Some(n) => i += n,
                    None => break,
                }
            }
            return Some(Tok {
                start,
                end: i,
                word: true,
            });
        }
        if c < 0x80 {
            return Some(Tok {
                start: i,
                end: i + 1,
                word: false,
            });
        }
        // Non-ASCII punctuation and spaces (`—`, `“`, no-break space) only separate.
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
}

/// What a byte is to the tokenizer: `SEP`arates tokens, `ALNUM` (ASCII letter or digit),
/// `PUNCT` (other ASCII: a token of its own), `HIGH` (starts or continues a non-ASCII character).
const SEP: u8 = 0;
const ALNUM: u8 = 1;
const PUNCT: u8 = 2;
const HIGH: u8 = 3;

static BYTE_CLASS: [u8; 256] = {
    let mut t = [PUNCT; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            HIGH
        } else if b.is_ascii_alphanumeric() {
            ALNUM
        } else if b.is_ascii_whitespace() || b < 0x20 {
            SEP
        } else {
            PUNCT
        };
        i += 1;
    }
    t
};

/// Bit 7 of each byte of `w` that is an ASCII letter or digit (eight bytes at once).
#[inline(always)]
fn alnum_bits(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Seven-bit bytes, so that adding to one never carries into the next.
    let x = w & !HIGH;
    // Bit 7 set where `lo <= byte <= hi`.
    let between = |v: u64, lo: u8, hi: u8| {
        v.wrapping_add((0x80 - lo as u64) * ONES) & !v.wrapping_add((0x7f - hi as u64) * ONES)
    };
    let letter = between(x | (0x20 * ONES), b'a', b'z');
    let digit = between(x, b'0', b'9');
    (letter | digit) & !w & HIGH
}

/// End of the word token that goes on at byte `i` (as `next_token`).
fn word_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        // Eight bytes at a time while they are all ASCII letters and digits; the last few
        // bytes of the text one by one.
        loop {
            let Some(w) = b.get(i..i + 8) else {
                while i < b.len() && BYTE_CLASS[b[i] as usize] == ALNUM {
                    i += 1;
                }
                break;
            };
            let stop =
                !alnum_bits(u64::from_le_bytes(w.try_into().unwrap())) & 0x8080_8080_8080_8080;
            if stop != 0 {
                i += (stop.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        if i < b.len() && b[i] >= 0x80 {
            if let Some(n) = word_at(text, i) {
                i += n;
                continue;
            }
        }
        return i;
    }
}

/// Every token of `text` from byte `i` on, appended to `out`: the tokens `next_token` gives
/// one by one, in one loop. ASCII text goes 64 bytes at a time: the bytes are classified at
/// once (`classes8`) and the tokens read off the bit masks; a block with a non-ASCII byte goes
/// one token at a time (`token_step`).
fn tokens_from(text: &str, mut i: usize, out: &mut Vec<Tok>) {
    let b = text.as_bytes();
    while i < b.len() {
        let block = b.get(i..i + 64).and_then(|block| {
            let words = block
                .chunks_exact(8)
                .map(|w| u64::from_le_bytes(w.try_into().unwrap()));
            // Only ASCII blocks: a non-ASCII byte has bit 7 set.
            (words.clone().fold(0, |m, w| m | w) & 0x8080_8080_8080_8080 == 0).then_some(words)
        });
        if let Some(words) = block {
            let (mut alnum, mut sep) = (0u64, 0u64);
            for (k, w) in words.enumerate() {
                let (a, s) = classes8(w);
                alnum |= a << (8 * k);
                sep |= s << (8 * k);
            }
            let punct = !(alnum | sep);
            // Where words start, and punctuation: one token each, in text order.
            let mut marks = (alnum & !(alnum << 1)) | punct;
            let mut next = i + 64;
            out.reserve(64);
            while marks != 0 {
                let p = marks.trailing_zeros() as usize;
                marks &= marks - 1;
                // The length of the word starting here (0 at a punctuation byte, which is a
                // one-byte token): no branch between the two.
                let run = (!(alnum >> p)).trailing_zeros() as usize;
                let word = run > 0;
                // A word that reaches the end of the block may go on past it.
                let end = if p + run == 64 {
                    next = word_end(text, i + 64);
                    next
                } else {
                    i + p + run + !word as usize
                };
                out.push(Tok {
                    start: i + p,
                    end,
                    word,
                });
            }
            i = next;
            continue;
        }
        i = token_step(text, i, out);
    }
}

/// One step of `tokens_from` at byte `i`: the token there (if any) appended to `out`; returns
/// where the next step starts.
fn token_step(text: &str, i: usize, out: &mut Vec<Tok>) -> usize {
    let b = text.as_bytes();
    match BYTE_CLASS[b[i] as usize] {
        SEP => i + 1,
        ALNUM => {
            let end = word_end(text, i + 1);
            out.push(Tok {
                start: i,
                end,
                word: true,
            });
            end
        }
        PUNCT => {
            out.push(Tok {
                start: i,
                end: i + 1,
                word: false,
            });
            i + 1
        }
        _ => match word_at(text, i) {
            Some(n) => {
                let end = word_end(text, i + n);
                out.push(Tok {
                    start: i,
                    end,
                    word: true,
                });
                end
            }
            // Non-ASCII punctuation and spaces (`—`, `“`, no-break space) only separate.
            None => i + text[i..].chars().next().map_or(1, char::len_utf8),
        },
    }
}

/// The classes of the eight ASCII bytes of `w` as two masks, bit `k` for byte `k`: letters
/// and digits, and separators (`SEP`: space and control bytes); the other bytes are
/// punctuation. As `BYTE_CLASS`, eight bytes at once.
#[inline(always)]
fn classes8(w: u64) -> (u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Bit 7 of each byte to bit `k` of one byte (each lands on its own bit of the top byte).
    let pack = |m: u64| (m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
    let x = w & !HIGH;
    // A seven-bit byte up to 0x20 stays under 0x80 when 0x5f is added.
    let sep = !x.wrapping_add(0x5f * ONES) & !w & HIGH;
    (pack(alnum_bits(w)), pack(sep))
}

/// The lowercase tokens of a form.
pub fn form_tokens(form: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(t) = next_token(form, i) {
        out.push(form[t.start..t.end].to_lowercase());
        i = t.end;
    }
    out
}

impl Lexicon {
    /// Index forms; a form's position is its id in `Candidate::form`.
    pub fn new<'a>(forms: impl IntoIterator<Item = &'a str>) -> Lexicon {
        let mut lex = Lexicon::default();
        for form in forms {
            lex.add(form);
        }
        lex.compact();
        lex
    }

    /// A lexicon over tables written by `write_static` (the generated built-in one).
    #[allow(clippy::too_many_arguments)]
    pub(crate) const fn from_static(
        table: &'static [Slot],
        groups: usize,
        filter: &'static [u64],
        by_first: &'static [Entry],
        arena: &'static str,
        toks: &'static [(u32, u32)],
        forms: &'static [(u32, u32)],
        punct_start: [bool; 256],
        max_len: usize,
    ) -> Lexicon {
        Lexicon {
            table: Cow::Borrowed(table),
            groups,
            filter: Cow::Borrowed(filter),
            by_first: Cow::Borrowed(by_first),
            arena: Cow::Borrowed(arena),
            toks: Cow::Borrowed(toks),
            forms: Cow::Borrowed(forms),
            punct_start,
            max_len,
        }
    }

    /// Add a form; returns its id (the next number).
    pub fn add(&mut self, form: &str) -> u32 {
        let id = self.forms.len() as u32;
        let first_tok = self.toks.len() as u32;
        let (arena, toks) = (self.arena.to_mut(), self.toks.to_mut());
        let mut i = 0;
        while let Some(t) = next_token(form, i) {
            let start = arena.len();
            arena.push_str(&form[t.start..t.end]);
            arena[start..].make_ascii_lowercase();
            toks.push((start as u32, arena.len() as u32));
            i = t.end;
        }
        let n = toks.len() as u32 - first_tok;
        self.forms.to_mut().push((first_tok, n));
        let second = if n >= 2 {
            self.arena.as_bytes()[self.toks[first_tok as usize + 1].0 as usize]
        } else {
            0
        };
        if n == 0 {
            return id;
        }
        let first = self.form_token(id, 0);
        let (lead, hash) = (
            first[0],
            form_key(hash_word(first), (n >= 2).then_some(second)),
        );
        if !is_word_byte(lead) {
            self.punct_start[lead as usize] = true;
        }
        self.max_len = self.max_len.max(n as usize);
        // The new form goes into its group, which moves to the end of `by_first` first unless
        // it is already there.
        let slot = self.slot(hash);
        let (_, a, b) = self.table[slot];
        let entry = (self.form_sig(id), id);
        let (forms, toks) = (&self.forms, &self.toks);
        let chars = |f: u32| -> u32 {
            let (first, n) = forms[f as usize];
            toks[first as usize..(first + n) as usize]
                .iter()
                .map(|&(s, e)| e - s)
                .sum()
        };
        let key = |&(_, f): &Entry| {
            (
                std::cmp::Reverse(forms[f as usize].1),
                std::cmp::Reverse(chars(f)),
                f,
            )
        };
        let by_first = self.by_first.to_mut();
        let start = if b != 0 && b as usize == by_first.len() {
            a as usize
        } else {
            let start = by_first.len();
            by_first.extend_from_within(a as usize..b as usize);
            start
        };
        let new_key = key(&entry);
        let at = start + by_first[start..].partition_point(|g| key(g) < new_key);
        by_first.insert(at, entry);
        let (start, end) = (start as u32, by_first.len() as u32);
        if self.table[slot].2 == 0 {
            self.groups += 1;
        }
        let filter = self.filter.to_mut();
        filter.resize(FILTER_WORDS, 0);
        let bit = filter_bit(hash);
        filter[bit / 64] |= 1 << (bit % 64);
        self.table.to_mut()[slot] = (hash, start, end);
        if self.groups * 2 > self.table.len() {
            self.rehash(self.table.len() * 2);
        }
        id
    }

    /// The id of a form with exactly these tokens (case-insensitive), if any.
    pub fn find_form(&self, form: &str) -> Option<u32> {
        let bytes = form.as_bytes();
        let mut tokens: Vec<&[u8]> = Vec::new();
        let mut at = 0;
        while let Some(t) = next_token(form, at) {
            tokens.push(&bytes[t.start..t.end]);
            at = t.end;
        }
        let second = tokens.get(1).map(|t| t[0].to_ascii_lowercase());
        self.candidates(form_key(hash_word(tokens.first()?), second))
            .iter()
            .map(|&(_, id)| id)
            .find(|&id| {
                self.forms[id as usize].1 as usize == tokens.len()
                    && tokens
                        .iter()
                        .enumerate()
                        .all(|(k, t)| t.eq_ignore_ascii_case(self.form_token(id, k)))
            })
    }

    /// The slot for `hash`: its own, or the empty one where it would go. Grows an empty table.
    fn slot(&mut self, hash: u64) -> usize {
        if self.table.is_empty() {
            self.rehash(64);
        }
        let mask = self.table.len() - 1;
        let mut i = Self::home(hash, self.table.len());
        loop {
            let (h, _, end) = self.table[i];
            if end == 0 || h == hash {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// Where a hash starts probing in a table of `len` (a power of two) slots: its top bits.
    fn home(hash: u64, len: usize) -> usize {
        (hash >> (64 - len.trailing_zeros())) as usize
    }

    /// Rebuild the table with `len` slots.
    fn rehash(&mut self, len: usize) {
        let old = std::mem::replace(&mut self.table, Cow::Owned(vec![(0, 0, 0); len]));
        let table = self.table.to_mut();
        for &(h, a, b) in old.iter().filter(|s| s.2 != 0) {
            let mut i = Self::home(h, len);
            while table[i].2 != 0 {
                i = (i + 1) & (len - 1);
            }
            table[i] = (h, a, b);
        }
    }

    /// Drop the ids that extending left behind in `by_first`.
    pub fn compact(&mut self) {
        let mut by_first = Vec::with_capacity(self.forms.len());
        let mut table = self.table.to_vec();
        for slot in table.iter_mut().filter(|s| s.2 != 0) {
            let start = by_first.len() as u32;
            by_first.extend_from_slice(&self.by_first[slot.1 as usize..slot.2 as usize]);
            *slot = (slot.0, start, by_first.len() as u32);
        }
        self.by_first = Cow::Owned(by_first);
        self.table = Cow::Owned(table);
    }

    /// Rust source for statics holding this lexicon, and an expression building it from them
    /// with `from_static` (see `frozen`).
    #[cfg(test)]
    pub(crate) fn write_static(&self, out: &mut String) {
        use std::fmt::Write;
        let list = |out: &mut String, name: &str, ty: &str, items: Vec<String>| {
            writeln!(out, "static {name}: &[{ty}] = &[").unwrap();
            for chunk in items.chunks(12) {
                writeln!(out, "    {},", chunk.join(", ")).unwrap();
            }
            out.push_str(
                "];
",
            );
        };
        out.push_str(
            "const E: Slot = (0, 0, 0);
",
        );
        let slots = self
            .table
            .iter()
            .map(|&(h, a, b)| {
                if b == 0 {
                    "E".into()
                } else {
                    format!("({h:#x}, {a}, {b})")
                }
            })
            .collect();
        list(out, "LEX_TABLE", "Slot", slots);
        let words = self.filter.iter().map(|w| format!("{w:#x}")).collect();
        list(out, "LEX_FILTER", "u64", words);
        let entries = self
            .by_first
            .iter()
            .map(|(sig, id)| format!("({sig:#x}, {id})"))
            .collect();
        list(out, "LEX_BY_FIRST", "Entry", entries);
        let pairs = |xs: &[(u32, u32)]| xs.iter().map(|(a, b)| format!("({a}, {b})")).collect();
        list(out, "LEX_TOKS", "(u32, u32)", pairs(&self.toks));
        list(out, "LEX_FORMS", "(u32, u32)", pairs(&self.forms));
        writeln!(out, "static LEX_ARENA: &str = {:?};", self.arena).unwrap();
        let punct: Vec<usize> = (0..256).filter(|&b| self.punct_start[b]).collect();
        writeln!(
            out,
            "const fn lex_punct() -> [bool; 256] {{\n    let mut p = [false; 256];\n    let bytes: &[usize] = &{punct:?};\n    let mut i = 0;\n    while i < bytes.len() {{\n        p[bytes[i]] = true;\n        i += 1;\n    }}\n    p\n}}"
        )
        .unwrap();
        writeln!(
            out,
            "static LEX_PUNCT: [bool; 256] = lex_punct();\n\nfn lexicon() -> Lexicon {{\n    Lexicon::from_static(LEX_TABLE, {}, LEX_FILTER, LEX_BY_FIRST, LEX_ARENA, LEX_TOKS, LEX_FORMS, LEX_PUNCT, {})\n}}",
            self.groups, self.max_len
        )
        .unwrap();
    }

    /// The shape of form `id`: the lengths of its first seven tokens (bytes 0 to 6) and its
    /// token count (byte 7), each at most 255. `try_at` compares it with the text's tokens
    /// (`window_sig`) before reading the form itself.
    fn form_sig(&self, id: u32) -> u64 {
        let (first, n) = self.forms[id as usize];
        let mut sig = u64::from(n.min(255)) << 56;
        for k in 0..(n as usize).min(7) {
            let (s, e) = self.toks[first as usize + k];
            sig |= u64::from((e - s).min(255)) << (8 * k);
        }
        sig
    }

    fn form_token(&self, form: u32, k: usize) -> &[u8] {
        let (first, _) = self.forms[form as usize];
        let (s, e) = self.toks[first as usize + k];
        &self.arena.as_bytes()[s as usize..e as usize]
    }

    /// Do the text tokens `toks` spell form `id` (of as many tokens), with an ending allowed on
    /// the last word? Returns where the form itself ends in the text.
    #[inline]
    fn form_at(&self, b: &[u8], toks: &[Tok], id: u32) -> Option<usize> {
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

    /// The group of forms whose first token has this hash (empty for most words: the filter
    /// turns them away without touching the table).
    #[inline(always)]
    fn candidates(&self, hash: u64) -> &[Entry] {
        let bit = filter_bit(hash);
        if self
            .filter
            .get(bit / 64)
            .is_none_or(|w| w & (1 << (bit % 64)) == 0)
        {
            return &[];
        }
        self.probe(hash)
    }

    /// The table lookup behind `candidates`.
    #[inline]
    fn probe(&self, hash: u64) -> &[Entry] {
        let len = self.table.len();
        let mut i = Self::home(hash, len);
        loop {
            let (h, a, b) = self.table[i];
            if b == 0 {
                return &[];
            }
            if h == hash {
                return &self.by_first[a as usize..b as usize];
            }
            i = (i + 1) & (len - 1);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn all(lex: &Lexicon, text: &str) -> Vec<(u32, String, String)> {
        let mut out = Vec::new();
        lex.scan(text, |c| {
            out.push((
                c.form,
                text[c.start..c.core_end].to_string(),
                text[c.start..c.end].to_string(),
            ));
            Some(c.end)
        });
        out
    }

    /// The tokenizer and scan as they were before tokens were cut all at once (streaming through
    /// a window), to check that the faster ones give the same results.
    mod reference {
        use super::super::*;

        /// Cut text into tokens: runs of letters/digits (any script) and single punctuation
        /// characters; whitespace and control characters separate.
        pub(super) fn reference_next_token(text: &str, mut i: usize) -> Option<Tok> {
            let b = text.as_bytes();
            loop {
                while i < b.len() && (b[i].is_ascii_whitespace() || b[i] < 0x20) {
                    i += 1;
                }
                if i >= b.len() {
                    return None;
                }
                if super::word_at(text, i).is_some() {
                    let start = i;
                    while i < b.len() {
                        // ASCII letters and digits without the call (most of any text).
                        if b[i].is_ascii_alphanumeric() {
                            i += 1;
                            continue;
                        }
                        match super::word_at(text, i) {
                            Some(n) => i += n,
                            None => break,
                        }
                    }
                    return Some(Tok {
                        start,
                        end: i,
                        word: true,
                    });
                }
                let n = text[i..].chars().next().map_or(1, char::len_utf8);
                if n == 1 {
                    return Some(Tok {
                        start: i,
                        end: i + 1,
                        word: false,
                    });
                }
                // Non-ASCII punctuation and spaces (`—`, `“`, no-break space) only separate.
                i += n;
            }
        }

        /// Scan `text`, offering every candidate at each token, longest first, to `accept`; when it
        /// returns `Some(end)` scanning resumes at the first token at or after `end`.
        pub(super) fn reference_scan(
            lex: &Lexicon,
            text: &str,
            mut accept: impl FnMut(Candidate) -> Option<usize>,
        ) {
            let b = text.as_bytes();
            let mut window = std::collections::VecDeque::<Tok>::with_capacity(lex.max_len + 1);
            let mut pos = 0;
            loop {
                while window.len() < lex.max_len.max(1) {
                    match reference_next_token(text, pos) {
                        Some(t) => {
                            pos = t.end;
                            window.push_back(t);
                        }
                        None => break,
                    }
                }
                let Some(&head) = window.front() else {
                    return;
                };
                let mut resume: Option<usize> = None;
                if head.word || lex.punct_start[b[head.start] as usize] {
                    resume = reference_try_at(lex, b, &window, head, &mut accept);
                }
                match resume {
                    Some(end) => {
                        while window.front().is_some_and(|t| t.start < end) {
                            window.pop_front();
                        }
                        if window.is_empty() && pos < end {
                            pos = end;
                        }
                    }
                    None => {
                        window.pop_front();
                    }
                }
            }
        }

        fn reference_try_at(
            lex: &Lexicon,
            b: &[u8],
            window: &std::collections::VecDeque<Tok>,
            head: Tok,
            accept: &mut impl FnMut(Candidate) -> Option<usize>,
        ) -> Option<usize> {
            let n = head.end - head.start;
            if n > MAX_TOKEN {
                return None;
            }
            let word = &b[head.start..head.end];
            // Every form whose first token is this word (most tokens first, then most
            // characters, then the earlier form), then a single-token form plus an ending; all
            // forms are read, not the table.
            let chars = |id: u32| {
                (0..lex.forms[id as usize].1 as usize)
                    .map(|k| lex.form_token(id, k).len())
                    .sum::<usize>()
            };
            let mut firsts: Vec<u32> = (0..lex.forms.len() as u32)
                .filter(|&id| {
                    lex.forms[id as usize].1 > 0 && word.eq_ignore_ascii_case(lex.form_token(id, 0))
                })
                .collect();
            firsts.sort_by_key(|&id| {
                (
                    std::cmp::Reverse(lex.forms[id as usize].1),
                    std::cmp::Reverse(chars(id)),
                    id,
                )
            });
            for id in firsts {
                let count = lex.forms[id as usize].1 as usize;
                if count > window.len() {
                    continue;
                }
                if let Some(core_end) =
                    lex.form_at(b, &Vec::from_iter(window.iter().copied().take(count)), id)
                {
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
            if !head.word {
                return None;
            }
            // Each distinct cut once (suffixes are 1 to 3 bytes; digits 1 or 2), longest first.
            for cut in [3, 2, 1] {
                if cut >= n {
                    continue;
                }
                let (stem, rest) = word.split_at(n - cut);
                let digits = rest.iter().all(u8::is_ascii_digit);
                if !digits
                    && !SUFFIXES
                        .iter()
                        .any(|s| rest.eq_ignore_ascii_case(s.as_bytes()))
                {
                    continue;
                }
                for id in 0..lex.forms.len() as u32 {
                    if lex.forms[id as usize].1 != 1
                        || !stem.eq_ignore_ascii_case(lex.form_token(id, 0))
                    {
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

    /// A few thousand pseudo-random texts from pieces that exercise tokens, endings and
    /// multi-token forms.
    fn random_texts() -> Vec<String> {
        let pieces = [
            "Node",
            ".",
            "js",
            "node.js",
            "Java",
            "JavaScript",
            "Javas",
            "react",
            "React Native",
            "APIs",
            "api",
            "Python3",
            "python310",
            "microservices",
            "amazon web services",
            "C",
            "C++",
            "C #",
            "#",
            ".NET",
            " ",
            "  ",
            "\n",
            "\t",
            ",",
            "-",
            "Zürich",
            "—",
            "“",
            "\u{a0}",
            "data",
            "science",
            "data science",
            "ing",
            "ers",
            "er",
            "d",
            "es",
            "7",
            "managed",
            "x\u{301}",
            "٣",
            "é",
            "\u{1}",
            "\u{7f}",
            "go",
            "Go",
            "mentoring",
            "k8s",
            "AWS/GCP",
            "ci-cd",
        ];
        crate::testgen::texts(&pieces, 30, 3000, 0x9E37_79B9_7F4A_7C15)
    }

    type Accept<'a> = dyn FnMut(Candidate) -> Option<usize> + 'a;

    #[test]
    fn tokens_and_scan_agree_with_the_streaming_reference() {
        let lex = Lexicon::new([
            "java",
            "javascript",
            "react",
            "react native",
            "node.js",
            "c",
            "c++",
            "c#",
            ".net",
            "api",
            "python",
            "microservice",
            "amazon web services",
            "data science",
            "data",
            "mentor",
            "go",
            "k8s",
            "aws",
            "gcp",
            "ci-cd",
            "é",
        ]);
        for text in random_texts() {
            let mut got = Vec::new();
            tokens_from(&text, 0, &mut got);
            let mut want = Vec::new();
            let mut i = 0;
            while let Some(t) = reference::reference_next_token(&text, i) {
                want.push(t);
                i = t.end;
            }
            assert_eq!(got, want, "{text:?}");
            // Accept every other candidate, sometimes ending inside or past the next token.
            for mode in 0..3u32 {
                let run = |scan: &dyn Fn(&mut Accept)| {
                    let mut seen = Vec::new();
                    let mut k = 0u32;
                    scan(&mut |c: Candidate| {
                        k += 1;
                        seen.push(c);
                        let end = match mode {
                            0 => c.end,
                            1 => c.core_end,
                            _ => (c.end + 3).min(text.len()),
                        };
                        (k % 2 == 1 && text.is_char_boundary(end)).then_some(end)
                    });
                    seen
                };
                let got = run(&|f| lex.scan(&text, f));
                let want = run(&|f| reference::reference_scan(&lex, &text, f));
                assert_eq!(got, want, "{text:?} mode {mode}");
            }
        }
    }

    #[test]
    fn cuttable_is_digits_or_a_suffix() {
        let pieces = [
            "a", "s", "S", "d", "e", "E", "r", "i", "n", "g", "N", "G", "1", "9", "x", "é",
        ];
        for w in crate::testgen::texts(&pieces, 7, 50_000, 0xc07) {
            let w = w.as_bytes();
            for cut in 1..=3 {
                if cut >= w.len() {
                    continue;
                }
                let rest = &w[w.len() - cut..];
                let want = rest.iter().all(u8::is_ascii_digit)
                    || SUFFIXES
                        .iter()
                        .any(|s| rest.eq_ignore_ascii_case(s.as_bytes()));
                assert_eq!(cuttable(w, cut), want, "{w:?} {cut}");
            }
            // The table-driven flags of `may_start` say the same (a byte before the word
            // reads as 0).
            let at = |j: usize| w.len().checked_sub(j).map_or(0, |i| w[i]);
            let flags = endings(w.len(), at(1), at(2), at(3));
            for cut in 1..=3 {
                let want = cut < w.len() && cuttable(w, cut);
                assert_eq!(flags[cut - 1], want, "{w:?} {cut}");
            }
        }
    }

    #[test]
    fn alnum_bits_is_the_byte_class() {
        let mut rng = crate::testgen::XorShift(0xa1b2);
        for k in 0..200_000u64 {
            // Every byte value in every lane, then random words.
            let w = if k < 256 * 8 {
                ((k % 256) << (8 * (k / 256))) | 0x2020_2020_2020_2020 & !(0xff << (8 * (k / 256)))
            } else {
                rng.next()
            };
            let want = (0..8).fold(0u64, |m, j| {
                let byte = (w >> (8 * j)) as u8;
                m | (((BYTE_CLASS[byte as usize] == ALNUM) as u64) << (8 * j + 7))
            });
            assert_eq!(alnum_bits(w), want, "{w:#018x}");
            // (Only ASCII words are classified this way: the same word with bit 7 cleared.)
            let ascii = w & 0x7f7f_7f7f_7f7f_7f7f;
            let class = |c: u8| {
                (0..8).fold(0u64, |m, j| {
                    let byte = (ascii >> (8 * j)) as u8;
                    m | (((BYTE_CLASS[byte as usize] == c) as u64) << j)
                })
            };
            assert_eq!(classes8(ascii), (class(ALNUM), class(SEP)), "{ascii:#018x}");
        }
    }

    #[test]
    fn ascii_blocks_cut_tokens_as_the_reference_from_any_offset() {
        // Long ASCII texts (the 64-byte path), words across block ends, a non-ASCII character
        // now and then (back to one token at a time).
        let pieces = [
            "a",
            "Go",
            "microservices",
            "x",
            "7",
            "k8s",
            " ",
            " ",
            "\n",
            "\t",
            "\u{b}",
            "\u{1}",
            "\u{7f}",
            ".",
            "-",
            "#",
            "+",
            "/",
            "(",
            "_",
            "~",
            "é",
            "—",
            "abcdefghijklmnopqrstuvwxyz",
            "0123456789012345678901234567890123456789012345678901234567890123456789",
        ];
        for text in crate::testgen::texts(&pieces, 120, 3000, 0x64) {
            for from in [0, 1, 5, 63, 64, 65, 100] {
                if from > text.len() || !text.is_char_boundary(from) {
                    continue;
                }
                let mut got = Vec::new();
                tokens_from(&text, from, &mut got);
                let mut want = Vec::new();
                let mut i = from;
                while let Some(t) = reference::reference_next_token(&text, i) {
                    want.push(t);
                    i = t.end;
                }
                assert_eq!(got, want, "{text:?} from {from}");
            }
        }
    }

    #[test]
    fn word_hash_is_the_same_in_a_text_and_alone_and_ignores_ascii_case() {
        let mut rng = crate::testgen::XorShift(0x5eed);
        let alphabet = b"aZ09._-#+\xc3\xa9 ";
        for _ in 0..20_000 {
            let len = (rng.next() % 40) as usize;
            let text: Vec<u8> = (0..len)
                .map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize])
                .collect();
            let s = (rng.next() % (len as u64 + 1)) as usize;
            let e = s + (rng.next() % ((len - s) as u64 + 1)) as usize;
            let alone = text[s..e].to_vec();
            assert_eq!(hash_in(&text, s, e), hash_word(&alone), "{text:?} {s}..{e}");
            let upper = alone.to_ascii_uppercase();
            assert_eq!(hash_word(&upper), hash_word(&alone));
        }
        // Different lengths and different letters hash apart.
        assert_ne!(hash_word(b"go"), hash_word(b"go\0"));
        assert_ne!(hash_word(b"kubernetes"), hash_word(b"kubernetez"));
        assert_ne!(hash_word(b"abcdefgh"), hash_word(b"abcdefghi"));
    }

    #[test]
    fn tokens_ignore_spacing_around_punctuation() {
        assert_eq!(form_tokens("Node . js"), form_tokens("node.js"));
        assert_eq!(form_tokens("C #"), ["c", "#"]);
        assert_eq!(
            form_tokens("Amazon Web Services"),
            ["amazon", "web", "services"]
        );
    }

    #[test]
    fn longest_form_wins_and_words_are_whole() {
        let lex = Lexicon::new([
            "java",
            "javascript",
            "react",
            "react native",
            "node.js",
            "c",
            "c++",
        ]);
        let got = all(
            &lex,
            "JavaScript, React Native, Node . js and C++ but not Javas",
        );
        let forms: Vec<u32> = got.iter().map(|g| g.0).collect();
        assert_eq!(forms, [1, 3, 4, 6, 0]);
        assert_eq!(got[4].2, "Javas");
    }

    #[test]
    fn endings_only_on_the_last_word() {
        let lex = Lexicon::new(["api", "python", "microservice", "amazon web services"]);
        let got = all(&lex, "APIs in Python3 microservices amazon web servicesx");
        assert_eq!(
            got.iter().map(|g| g.1.as_str()).collect::<Vec<_>>(),
            ["API", "Python", "microservice"]
        );
    }

    #[test]
    fn rejected_candidates_fall_back_to_shorter_ones() {
        let lex = Lexicon::new(["react native", "react"]);
        let mut seen = Vec::new();
        lex.scan("React Native", |c| {
            seen.push(c.form);
            (c.form == 1).then_some(c.end)
        });
        assert_eq!(seen, [0, 1]);
    }
}
