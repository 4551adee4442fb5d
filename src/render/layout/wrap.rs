//! Line breaking: styled text split into measured words, words wrapped greedily into lines,
//! over-long words split, and a line of words turned into positioned runs and link areas.
//!
//! Owns measuring and breaking text. It must not decide what text a resume shows or where a
//! line lands on a page.

use super::paginate::Line;
use super::theme::Rgb;
use super::{Link, Role, TextRun};
use crate::render::fonts::{FontKind, Fonts};

// ---------------------------------------------------------------------------------------------
// Words: the unit of wrapping. A word is a maximal run of non-space characters, possibly in
// several styles ("**Go**," is one word in two styles).

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Style {
    pub(super) font: FontKind,
    pub(super) color: Rgb,
    pub(super) link: Option<String>,
}

impl Style {
    pub(super) fn new(font: FontKind, color: Rgb) -> Style {
        Style {
            font,
            color,
            link: None,
        }
    }
}

#[derive(Debug, Clone)]
pub(super) struct Frag {
    style: Style,
    text: String,
    width: f32,
}

#[derive(Debug, Clone, Default)]
pub(super) struct Word {
    frags: Vec<Frag>,
    width: f32,
}

impl Word {
    /// Width of the space that follows this word, in the style of its last fragment.
    fn space_after(&self, fonts: &Fonts, size: f32) -> f32 {
        self.frags
            .last()
            .map_or(0.0, |f| fonts.face(f.style.font).advance(' ') * size)
    }
}

/// Breaking whitespace (a no-break space stays inside its word).
fn is_break(c: char) -> bool {
    c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}'
}

/// Splits styled text into words, measuring each fragment at `size`.
pub(super) fn words(pieces: &[(Style, &str)], fonts: &Fonts, size: f32) -> Vec<Word> {
    let mut out = Vec::new();
    let mut cur = Word::default();
    for (style, text) in pieces {
        let face = fonts.face(style.font);
        let mut frag = String::new();
        let mut frag_w = 0.0;
        for c in text.chars() {
            if is_break(c) {
                if !frag.is_empty() {
                    push_frag(&mut cur, style, std::mem::take(&mut frag), frag_w * size);
                    frag_w = 0.0;
                }
                if !cur.frags.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            } else if let Some(a) = face.glyph_advance(c) {
                frag.push(c);
                frag_w += a;
            }
            // A char without a glyph is left out: the PDF would show a box the width of none.
        }
        if !frag.is_empty() {
            push_frag(&mut cur, style, frag, frag_w * size);
        }
    }
    if !cur.frags.is_empty() {
        out.push(cur);
    }
    out
}

fn push_frag(word: &mut Word, style: &Style, text: String, width: f32) {
    word.width += width;
    word.frags.push(Frag {
        style: style.clone(),
        text,
        width,
    });
}

/// Splits a word wider than `max` into pieces that fit (long URLs, hashes).
fn split_long(word: Word, max: f32, fonts: &Fonts, size: f32) -> Vec<Word> {
    let mut out = Vec::new();
    let mut cur = Word::default();
    for frag in word.frags {
        let face = fonts.face(frag.style.font);
        let mut text = String::new();
        let mut w = 0.0;
        for c in frag.text.chars() {
            let cw = face.advance(c) * size;
            if cur.width + w + cw > max && (cur.width > 0.0 || w > 0.0) {
                if !text.is_empty() {
                    push_frag(&mut cur, &frag.style, std::mem::take(&mut text), w);
                    w = 0.0;
                }
                out.push(std::mem::take(&mut cur));
            }
            text.push(c);
            w += cw;
        }
        if !text.is_empty() {
            push_frag(&mut cur, &frag.style, text, w);
        }
    }
    if !cur.frags.is_empty() {
        out.push(cur);
    }
    out
}

/// Greedy word wrap: returns lines of words; the first line may be narrower than the rest.
pub(super) fn wrap(
    words: Vec<Word>,
    first: f32,
    rest: f32,
    fonts: &Fonts,
    size: f32,
) -> Vec<Vec<Word>> {
    let mut lines: Vec<Vec<Word>> = Vec::new();
    let mut cur: Vec<Word> = Vec::new();
    let mut cur_w = 0.0;
    let mut queue: std::collections::VecDeque<Word> = words.into();
    while let Some(word) = queue.pop_front() {
        let max = if lines.is_empty() { first } else { rest };
        let space = cur.last().map_or(0.0, |w| w.space_after(fonts, size));
        if cur.is_empty() && word.width > max {
            // Alone and still too wide: split it, put the pieces back.
            let pieces = split_long(word, max, fonts, size);
            for p in pieces.into_iter().rev() {
                queue.push_front(p);
            }
            let p = queue.pop_front().expect("a piece");
            cur_w = p.width;
            cur.push(p);
            continue;
        }
        if !cur.is_empty() && cur_w + space + word.width > max {
            lines.push(std::mem::take(&mut cur));
            queue.push_front(word);
            cur_w = 0.0;
            continue;
        }
        cur_w += space + word.width;
        cur.push(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

pub(super) fn line_width(words: &[Word], fonts: &Fonts, size: f32) -> f32 {
    let mut w = 0.0;
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            w += words[i - 1].space_after(fonts, size);
        }
        w += word.width;
    }
    w
}

/// Turns a line of words starting at `x` into runs (same style merged) and link areas.
/// The space between two words belongs to the run before it.
pub(super) fn emit(words: &[Word], x: f32, size: f32, role: Role, fonts: &Fonts, line: &mut Line) {
    struct Open {
        style: Style,
        text: String,
        start: f32,
        end: f32,
    }
    fn flush(open: Option<Open>, size: f32, role: Role, line: &mut Line) {
        let Some(o) = open else { return };
        if let Some(url) = &o.style.link {
            line.links.push(Link {
                x: o.start,
                y: -size * 0.25,
                width: o.end - o.start,
                height: size * 1.15,
                url: url.clone(),
            });
        }
        line.runs.push(TextRun {
            x: o.start,
            y: 0.0,
            size,
            font: o.style.font,
            color: o.style.color,
            text: o.text,
            width: o.end - o.start,
            role,
        });
    }
    let mut pen = x;
    let mut open: Option<Open> = None;
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            pen += words[i - 1].space_after(fonts, size);
            if let Some(o) = open.as_mut() {
                o.text.push(' ');
            }
        }
        for frag in &word.frags {
            match open.as_mut() {
                Some(o) if o.style == frag.style => o.text.push_str(&frag.text),
                _ => {
                    flush(open.take(), size, role, line);
                    open = Some(Open {
                        style: frag.style.clone(),
                        text: frag.text.clone(),
                        start: pen,
                        end: pen,
                    });
                }
            }
            pen += frag.width;
            if let Some(o) = open.as_mut() {
                o.end = pen;
            }
        }
    }
    flush(open, size, role, line);
}
