//! Word hashing: the case-insensitive hash of a token, eight bytes at a time, and the key of a
//! form (its first token's hash combined with the first byte of its second).
//!
//! Owns `K`, `PAIR`, `MASKS` and the hash functions. It must not know about the table the keys
//! index (that is `table`) or about tokens beyond a byte range.

/// What the first byte of a form's second token adds (by xor) to the hash of its first token to
/// make the form's key: a random-looking constant per byte, ASCII case folded (splitmix64).
pub(super) static PAIR: [u64; 256] = {
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
pub(super) fn form_key(first_hash: u64, second: Option<u8>) -> u64 {
    match second {
        Some(b) => first_hash ^ PAIR[b as usize],
        None => first_hash,
    }
}

/// Multiplier of the word hash (the golden ratio's bits, as in FxHash and foldhash).
pub(super) const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// Bit 5 of every byte: ASCII letters with it set are lower case.
pub(super) const LOWER: u64 = 0x2020_2020_2020_2020;

/// `MASKS[m]`: the low `m` bytes of a word (sixteen long, so that `MASKS[m & 15]` needs no
/// bounds check; past 8, all bytes).
pub(super) const MASKS: [u64; 16] = {
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
pub(super) fn mix(a: u64) -> u64 {
    a.wrapping_mul(K)
}

/// Hash of the token `b[start..end]`, ASCII case ignored, eight bytes at a time. Bit 5 is set
/// in every byte, so `Go` and `go` hash alike; so do a few other byte pairs (`@` and `` ` ``),
/// which only costs a comparison, as every candidate is checked byte for byte. Reads up to
/// seven bytes past `end` when `b` has them (masked off), so hashing a token of a text costs no
/// copy. The same for any `b` holding the token: `hash_in(text, s, e) == hash_word(&text[s..e])`.
#[inline(always)]
pub(super) fn hash_in(b: &[u8], start: usize, end: usize) -> u64 {
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

/// `hash_in` of a whole slice.
pub(super) fn hash_word(w: &[u8]) -> u64 {
    hash_in(w, 0, w.len())
}
