//! Shaping: the glyphs that draw a run of text whose glyphs depend on their neighbours (Arabic
//! joining forms and lam-alef, Devanagari conjuncts and the reordered i-matra) or whose order is
//! right to left (Hebrew, Arabic), with their positions, using the face's own OpenType tables
//! through allsorts (the crate printpdf parses and subsets fonts with).
//!
//! Owns turning (face, text, direction) into positioned glyphs in visual order. It must not
//! break lines or reorder a line (the layout applies the bidi algorithm and hands in one
//! directional run at a time). Pure: results are cached per (face, text, direction).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use allsorts::binary::read::ReadScope;
use allsorts::font::MatchingPresentation;
use allsorts::font_data::{DynamicFontTableProvider, FontData};
use allsorts::glyph_position::{GlyphLayout, TextDirection};
use allsorts::gpos::Info;
use allsorts::gsub::{FeatureMask, FeatureMaskExt};
use allsorts::{tag, Font};

use super::fonts::FontKind;

/// One glyph of a shaped run, placed from the run's left end on its baseline, in em.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub gid: u16,
    pub x: f32,
    pub y: f32,
    /// The characters it draws (several for a ligature), for the PDF's ToUnicode map.
    pub text: String,
}

/// A shaped run: its glyphs left to right, and its advance width in em.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shaped {
    pub glyphs: Vec<Glyph>,
    pub advance: f32,
}

/// The OpenType script of `text`: that of its first letter of a script the faces shape.
fn script(text: &str) -> u32 {
    for c in text.chars() {
        match c as u32 {
            0x0590..=0x05FF | 0xFB1D..=0xFB4F => return tag!(b"hebr"),
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => return tag::ARAB,
            0x0900..=0x097F | 0xA8E0..=0xA8FF | 0x1CD0..=0x1CFF => return tag::DEVA,
            _ => {}
        }
    }
    tag::LATN
}

type Shaper = Font<DynamicFontTableProvider<'static>>;

thread_local! {
    /// allsorts fonts keep mutable caches, so each thread shapes with its own.
    static SHAPERS: RefCell<HashMap<FontKind, Option<Shaper>>> = RefCell::new(HashMap::new());
}

fn new_shaper(kind: FontKind) -> Option<Shaper> {
    let data = ReadScope::new(kind.bytes())
        .read::<FontData<'static>>()
        .ok()?;
    Font::new(data.table_provider(0).ok()?).ok()
}

/// `text` shaped with `kind`'s face, its glyphs in visual order (reversed when `rtl`).
pub fn shape(kind: FontKind, text: &str, rtl: bool) -> Arc<Shaped> {
    type Cache = Mutex<HashMap<(FontKind, bool, String), Arc<Shaped>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let key = (kind, rtl, text.to_string());
    if let Some(s) = cache.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return s;
    }
    let shaped = Arc::new(SHAPERS.with(|s| {
        let mut map = s.borrow_mut();
        map.entry(kind)
            .or_insert_with(|| new_shaper(kind))
            .as_mut()
            .map(|font| shape_with(font, text, rtl))
            .unwrap_or_default()
    }));
    if let Ok(mut m) = cache.lock() {
        m.insert(key, shaped.clone());
    }
    shaped
}

/// `c` as drawn in right-to-left text: paired punctuation mirrored (Unicode's Bidi_Mirrored
/// pairs that resumes use), so that "(שלום)" opens on the right.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        _ => c,
    }
}

fn shape_with(font: &mut Shaper, text: &str, rtl: bool) -> Shaped {
    let script = script(text);
    let mirrored_text: String;
    let text = if rtl && text.chars().any(|c| mirrored(c) != c) {
        mirrored_text = text.chars().map(mirrored).collect();
        mirrored_text.as_str()
    } else {
        text
    };
    let upem = f32::from(font.head_table.units_per_em.max(1));
    let raw = font.map_glyphs(text, script, MatchingPresentation::NotRequired);
    let infos = match font.shape(
        raw,
        script,
        None,
        FeatureMask::default_mask(),
        &[],
        None,
        true,
    ) {
        Ok(infos) | Err((_, infos)) => infos,
    };
    let dir = if rtl {
        TextDirection::RightToLeft
    } else {
        TextDirection::LeftToRight
    };
    let Ok(pos) = GlyphLayout::new(font, &infos, dir, false).glyph_positions() else {
        return Shaped::default();
    };
    // Logical order, pen advancing to the right, offsets from the pen (as allsorts gives them).
    let mut pen = 0i32;
    let mut logical = Vec::with_capacity(infos.len());
    for (info, p) in infos.iter().zip(&pos) {
        logical.push((info, pen, p.hori_advance, p.x_offset, p.y_offset));
        pen += p.hori_advance;
    }
    let total = pen;
    let em = |v: i32| v as f32 / upem;
    // A ligature's chars in the order its glyph is read: right to left in a right-to-left run,
    // since extractors reverse such runs (lam-alef is "لا" once reversed back).
    let text_of = |info: &Info| -> String {
        if rtl {
            info.glyph.unicodes.iter().rev().collect()
        } else {
            info.glyph.unicodes.iter().collect()
        }
    };
    let glyphs = if rtl {
        // Mirror: a glyph that advances takes the mirrored box; a mark keeps its place on the
        // glyph before it (its base).
        let mut base = (0i32, 0i32); // (logical pen, visual left) of the last base
        let mut out: Vec<Glyph> = logical
            .iter()
            .map(|&(info, pen, adv, dx, dy)| {
                let x = if adv > 0 {
                    let left = total - pen - adv;
                    base = (pen, left);
                    left + dx
                } else {
                    base.1 + (pen + dx - base.0)
                };
                Glyph {
                    gid: info.glyph.glyph_index,
                    x: em(x),
                    y: em(dy),
                    text: text_of(info),
                }
            })
            .collect();
        out.reverse();
        out
    } else {
        logical
            .iter()
            .map(|&(info, pen, _, dx, dy)| Glyph {
                gid: info.glyph.glyph_index,
                x: em(pen + dx),
                y: em(dy),
                text: text_of(info),
            })
            .collect()
    };
    Shaped {
        glyphs,
        advance: em(total),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_joins_and_runs_right_to_left() {
        let s = shape(FontKind::DejaVuRegular, "سلام", true);
        assert_eq!(s.glyphs.len(), 3, "lam-alef is one glyph: {s:?}");
        // Visual order: the last letter (meem) is leftmost.
        assert_eq!(s.glyphs[0].text, "م");
        assert!(s.glyphs.windows(2).all(|w| w[0].x < w[1].x));
        assert!(s.advance > 1.0);
        let isolated = shape(FontKind::DejaVuRegular, "س", true);
        assert_ne!(s.glyphs[2].gid, isolated.glyphs[0].gid, "initial form");
    }

    #[test]
    fn brackets_are_mirrored_right_to_left() {
        let s = shape(FontKind::Regular, "(שלום)", true);
        // Visual order: the closing bracket, drawn as "(", is leftmost.
        assert_eq!(s.glyphs[0].text, "(");
        assert_eq!(s.glyphs[5].text, ")");
        assert_eq!(s.glyphs[1].text, "ם");
    }

    #[test]
    fn devanagari_reorders_the_i_matra_and_forms_conjuncts() {
        // कि: the i-matra is drawn before the consonant it follows in memory.
        let s = shape(FontKind::DevanagariRegular, "कि", false);
        assert_eq!(s.glyphs.len(), 2);
        assert_eq!(s.glyphs[0].text, "ि");
        // क्ष: one conjunct glyph.
        assert_eq!(
            shape(FontKind::DevanagariRegular, "क्ष", false).glyphs.len(),
            1
        );
    }
}
