//! Pagination: lines (the unit of pagination) placed on pages, and the page footers.
//!
//! Owns where a page breaks: only between lines, never inside a chain of lines that must stay
//! together. It must not wrap or compose text; lines arrive already set.

use super::theme::{FOOTER_SIZE, MARGIN, MUTED};
use super::wrap::{emit, one_line, Style};
use super::{Link, Page, Role, Rule, TextRun};
use crate::render::fonts::{FontKind, Fonts};

// ---------------------------------------------------------------------------------------------
// Lines: the unit of pagination. Items are positioned horizontally; vertically relative to the
// line's baseline until the line is placed on a page.

#[derive(Debug, Default)]
pub(super) struct Line {
    /// Space above the line, dropped at the top of a page.
    pub(super) space_before: f32,
    /// Distance from the top of the line to its baseline.
    pub(super) ascent: f32,
    /// Total height (top of this line to top of the next).
    pub(super) height: f32,
    pub(super) runs: Vec<TextRun>,
    /// Relative to the baseline.
    pub(super) rules: Vec<Rule>,
    /// `y` relative to the baseline.
    pub(super) links: Vec<Link>,
    /// Must be on the same page as the next line.
    pub(super) keep_with_next: bool,
}

impl Line {
    pub(super) fn new(size: f32, leading: f32, space_before: f32) -> Line {
        let height = size * leading;
        Line {
            space_before,
            ascent: (height - size) / 2.0 + size * 0.80,
            height,
            ..Line::default()
        }
    }
}

pub(super) fn paginate(lines: Vec<Line>, page_height: f32) -> Vec<Page> {
    let top = page_height - MARGIN;
    let bottom = MARGIN;
    // chain[i]: height of line i and every line it must stay with (without its own space
    // before), computed from the end.
    let mut chain = vec![0.0f32; lines.len()];
    for i in (0..lines.len()).rev() {
        chain[i] = lines[i].height;
        if lines[i].keep_with_next && i + 1 < lines.len() {
            chain[i] += lines[i + 1].space_before + chain[i + 1];
        }
    }
    let mut pages = vec![Page::default()];
    let mut cursor = top;
    let mut at_top = true;
    for (line, chain) in lines.into_iter().zip(chain) {
        let space = if at_top { 0.0 } else { line.space_before };
        if !at_top && cursor - space - chain < bottom {
            pages.push(Page::default());
            cursor = top;
            at_top = true;
        }
        if !at_top {
            cursor -= line.space_before;
        }
        let baseline = cursor - line.ascent;
        cursor -= line.height;
        at_top = false;
        let page = pages.last_mut().expect("at least one page");
        page.runs
            .extend(line.runs.into_iter().map(|r| TextRun { y: baseline, ..r }));
        page.rules.extend(line.rules.into_iter().map(|r| Rule {
            y: baseline + r.y,
            ..r
        }));
        page.links.extend(line.links.into_iter().map(|l| Link {
            y: baseline + l.y,
            ..l
        }));
    }
    pages
}

/// The footer of every page: the name and `page i of n`, the name shortened with `…` to fit
/// the line (a 100 KB name on each of its 1,300 pages made the layout quadratic: 62 s, 2.2 GB).
pub(super) fn add_footers(pages: &mut [Page], name: &str, width: f32, fonts: &Fonts) {
    let regular = FontKind::Regular;
    let total = pages.len();
    let room = width
        - 2.0 * MARGIN
        - fonts.width(regular, &format!(" — page {total} of {total}"), FOOTER_SIZE);
    let name = fit_width(fonts.drawable(regular, name).trim(), room, |c| {
        fonts.advance(regular, c) * FOOTER_SIZE
    });
    for (i, page) in pages.iter_mut().enumerate() {
        // A name the font cannot draw at all (all Chinese) leaves the page number alone.
        let text = if name.is_empty() {
            format!("page {} of {total}", i + 1)
        } else {
            format!("{name} — page {} of {total}", i + 1)
        };
        let (words, w) = one_line(&text, Style::new(regular, MUTED), fonts, FOOTER_SIZE);
        let mut line = Line::default();
        emit(
            &words,
            (width - w) / 2.0,
            FOOTER_SIZE,
            Role::Footer,
            fonts,
            &mut line,
        );
        page.runs.extend(line.runs.into_iter().map(|r| TextRun {
            y: MARGIN / 2.0,
            ..r
        }));
    }
}

/// `text` if it is at most `room` wide, else its longest prefix that fits with `…` after it.
pub(super) fn fit_width(text: &str, room: f32, advance: impl Fn(char) -> f32) -> String {
    let ellipsis = advance('…');
    let mut used = 0.0;
    let mut cut = None;
    for (i, c) in text.char_indices() {
        if cut.is_none() && used + advance(c) + ellipsis > room {
            cut = Some(i);
        }
        used += advance(c);
        if used > room {
            let keep = cut.unwrap_or(i);
            return format!("{}…", text[..keep].trim_end());
        }
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::fit_width;

    #[test]
    fn fit_width_shortens_with_an_ellipsis() {
        let one = |_| 1.0;
        assert_eq!(fit_width("Juan Pérez", 10.0, one), "Juan Pérez");
        assert_eq!(fit_width("Juan Pérez", 6.0, one), "Juan…");
        assert_eq!(fit_width(&"W".repeat(100_000), 5.0, one), "WWWW…");
    }
}
