//! The fonts of the print layouts: DejaVu Sans (regular, bold, oblique) from the `dejavu` crate,
//! parsed once per process, and their glyph advances for measuring text.
//!
//! Layout measures with exactly the fonts the PDF embeds, so a line that fits on paper is the line
//! the layout engine measured. A character the face has no glyph for (a CJK ideograph, an emoji)
//! is not drawable: it measures 0 and [`Face::drawable`] leaves it out, so the PDF never shows a
//! missing-glyph box whose advance the layout did not count. This module never touches the file
//! system: the font files are compiled into the binary.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

use printpdf::ParsedFont;

/// One face of the family. The discriminant indexes [`Fonts::faces`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontKind {
    Regular = 0,
    Bold = 1,
    Oblique = 2,
}

impl FontKind {
    pub const ALL: [FontKind; 3] = [FontKind::Regular, FontKind::Bold, FontKind::Oblique];

    /// The resource name in the PDF; its first six letters are also the subset tag
    /// (`ABCDEF+DejaVuSans`), so they are fixed uppercase letters, never random.
    pub fn resource_id(self) -> &'static str {
        match self {
            FontKind::Regular => "JFREGU",
            FontKind::Bold => "JFBOLD",
            FontKind::Oblique => "JFOBLQ",
        }
    }

    fn bytes(self) -> &'static [u8] {
        match self {
            FontKind::Regular => dejavu::sans::regular(),
            FontKind::Bold => dejavu::sans::bold(),
            FontKind::Oblique => dejavu::sans::oblique(),
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
            .expect("the embedded DejaVu font parses");
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

    /// `text` without the chars this face has no glyph for; whitespace is kept (layout breaks
    /// lines there and never draws it alone).
    pub fn drawable<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let keep = |c: char| c.is_whitespace() || self.has_glyph(c);
        if text.chars().all(keep) {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(text.chars().filter(|&c| keep(c)).collect())
        }
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

/// The three faces, parsed on first use.
pub struct Fonts {
    pub faces: [Face; 3],
}

impl Fonts {
    pub fn face(&self, kind: FontKind) -> &Face {
        &self.faces[kind as usize]
    }
}

/// The process-wide fonts (parsing DejaVu takes a few milliseconds, so it happens once).
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts {
        faces: FontKind::ALL.map(Face::new),
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
}
