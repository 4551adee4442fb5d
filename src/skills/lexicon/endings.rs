//! Endings a word may carry beyond a form: plurals, verb forms and version numbers (`APIs`,
//! `mentoring`, `Python3`).
//!
//! Owns the suffix list and the branch-free ending tables that say, from a word's last three
//! bytes, which cuts `scan` may try. It must not decide whether a cut word is a mention (the
//! caller's `accept` does).

use super::tokens::Tok;

/// Endings a last word may carry beyond the form: plurals, verb forms, version numbers.
pub(super) const SUFFIXES: &[&str] = &["ing", "ers", "es", "ed", "er", "s", "d"];

/// Do the last `cut` bytes of `word` (shorter than it) make an ending `try_at` cuts: digits,
/// or one of `SUFFIXES` in any case? The plain definition `endings` is tested against.
#[cfg(test)]
pub(super) fn cuttable(word: &[u8], cut: usize) -> bool {
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
pub(super) fn endings(n: usize, l1: u8, l2: u8, l3: u8) -> [bool; 3] {
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
pub(super) fn token_endings(b: &[u8], t: Tok) -> [bool; 3] {
    let at = |j: usize| b[t.end.saturating_sub(j)];
    endings(t.end - t.start, at(1), at(2), at(3))
}
