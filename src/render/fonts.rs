//! The fonts of the print layouts, parsed once per process on first use, and their glyph advances
//! for measuring text: Lato 2.0 (regular, bold, italic; Latin, Greek, Cyrillic), then DejaVu Sans
//! (regular, bold, oblique; Hebrew, Arabic and what else Lato lacks) from the `dejavu` crate,
//! then the CJK and Devanagari faces. Lato, Noto Sans CJK SC and Noto Sans Devanagari are OFL
//! subsets in `assets/fonts/`, made by `tools/fonts/subset.py`.
//!
//! Each style has a stack ([`FontKind::stack`]): a character is drawn with the first face of the
//! stack that has a glyph for it. Layout measures with exactly the faces the PDF embeds, so a line
//! that fits on paper is the line the layout engine measured. A character no face of the stack
//! has (most emoji) is not drawable: it measures 0 and [`Fonts::drawable`] leaves it out, so the
//! PDF never shows a missing-glyph box whose advance the layout did not count. This module never
//! touches the file system: the font files are compiled into the binary.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

use printpdf::ParsedFont;

/// One face the PDF can embed. The discriminant indexes [`Fonts::faces`]. The layout asks for
/// one of the first three (the style: Lato); the others are their fallbacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontKind {
    Regular = 0,
    Bold = 1,
    Italic = 2,
    DejaVuRegular = 3,
    DejaVuBold = 4,
    DejaVuOblique = 5,
    CjkRegular = 6,
    CjkBold = 7,
    DevanagariRegular = 8,
    DevanagariBold = 9,
}

impl FontKind {
    pub const ALL: [FontKind; 10] = [
        FontKind::Regular,
        FontKind::Bold,
        FontKind::Italic,
        FontKind::DejaVuRegular,
        FontKind::DejaVuBold,
        FontKind::DejaVuOblique,
        FontKind::CjkRegular,
        FontKind::CjkBold,
        FontKind::DevanagariRegular,
        FontKind::DevanagariBold,
    ];

    /// The faces that draw text of this style, in order of preference: Lato, then DejaVu Sans
    /// (Hebrew, Arabic, and whatever else Lato lacks), then the CJK and Devanagari faces.
    pub fn stack(self) -> &'static [FontKind] {
        use FontKind::*;
        match self {
            Italic => &[Italic, DejaVuOblique, CjkRegular, DevanagariRegular],
            Regular => &[Regular, DejaVuRegular, CjkRegular, DevanagariRegular],
            Bold => &[Bold, DejaVuBold, CjkBold, DevanagariBold],
            DejaVuRegular => &[DejaVuRegular],
            DejaVuBold => &[DejaVuBold],
            DejaVuOblique => &[DejaVuOblique],
            CjkRegular => &[CjkRegular],
            CjkBold => &[CjkBold],
            DevanagariRegular => &[DevanagariRegular],
            DevanagariBold => &[DevanagariBold],
        }
    }

    /// Whether text in this face is always shaped (its glyphs depend on their neighbours).
    pub fn needs_shaping(self) -> bool {
        matches!(self, FontKind::DevanagariRegular | FontKind::DevanagariBold)
    }

    /// The resource name in the PDF; its first six letters are also the subset tag
    /// (`ABCDEF+DejaVuSans`), so they are fixed uppercase letters, never random.
    pub fn resource_id(self) -> &'static str {
        match self {
            FontKind::Regular => "JFREGU",
            FontKind::Bold => "JFBOLD",
            FontKind::Italic => "JFITAL",
            FontKind::DejaVuRegular => "JFDJVR",
            FontKind::DejaVuBold => "JFDJVB",
            FontKind::DejaVuOblique => "JFDJVO",
            FontKind::CjkRegular => "JFCJKR",
            FontKind::CjkBold => "JFCJKB",
            FontKind::DevanagariRegular => "JFDEVR",
            FontKind::DevanagariBold => "JFDEVB",
        }
    }

    /// The font file, compiled in (once: each is a `static`, so that a constant inlined into
    /// several codegen units is not copied into the binary once per unit).
    pub fn bytes(self) -> &'static [u8] {
        static LATO_REGULAR: &[u8] = include_bytes!("../../assets/fonts/Lato-Regular-subset.ttf");
        static LATO_BOLD: &[u8] = include_bytes!("../../assets/fonts/Lato-Bold-subset.ttf");
        static LATO_ITALIC: &[u8] = include_bytes!("../../assets/fonts/Lato-Italic-subset.ttf");
        static CJK_REGULAR: &[u8] =
            include_bytes!("../../assets/fonts/NotoSansCJKsc-Regular-subset.otf");
        static CJK_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKsc-Bold-subset.otf");
        static DEVA_REGULAR: &[u8] =
            include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular-subset.ttf");
        static DEVA_BOLD: &[u8] =
            include_bytes!("../../assets/fonts/NotoSansDevanagari-Bold-subset.ttf");
        static DEJAVU: OnceLock<[&[u8]; 3]> = OnceLock::new();
        let dejavu = DEJAVU.get_or_init(|| {
            [
                dejavu::sans::regular(),
                dejavu::sans::bold(),
                dejavu::sans::oblique(),
            ]
        });
        match self {
            FontKind::Regular => LATO_REGULAR,
            FontKind::Bold => LATO_BOLD,
            FontKind::Italic => LATO_ITALIC,
            FontKind::DejaVuRegular => dejavu[0],
            FontKind::DejaVuBold => dejavu[1],
            FontKind::DejaVuOblique => dejavu[2],
            FontKind::CjkRegular => CJK_REGULAR,
            FontKind::CjkBold => CJK_BOLD,
            FontKind::DevanagariRegular => DEVA_REGULAR,
            FontKind::DevanagariBold => DEVA_BOLD,
        }
    }
}

/// A parsed face plus a fast table of advances for ASCII and a cache for every other char.
pub struct Face {
    pub parsed: ParsedFont,
    units_per_em: f32,
    /// Advance of each ASCII char in em; `None` without a glyph.
    ascii: [Option<f32>; 128],
    /// The same for the other chars met so far (a cmap lookup reads the font's binary table).
    others: RwLock<HashMap<char, Option<f32>>>,
}

impl Face {
    fn new(kind: FontKind) -> Face {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(kind.bytes(), 0, &mut warnings)
            .expect("an embedded font parses");
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let mut face = Face {
            parsed,
            units_per_em,
            ascii: [None; 128],
            others: RwLock::new(HashMap::new()),
        };
        for c in 0u8..128 {
            face.ascii[c as usize] = face.lookup(char::from(c));
        }
        face
    }

    /// The advance of `c`'s glyph in em, read from the font; `None` when the cmap has no glyph
    /// for it (glyph 0 is the missing-glyph box, never a glyph of a char).
    fn lookup(&self, c: char) -> Option<f32> {
        let gid = self
            .parsed
            .lookup_glyph_index(c as u32)
            .filter(|&g| g != 0)?;
        Some(f32::from(self.parsed.get_horizontal_advance(gid)) / self.units_per_em)
    }

    /// The advance of `c`'s glyph in em, or `None` without a glyph; cached per char.
    #[inline]
    pub fn glyph_advance(&self, c: char) -> Option<f32> {
        let i = c as usize;
        if i < 128 {
            return self.ascii[i];
        }
        let cached = self.others.read().ok().and_then(|m| m.get(&c).copied());
        if let Some(a) = cached {
            return a;
        }
        let a = self.lookup(c);
        if let Ok(mut m) = self.others.write() {
            m.insert(c, a);
        }
        a
    }

    /// Advance of one char in em; 0 for a char the face cannot draw (it is left out).
    #[inline]
    pub fn advance(&self, c: char) -> f32 {
        self.glyph_advance(c).unwrap_or(0.0)
    }

    /// Width of `text` at `size` pt, without kerning.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }

    /// Whether the face has a glyph for `c`.
    pub fn has_glyph(&self, c: char) -> bool {
        self.glyph_advance(c).is_some()
    }
}

/// The faces, each parsed on first use (a Latin-only resume never parses the CJK face).
pub struct Fonts {
    faces: [OnceLock<Face>; 10],
}

impl Fonts {
    pub fn face(&self, kind: FontKind) -> &Face {
        self.faces[kind as usize].get_or_init(|| Face::new(kind))
    }

    /// The face of `style`'s stack that draws `c`: the first with a glyph for it.
    #[inline]
    pub fn face_for(&self, style: FontKind, c: char) -> Option<FontKind> {
        let stack = style.stack();
        if self.face(stack[0]).has_glyph(c) {
            return Some(stack[0]);
        }
        stack[1..]
            .iter()
            .copied()
            .find(|&k| self.face(k).has_glyph(c))
    }

    /// Advance of `c` in em in the face of `style`'s stack that draws it; 0 when none does.
    #[inline]
    pub fn advance(&self, style: FontKind, c: char) -> f32 {
        self.face_for(style, c)
            .map_or(0.0, |k| self.face(k).advance(c))
    }

    /// Width of `text` at `size` pt in `style`, each char in the face that draws it, unshaped.
    pub fn width(&self, style: FontKind, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(style, c)).sum::<f32>() * size
    }

    /// `text` without the chars no face of `style`'s stack has a glyph for; whitespace is kept
    /// (layout breaks lines there and never draws it alone).
    pub fn drawable<'t>(&self, style: FontKind, text: &'t str) -> Cow<'t, str> {
        let keep = |c: char| c.is_whitespace() || self.face_for(style, c).is_some();
        if text.chars().all(keep) {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(text.chars().filter(|&c| keep(c)).collect())
        }
    }
}

/// The process-wide fonts (parsing a face takes milliseconds, so it happens once).
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts {
        faces: Default::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_ascii_and_unicode() {
        let f = fonts();
        let r = f.face(FontKind::Regular);
        let b = f.face(FontKind::Bold);
        assert!(r.width("Hello", 10.0) > 20.0);
        assert!(b.width("Hello", 10.0) > r.width("Hello", 10.0));
        for c in ['Ł', 'ó', 'ź', 'Ø', 'И', '—', '–', '•', '·'] {
            assert!(r.has_glyph(c), "{c}");
            assert!(b.has_glyph(c), "{c}");
        }
    }

    #[test]
    fn falls_back_per_char() {
        let f = fonts();
        assert_eq!(f.face_for(FontKind::Regular, 'a'), Some(FontKind::Regular));
        assert_eq!(f.face_for(FontKind::Italic, 'ж'), Some(FontKind::Italic));
        assert_eq!(
            f.face_for(FontKind::Regular, 'ש'),
            Some(FontKind::DejaVuRegular)
        );
        assert_eq!(f.face_for(FontKind::Bold, 'ل'), Some(FontKind::DejaVuBold));
        assert_eq!(f.face_for(FontKind::Bold, '王'), Some(FontKind::CjkBold));
        assert_eq!(
            f.face_for(FontKind::Regular, '한'),
            Some(FontKind::CjkRegular)
        );
        assert_eq!(
            f.face_for(FontKind::Regular, 'क'),
            Some(FontKind::DevanagariRegular)
        );
        assert_eq!(f.face_for(FontKind::Regular, '🚀'), None);
        assert!(f.width(FontKind::Regular, "王小明", 10.0) > 25.0);
        assert_eq!(f.drawable(FontKind::Regular, "a🚀b"), "ab");
    }
}
