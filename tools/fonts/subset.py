#!/usr/bin/env python3
"""Regenerates the faces the PDF carries (assets/fonts/*): subsets of OFL Lato and Noto faces.

    pip install fonttools            # pyftsubset
    apt-get install fonts-lato fonts-noto-cjk fonts-noto-core
    python3 tools/fonts/subset.py

The repertoire is fixed here, so a rerun on the same Debian font packages gives the same files:
- Lato 2.0 (the text face: regular, bold, italic): Latin (Basic, Latin-1, Extended-A and -B,
  Extended Additional, IPA and spacing modifiers, combining diacritics), Greek, Cyrillic, general
  punctuation, super- and subscripts, currency, letterlike symbols, number forms, arrows, the
  mathematical operators Lato has, and the geometric shapes. No layout tables and no hinting:
  the PDF does not shape Latin text, and measures it without kerning. (DejaVu Sans, from the
  `dejavu` crate, follows Lato in every stack for Hebrew, Arabic and whatever Lato lacks.)
- CJK (Noto Sans CJK SC, face 2 of the Debian .ttc, regular and bold): the 6,763 hanzi of
  GB 2312, the 2,965 level-1 kanji of JIS X 0208, the 2,350 Hangul syllables of KS X 1001, all
  kana, Hangul jamo, CJK symbols and punctuation, and the full-width forms. No layout tables:
  the PDF does not shape CJK text (it needs none for horizontal setting).
- Devanagari (Noto Sans Devanagari, regular and bold): the Devanagari blocks with every layout
  feature, since the PDF shapes Devanagari (conjuncts, reordered i-matra) with them.
"""
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "assets" / "fonts"
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
DEVA = "/usr/share/fonts/truetype/noto/NotoSansDevanagari-{}.ttf"
LATO = "/usr/share/fonts/truetype/lato/Lato-{}.ttf"
LATO_RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x024F),  # Latin-1 Supplement, Latin Extended-A and -B
    (0x0250, 0x02FF),  # IPA extensions, spacing modifier letters
    (0x0300, 0x036F),  # combining diacritical marks
    (0x0370, 0x03FF),  # Greek and Coptic
    (0x0400, 0x052F),  # Cyrillic and its supplement
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x2000, 0x206F),  # general punctuation
    (0x2070, 0x209F),  # superscripts and subscripts
    (0x20A0, 0x20CF),  # currency symbols
    (0x2100, 0x214F),  # letterlike symbols
    (0x2150, 0x218F),  # number forms
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators
    (0x25A0, 0x25FF),  # geometric shapes
    (0xFB00, 0xFB06),  # Latin ligatures (as characters)
]


def double_byte(codec, lead, trail):
    out = set()
    for a in lead:
        for b in trail:
            try:
                out.update(bytes([a, b]).decode(codec))
            except UnicodeDecodeError:
                pass
    return out


def cjk_repertoire():
    chars = set()
    chars |= double_byte("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))  # GB 2312 hanzi
    chars |= double_byte("euc_jp", range(0xB0, 0xD0), range(0xA1, 0xFF))  # JIS X 0208 level 1
    chars |= double_byte("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))  # KS X 1001 Hangul
    ranges = [
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0x3040, 0x30FF),  # hiragana, katakana
        (0x31F0, 0x31FF),  # katakana phonetic extensions
        (0x1100, 0x11FF),  # Hangul jamo
        (0x3130, 0x318F),  # Hangul compatibility jamo
        (0xFF00, 0xFFEF),  # half-width and full-width forms
    ]
    for lo, hi in ranges:
        chars.update(chr(c) for c in range(lo, hi + 1))
    return sorted(ord(c) for c in chars if ord(c) > 0x7F)


def subset(src, dst, unicodes, extra):
    cmd = ["pyftsubset", src, "--output-file=" + str(dst), "--name-IDs=*", "--name-languages=*",
           "--unicodes=" + ",".join(f"{u:04X}" for u in unicodes)] + extra
    subprocess.run(cmd, check=True)
    print(f"{dst.name}: {dst.stat().st_size} bytes", file=sys.stderr)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    lato = [u for lo, hi in LATO_RANGES for u in range(lo, hi + 1)]
    for style in ["Regular", "Bold", "Italic"]:
        subset(LATO.format(style), OUT / f"Lato-{style}-subset.ttf", lato,
               ["--layout-features=", "--no-hinting"])
    cjk = cjk_repertoire()
    for weight in ["Regular", "Bold"]:
        subset(CJK.format(weight), OUT / f"NotoSansCJKsc-{weight}-subset.otf", cjk,
               ["--font-number=2", "--layout-features=", "--no-hinting"])
    deva = list(range(0x0900, 0x0980)) + list(range(0xA8E0, 0xA900)) + \
        list(range(0x1CD0, 0x1D00)) + [0x200C, 0x200D, 0x25CC, 0x20B9]
    for weight in ["Regular", "Bold"]:
        subset(DEVA.format(weight), OUT / f"NotoSansDevanagari-{weight}-subset.ttf", deva,
               ["--layout-features=*", "--no-hinting"])


if __name__ == "__main__":
    main()
