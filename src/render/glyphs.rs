//! What of a text the PDF can draw: the characters its fonts have no glyph for (a CJK
//! ideograph, an emoji, Devanagari), and right-to-left letters, which it draws in left-to-right
//! order because the layout neither reorders (bidi) nor shapes text.
//!
//! Owns the answer for the faces the print layout uses; the layout itself leaves undrawable
//! characters out (see [`super::fonts::Face::drawable`]). Pure: no I/O; the cmap lookups are
//! cached per char by the faces.

use super::fonts::{fonts, FontKind};

/// The faces that draw a profile's text: regular, and bold for names, titles and emphasised
/// skill names (which may be any part of a line). Oblique is embedded but not used.
pub const TEXT_FACES: [FontKind; 2] = [FontKind::Regular, FontKind::Bold];

/// The distinct characters of `text` that one of [`TEXT_FACES`] has no glyph for, in order of
/// first appearance. Whitespace, control and invisible format characters are never drawn, so
/// never missing. (DejaVu's regular and bold faces cover the same characters.)
pub fn missing_glyphs(text: &str) -> Vec<char> {
    missing_in(text, &TEXT_FACES)
}

/// [`missing_glyphs`] for the given faces.
pub fn missing_in(text: &str, faces: &[FontKind]) -> Vec<char> {
    let f = fonts();
    let mut out: Vec<char> = Vec::new();
    for c in text.chars() {
        if c.is_whitespace() || c.is_control() || is_invisible(c) || out.contains(&c) {
            continue;
        }
        if faces.iter().any(|&k| !f.face(k).has_glyph(c)) {
            out.push(c);
        }
    }
    out
}

/// Invisible format characters (Unicode's default ignorables: zero-width joiner and spaces,
/// variation selectors as in `❤️`, bidi marks, tags): never drawn, never missing.
fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x180B..=0x180F | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2060..=0x206F | 0xFE00..=0xFE0F | 0xFEFF | 0xE0000..=0xE0FFF)
}

/// Whether `c` is a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and
/// their presentation forms): the PDF draws such text in left-to-right order, unshaped.
pub fn is_rtl(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_greek_cyrillic_are_covered() {
        for text in [
            "Zoë Łukasiewicz-Ørsted, naïve café — “quoted” • 5–10 €",
            "Αλέξανδρος Παπαδόπουλος",
            "Ольга Иванова, Київ, Беларусь",
        ] {
            assert_eq!(missing_glyphs(text), Vec::<char>::new(), "{text}");
        }
    }

    #[test]
    fn cjk_emoji_and_devanagari_are_missing_once_each_in_order() {
        assert_eq!(missing_glyphs("王小明 Wang 王"), vec!['王', '小', '明']);
        // DejaVu draws most of the Emoticons block in black and white (😀), not the rest.
        assert_eq!(missing_glyphs("Shipped 😀 🚀 👍!"), vec!['🚀', '👍']);
        assert_eq!(missing_glyphs("❤️ ★ ✓ → € ₹"), Vec::<char>::new());
        assert_eq!(missing_glyphs("👩‍💻"), vec!['👩', '💻']);
        assert_eq!(missing_glyphs("कमल"), vec!['क', 'म', 'ल']);
    }

    #[test]
    fn whitespace_and_controls_are_never_missing() {
        assert!(missing_glyphs("a\tb\nc\u{3000}d\u{7}e\u{200b}").is_empty());
    }

    #[test]
    fn hebrew_and_arabic_have_glyphs_but_are_right_to_left() {
        assert!(missing_in("שלום", &[FontKind::Regular]).is_empty());
        assert!(missing_in("سلام", &[FontKind::Regular]).is_empty());
        assert!("שלום سلام"
            .chars()
            .filter(|c| !c.is_whitespace())
            .all(is_rtl));
        assert!(!"Hello Ωμέγα Жук 王".chars().any(is_rtl));
    }
}
