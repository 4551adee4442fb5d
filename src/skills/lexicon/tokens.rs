//! The tokeniser: a text cut into word tokens (runs of letters and digits, any script) and
//! single punctuation tokens, whitespace and control characters dropped.
//!
//! Owns the byte classes (`BYTE_CLASS`, and `alnum_bits`/`classes8`, the same eight bytes at a
//! time), the plain one-token-at-a-time `next_token` (for forms) and the SWAR `tokens_from` (for
//! texts). It must not hash or look anything up: tokens are byte spans, nothing more.

/// A token of a text, `text[start..end]`: a word, or one punctuation character (`word: false`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tok {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) word: bool,
}

#[inline]
pub(super) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Is the character starting at byte `i` a letter or digit? Non-ASCII is decoded.
pub(super) fn word_at(text: &str, i: usize) -> Option<usize> {
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
pub(super) fn next_token(text: &str, mut i: usize) -> Option<Tok> {
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
pub(super) const SEP: u8 = 0;
pub(super) const ALNUM: u8 = 1;
const PUNCT: u8 = 2;
const HIGH: u8 = 3;

pub(super) static BYTE_CLASS: [u8; 256] = {
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
pub(super) fn alnum_bits(w: u64) -> u64 {
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
pub(super) fn tokens_from(text: &str, mut i: usize, out: &mut Vec<Tok>) {
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
pub(super) fn classes8(w: u64) -> (u64, u64) {
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
