//! What of a text the PDF can draw: the characters no face of its font stacks has a glyph for
//! (most emoji, scripts none of the faces covers, rare CJK ideographs outside the carried set).
//! Right-to-left and Devanagari text is shaped and drawn right, so it is never reported.
//!
//! Owns the answer for the faces the print layout uses; the layout itself leaves undrawable
//! characters out (see [`super::fonts::Fonts::drawable`]). Pure: no I/O; the cmap lookups are
//! cached per char by the faces.

use super::fonts::{fonts, FontKind};

/// The styles that draw a profile's text: regular, and bold for names, titles and emphasised
/// skill names (which may be any part of a line). Italic is
/// available but not used.
pub const TEXT_FACES: [FontKind; 2] = [FontKind::Regular, FontKind::Bold];

/// The distinct characters of `text` that the stack of one of [`TEXT_FACES`] has no glyph for,
/// in order of first appearance. Whitespace, control and invisible format characters are never
/// drawn, so never missing. (The regular and bold stacks cover the same characters.)
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
        if faces.iter().any(|&k| f.face_for(k, c).is_none()) {
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
    fn cjk_devanagari_hebrew_and_arabic_are_covered() {
        for text in [
            "王小明 Wang, 東京都, 김민준, ひらがな カタカナ。",
            "कमल क्षत्रिय हिन्दी",
            "שלום, سلام عليكم",
        ] {
            assert_eq!(missing_glyphs(text), Vec::<char>::new(), "{text}");
        }
    }

    #[test]
    fn emoji_and_rare_ideographs_are_missing_once_each_in_order() {
        // DejaVu draws most of the Emoticons block in black and white (😀), not the rest.
        assert_eq!(missing_glyphs("Shipped 😀 🚀 👍!"), vec!['🚀', '👍']);
        assert_eq!(missing_glyphs("❤️ ★ ✓ → € ₹"), Vec::<char>::new());
        assert_eq!(missing_glyphs("👩‍💻"), vec!['👩', '💻']);
        // 𠀀 (U+20000, CJK Extension B) is outside the carried CJK set; so is Thai.
        assert_eq!(missing_glyphs("𠀀 𠀀 ไทย"), vec!['𠀀', 'ไ', 'ท', 'ย']);
    }

    #[test]
    fn whitespace_and_controls_are_never_missing() {
        assert!(missing_glyphs("a\tb\nc\u{3000}d\u{7}e\u{200b}").is_empty());
    }
}
