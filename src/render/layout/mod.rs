//! The print layout engine: places a [`Resume`] on pages of positioned text runs, rules and
//! link areas, measuring text with the glyph advances of the fonts the PDF embeds.
//!
//! It exists so that page count is known without producing a PDF: the tailor step lays out
//! repeatedly (dropping bullets until the resume fits its page budget), then the PDF renderer
//! draws the final layout as is. It is pure and fast (no I/O, no clock, no PDF bytes).
//!
//! Units are PDF points with the origin at the bottom-left corner of the page; a run's `y` is
//! its baseline. Runs are stored in reading order (name first, then top to bottom, left to right),
//! which is the order text extractors see.
//!
//! Pagination breaks only between lines. A section heading is kept with the first line of its
//! first entry, an entry heading with its first bullet, and a bullet's lines stay together.
//!
//! The engine is split by step: `theme` (the looks: classic, compact, modern), `wrap` (line breaking), `compose`
//! (sections → lines), `contact` (the contact row, balanced), `paginate` (lines → pages and
//! footers). This module owns the page model the PDF renderer draws; it must not read files,
//! the clock, or decide what the resume says.

mod bidi;
mod compose;
mod contact;
mod paginate;
mod theme;
mod wrap;

use std::sync::Arc;

use super::fonts::{fonts, FontKind};
use super::shape::Shaped;
use crate::tailor::resume::{Paper, Resume};
use compose::Builder;
use paginate::{add_footers, paginate};
pub use theme::{hex, Heading, Look, Rgb, Theme, ACCENT, INK, MUTED};

/// Options of the print layout.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct LayoutOptions {
    pub paper: Paper,
    pub look: Look,
}

/// What a run is, for tests and for renderers that want semantics (never for looks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Name,
    Headline,
    Contact,
    SectionHeading,
    EntryHeading,
    Dates,
    Body,
    Bullet,
    Footer,
}

/// A run of text in one face, size and colour, drawn from its baseline at (`x`, `y`).
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    /// The face that draws it (a fallback face when the style's own lacks its chars).
    pub font: FontKind,
    pub color: Rgb,
    /// Its text in logical order.
    pub text: String,
    /// Measured advance width in pt.
    pub width: f32,
    pub role: Role,
    /// Its glyphs, when shaped (right-to-left or Devanagari text): drawn as they are, left to
    /// right; otherwise the PDF draws `text` char by char.
    pub glyphs: Option<Arc<Shaped>>,
    /// The run's text, when it is shaped left to right (Devanagari): the PDF marks its glyphs
    /// with it (`/ActualText`), so that text extraction reads it in logical order although a
    /// reordered i-matra is drawn before its consonant.
    pub actual: Option<Arc<str>>,
}

impl TextRun {
    /// A run of plain text in one face (no shaping, no bidi).
    pub(crate) fn plain(
        x: f32,
        size: f32,
        font: FontKind,
        color: Rgb,
        text: String,
        width: f32,
        role: Role,
    ) -> TextRun {
        TextRun {
            x,
            y: 0.0,
            size,
            font,
            color,
            text,
            width,
            role,
            glyphs: None,
            actual: None,
        }
    }
}

/// A horizontal rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub x1: f32,
    pub x2: f32,
    pub y: f32,
    pub thickness: f32,
    pub color: Rgb,
}

/// A clickable area; (`x`, `y`) is its bottom-left corner.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub url: String,
}

/// One page of positioned items.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub runs: Vec<TextRun>,
    pub rules: Vec<Rule>,
    pub links: Vec<Link>,
}

/// The laid-out document.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub pages: Vec<Page>,
    /// Page size in pt.
    pub width: f32,
    pub height: f32,
}

impl Layout {
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }
}

/// Lays out `resume` on pages of `opts.paper`, in the look `opts.look` names.
pub fn layout(resume: &Resume, opts: &LayoutOptions) -> Layout {
    let (width, height) = opts.paper.size_pt();
    let t = Theme::of(opts.look);
    let mut b = Builder {
        t,
        fonts: fonts(),
        left: t.margin,
        right: width - t.margin,
        lines: Vec::with_capacity(128),
    };
    b.header(resume);
    for section in &resume.sections {
        b.section(section);
    }
    let mut pages = paginate(b.lines, height, t.margin);
    if pages.len() > 1 {
        add_footers(&mut pages, &resume.name, width, b.fonts, &t);
    }
    Layout {
        pages,
        width,
        height,
    }
}

#[cfg(test)]
mod tests;
