//! The fonts of the print layouts: DejaVu Sans (regular, bold, oblique) from the `dejavu` crate,
//! parsed once per process, and their glyph advances for measuring text.
//!
//! Layout measures with exactly the fonts the PDF embeds, so a line that fits on paper is the line
//! the layout engine measured. This module never touches the file system: the font files are
//! compiled into the binary.

use std::sync::OnceLock;

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

/// A parsed face plus a fast table of advances for ASCII.
pub struct Face {
    pub parsed: ParsedFont,
    units_per_em: f32,
    /// Advance of each ASCII char, in em.
    ascii: [f32; 128],
    /// Advance of the missing-glyph box, in em.
    notdef: f32,
}

impl Face {
    fn new(kind: FontKind) -> Face {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(kind.bytes(), 0, &mut warnings)
            .expect("the embedded DejaVu font parses");
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let notdef = f32::from(parsed.get_horizontal_advance(0)) / units_per_em;
        let mut face = Face {
            parsed,
            units_per_em,
            ascii: [0.0; 128],
            notdef,
        };
        for c in 0u8..128 {
            face.ascii[c as usize] = face.slow_advance(char::from(c));
        }
        face
    }

    fn slow_advance(&self, c: char) -> f32 {
        match self.parsed.lookup_glyph_index(c as u32) {
            Some(gid) => f32::from(self.parsed.get_horizontal_advance(gid)) / self.units_per_em,
            None => self.notdef,
        }
    }

    /// Advance of one char in em.
    #[inline]
    pub fn advance(&self, c: char) -> f32 {
        let i = c as usize;
        if i < 128 {
            self.ascii[i]
        } else {
            self.slow_advance(c)
        }
    }

    /// Width of `text` at `size` pt, without kerning.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }

    /// Whether the face has a glyph for `c`.
    pub fn has_glyph(&self, c: char) -> bool {
        self.parsed
            .lookup_glyph_index(c as u32)
            .is_some_and(|g| g != 0)
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
