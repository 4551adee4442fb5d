//! Tests of the lexicon: the fast tokeniser and scan against the plain `reference`, the ending
//! and byte-class tables against their definitions, word hashing, and longest-match scanning.

use super::endings::{cuttable, endings, SUFFIXES};
use super::hash::{hash_in, hash_word};
use super::reference;
use super::tokens::{alnum_bits, classes8, form_tokens, tokens_from, ALNUM, BYTE_CLASS, SEP};
use super::{Candidate, Lexicon};

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
