//! Line breaking: styled text split into measured words (each fragment in the face of its
//! style's font stack that draws it, shaped where the script needs it), words wrapped greedily
//! into lines, over-long words split, and a line of words turned into positioned runs (in visual
//! order) and link areas.
//!
//! Owns measuring and breaking text. It must not decide what text a resume shows or where a
//! line lands on a page.

use std::sync::Arc;

use super::bidi;
use super::paginate::Line;
use super::theme::Rgb;
use super::{Link, Role, TextRun};
use crate::render::fonts::{FontKind, Fonts};
use crate::render::shape::{shape, Shaped};

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
    /// The face of the style's stack that draws it.
    face: FontKind,
    /// Bidi embedding level (odd: right to left).
    level: u8,
    text: String,
    /// Its glyphs when the text is shaped (right to left, or a face that always shapes).
    shaped: Option<Arc<Shaped>>,
    width: f32,
}

#[derive(Debug, Clone, Default)]
pub(super) struct Word {
    frags: Vec<Frag>,
    width: f32,
    /// Ends at a line-break opportunity with no space (after a Chinese or Japanese character).
    glued: bool,
}

impl Word {
    /// Width of the space that follows this word, in the style of its last fragment; none after
    /// a glued word.
    fn space_after(&self, fonts: &Fonts, size: f32) -> f32 {
        if self.glued {
            return 0.0;
        }
        self.frags
            .last()
            .map_or(0.0, |f| fonts.face(f.style.font).advance(' ') * size)
    }
}

/// Breaking whitespace (a no-break space stays inside its word).
fn is_break(c: char) -> bool {
    c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}'
}

/// Whether a line may break after `c` and before `next` with no space: after Han ideographs and
/// kana, which are written without spaces, but never before closing punctuation or a small kana
/// (a simple form of the Japanese kinsoku rule).
fn breaks_after(c: char, next: Option<char>) -> bool {
    let ideographic = matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF);
    let no_start = |n: char| {
        "、。，．：；！？）」』】〉》ーぁぃぅぇぉっゃゅょァィゥェォッャュョ,.):;!?".contains(n)
    };
    let closes = ideographic || "、。，）」』】".contains(c);
    closes && next.is_some_and(|n| !is_break(n) && !no_start(n))
}

/// The text of a fragment being gathered, in one face at one bidi level.
struct Open {
    face: FontKind,
    level: u8,
    text: String,
    /// Unshaped advance, in em.
    advance: f32,
}

/// Splits styled text into words, measuring each fragment at `size`. Each char goes to the first
/// face of its style's stack that has it (a mark or joiner stays with the face before it when
/// that face has it too); a char no face has is left out (the PDF would show a box the width of
/// none). Right-to-left fragments and Devanagari are shaped, so they measure as drawn.
pub(super) fn words(pieces: &[(Style, &str)], fonts: &Fonts, size: f32) -> Vec<Word> {
    let all: String = pieces.iter().map(|(_, t)| *t).collect();
    let levels = bidi::levels(&all);
    let mut out = Vec::new();
    let mut cur = Word::default();
    let mut at = 0;
    for (style, text) in pieces {
        let mut open: Option<Open> = None;
        for (i, c) in text.char_indices() {
            let level = levels.as_ref().map_or(0, |l| l[at + i]);
            if is_break(c) {
                close(&mut cur, style, open.take(), size);
                if !cur.frags.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                continue;
            }
            let sticky = open
                .as_ref()
                .filter(|o| !c.is_ascii() && o.level == level && fonts.face(o.face).has_glyph(c))
                .map(|o| o.face);
            let Some(face) = sticky.or_else(|| fonts.face_for(style.font, c)) else {
                continue;
            };
            if open
                .as_ref()
                .is_some_and(|o| o.face != face || o.level != level)
            {
                close(&mut cur, style, open.take(), size);
            }
            let o = open.get_or_insert_with(|| Open {
                face,
                level,
                text: String::new(),
                advance: 0.0,
            });
            o.text.push(c);
            o.advance += fonts.face(face).advance(c);
            if breaks_after(c, all[at + i + c.len_utf8()..].chars().next()) {
                close(&mut cur, style, open.take(), size);
                cur.glued = true;
                out.push(std::mem::take(&mut cur));
            }
        }
        close(&mut cur, style, open, size);
        at += text.len();
    }
    if !cur.frags.is_empty() {
        out.push(cur);
    }
    out
}

/// Ends the fragment being gathered: shapes it if it needs it, and adds it to `word`.
fn close(word: &mut Word, style: &Style, open: Option<Open>, size: f32) {
    let Some(o) = open else { return };
    let rtl = o.level % 2 == 1;
    let (shaped, advance) = if rtl || o.face.needs_shaping() {
        let s = shape(o.face, &o.text, rtl);
        let a = s.advance;
        (Some(s), a)
    } else {
        (None, o.advance)
    };
    word.width += advance * size;
    word.frags.push(Frag {
        style: style.clone(),
        face: o.face,
        level: o.level,
        text: o.text,
        shaped,
        width: advance * size,
    });
}

/// One unwrapped line of `text` in `style`: its words and its width.
pub(super) fn one_line(text: &str, style: Style, fonts: &Fonts, size: f32) -> (Vec<Word>, f32) {
    let ws = words(&[(style, text)], fonts, size);
    let w = line_width(&ws, fonts, size);
    (ws, w)
}

/// Splits a word wider than `max` into pieces that fit (long URLs, hashes, CJK sentences). A
/// shaped fragment is never split (its glyphs depend on each other).
fn split_long(word: Word, max: f32, fonts: &Fonts, size: f32) -> Vec<Word> {
    let mut out = Vec::new();
    let mut cur = Word::default();
    let glued = word.glued;
    for frag in word.frags {
        if frag.shaped.is_some() {
            if cur.width + frag.width > max && cur.width > 0.0 {
                out.push(std::mem::take(&mut cur));
            }
            cur.width += frag.width;
            cur.frags.push(frag);
            continue;
        }
        let face = fonts.face(frag.face);
        let mut text = String::new();
        let mut w = 0.0;
        for c in frag.text.chars() {
            let cw = face.advance(c) * size;
            if cur.width + w + cw > max && (cur.width > 0.0 || w > 0.0) {
                if !text.is_empty() {
                    push_piece(&mut cur, &frag, std::mem::take(&mut text), w);
                    w = 0.0;
                }
                out.push(std::mem::take(&mut cur));
            }
            text.push(c);
            w += cw;
        }
        if !text.is_empty() {
            push_piece(&mut cur, &frag, text, w);
        }
    }
    if !cur.frags.is_empty() {
        cur.glued = glued;
        out.push(cur);
    }
    out
}

fn push_piece(word: &mut Word, like: &Frag, text: String, width: f32) {
    word.width += width;
    word.frags.push(Frag {
        text,
        width,
        shaped: None,
        ..like.clone()
    });
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

/// Turns a line of words starting at `x` into runs (same style and face merged) and link areas.
/// The space between two words belongs to the run before it. A line with right-to-left text is
/// set in visual order (bidi rule L2 over its fragments), as PDF text extractors expect it.
pub(super) fn emit(words: &[Word], x: f32, size: f32, role: Role, fonts: &Fonts, line: &mut Line) {
    // The line's pieces in logical order: `None` is the space after word `w`.
    let mut pieces: Vec<(Option<&Frag>, f32, u8)> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if i > 0 && !words[i - 1].glued {
            let prev = &words[i - 1];
            let level = prev
                .frags
                .last()
                .map_or(0, |f| f.level)
                .min(word.frags[0].level);
            pieces.push((None, prev.space_after(fonts, size), level));
        }
        pieces.extend(word.frags.iter().map(|f| (Some(f), f.width, f.level)));
    }
    let order: Vec<usize> = if pieces.iter().any(|p| p.2 > 0) {
        bidi::visual_order(&pieces.iter().map(|p| p.2).collect::<Vec<_>>())
    } else {
        (0..pieces.len()).collect()
    };

    struct Run<'f> {
        frag: &'f Frag,
        text: String,
        start: f32,
        end: f32,
    }
    let flush = |open: Option<Run>, line: &mut Line| {
        let Some(o) = open else { return };
        if let Some(url) = &o.frag.style.link {
            line.links.push(Link {
                x: o.start,
                y: -size * 0.25,
                width: o.end - o.start,
                height: size * 1.15,
                url: url.clone(),
            });
        }
        let actual =
            (o.frag.shaped.is_some() && o.frag.level % 2 == 0).then(|| Arc::from(o.text.as_str()));
        line.runs.push(TextRun {
            x: o.start,
            y: 0.0,
            size,
            font: o.frag.face,
            color: o.frag.style.color,
            text: o.text,
            width: o.end - o.start,
            role,
            glyphs: o.frag.shaped.clone(),
            // Left-to-right shaped glyphs may be drawn out of logical order (the i-matra
            // before its consonant); right-to-left ones are drawn in visual order, which
            // extractors reorder themselves (poppler and pdf.js apply the bidi algorithm).
            actual,
        });
    };
    let mut pen = x;
    let mut open: Option<Run> = None;
    for i in order {
        let (frag, width, _) = pieces[i];
        match (frag, open.as_mut()) {
            // A face without a space glyph (the CJK subset) leaves a gap instead.
            (None, Some(o))
                if o.frag.shaped.is_none() && fonts.face(o.frag.face).has_glyph(' ') =>
            {
                o.text.push(' ')
            }
            (None, _) => flush(open.take(), line),
            (Some(f), Some(o))
                if f.shaped.is_none()
                    && o.frag.shaped.is_none()
                    && o.frag.face == f.face
                    && o.frag.style == f.style =>
            {
                o.text.push_str(&f.text);
            }
            (Some(f), _) => {
                flush(open.take(), line);
                open = Some(Run {
                    frag: f,
                    text: f.text.clone(),
                    start: pen,
                    end: pen,
                });
            }
        }
        pen += width;
        if let (Some(_), Some(o)) = (frag, open.as_mut()) {
            o.end = pen;
        }
    }
    flush(open, line);
}
