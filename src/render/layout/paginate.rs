//! Pagination: lines (the unit of pagination) placed on pages, and the page footers.
//!
//! Owns where a page breaks: only between lines, never inside a chain of lines that must stay
//! together. It must not wrap or compose text; lines arrive already set.

use super::theme::Theme;
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

/// The least the last page of a longer resume holds, as a share of a page: a second page with
/// two lines on it reads as a mistake.
const MIN_LAST_FILL: f32 = 0.3;

/// Places `lines` on pages between the margins, breaking only where [`Line::keep_with_next`]
/// allows. When the last of several pages would be nearly empty, the bottom of the page before
/// it is raised by the least that gives the last page [`MIN_LAST_FILL`] of a page without adding
/// a page, so that page hands it whole sections or entries; the pages before are unchanged.
pub(super) fn paginate(lines: Vec<Line>, page_height: f32, margin: f32) -> Vec<Page> {
    let top = page_height - margin;
    let chain = chains(&lines);
    let (mut starts, used) = breaks(&lines, &chain, top, margin, (0, 0.0));
    let want = (top - margin) * MIN_LAST_FILL;
    if starts.len() > 1 && used < want {
        let before_last = starts.len() - 2;
        let (mut lo, mut hi) = (0.0f32, (top - margin) / 2.0);
        for _ in 0..16 {
            let mid = (lo + hi) / 2.0;
            let (s, u) = breaks(&lines, &chain, top, margin, (before_last, mid));
            if s.len() > starts.len() {
                hi = mid;
            } else if u < want {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let (s, u) = breaks(&lines, &chain, top, margin, (before_last, hi));
        if s.len() == starts.len() && u >= want {
            starts = s;
        }
    }
    place(lines, &starts, top)
}

/// chain[i]: the height of line i and every line it must stay with (without its own space
/// before), computed from the end.
fn chains(lines: &[Line]) -> Vec<f32> {
    let mut chain = vec![0.0f32; lines.len()];
    for i in (0..lines.len()).rev() {
        chain[i] = lines[i].height;
        if lines[i].keep_with_next && i + 1 < lines.len() {
            chain[i] += lines[i + 1].space_before + chain[i + 1];
        }
    }
    chain
}

/// The index of the first line of each page, and the height used on the last page; `raise` is
/// a page (by index) whose bottom is that much higher than `bottom`.
fn breaks(
    lines: &[Line],
    chain: &[f32],
    top: f32,
    bottom: f32,
    raise: (usize, f32),
) -> (Vec<usize>, f32) {
    let mut starts = vec![0];
    let mut cursor = top;
    let mut at_top = true;
    for (i, line) in lines.iter().enumerate() {
        let space = if at_top { 0.0 } else { line.space_before };
        let page = starts.len() - 1;
        let bottom = if page == raise.0 {
            bottom + raise.1
        } else {
            bottom
        };
        if !at_top && cursor - space - chain[i] < bottom {
            starts.push(i);
            cursor = top;
            at_top = true;
        }
        if !at_top {
            cursor -= line.space_before;
        }
        cursor -= line.height;
        at_top = false;
    }
    (starts, top - cursor)
}

/// The pages, with each line's items at its baseline; a page starts at each of `starts`.
fn place(lines: Vec<Line>, starts: &[usize], top: f32) -> Vec<Page> {
    let mut pages: Vec<Page> = Vec::with_capacity(starts.len());
    let mut cursor = top;
    let mut next = starts.iter().peekable();
    for (i, line) in lines.into_iter().enumerate() {
        if next.next_if(|&&s| s == i).is_some() {
            pages.push(Page::default());
            cursor = top;
        } else {
            cursor -= line.space_before;
        }
        let baseline = cursor - line.ascent;
        cursor -= line.height;
        let page = pages.last_mut().expect("a page starts at line 0");
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
    if pages.is_empty() {
        pages.push(Page::default());
    }
    pages
}

/// The footer of every page: the name and `page i of n`, the name shortened with `…` to fit
/// the line (a 100 KB name on each of its 1,300 pages made the layout quadratic: 62 s, 2.2 GB).
pub(super) fn add_footers(pages: &mut [Page], name: &str, width: f32, fonts: &Fonts, t: &Theme) {
    let (margin, size) = (t.margin, t.footer_size);
    let regular = FontKind::Regular;
    let total = pages.len();
    let room =
        width - 2.0 * margin - fonts.width(regular, &format!(" — page {total} of {total}"), size);
    let name = fit_width(fonts.drawable(regular, name).trim(), room, |c| {
        fonts.advance(regular, c) * size
    });
    for (i, page) in pages.iter_mut().enumerate() {
        // A name the font cannot draw at all (all Chinese) leaves the page number alone.
        let text = if name.is_empty() {
            format!("page {} of {total}", i + 1)
        } else {
            format!("{name} — page {} of {total}", i + 1)
        };
        let (words, w) = one_line(&text, Style::new(regular, t.muted), fonts, size);
        let mut line = Line::default();
        emit(
            &words,
            (width - w) / 2.0,
            size,
            Role::Footer,
            fonts,
            &mut line,
        );
        page.runs.extend(line.runs.into_iter().map(|r| TextRun {
            y: margin / 2.0,
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
    use super::{fit_width, paginate, Line};
    use crate::render::fonts::FontKind;
    use crate::render::layout::{Role, TextRun};

    /// `n` lines of 12 pt, each a run with its number; `keep` pairs lines (i, i+1) for even i.
    fn lines(n: usize, keep: bool) -> Vec<Line> {
        (0..n)
            .map(|i| {
                let mut l = Line::new(10.0, 1.2, 0.0);
                l.keep_with_next = keep && i % 2 == 0;
                l.runs.push(TextRun::plain(
                    0.0,
                    10.0,
                    FontKind::Regular,
                    [0.0; 3],
                    i.to_string(),
                    1.0,
                    Role::Body,
                ));
                l
            })
            .collect()
    }

    #[test]
    fn a_nearly_empty_last_page_takes_lines_from_the_pages_before_it() {
        // 600 pt between the margins: 50 lines a page. 52 lines would leave 2 on page 2.
        let pages = paginate(lines(52, false), 700.0, 50.0);
        let counts: Vec<usize> = pages.iter().map(|p| p.runs.len()).collect();
        assert_eq!(counts.len(), 2);
        assert!(counts[1] >= 15, "{counts:?}");
        assert_eq!(counts.iter().sum::<usize>(), 52);
        // The order of lines is kept and each page starts at its top margin.
        assert_eq!(pages[1].runs[0].text, counts[0].to_string());
        assert!((pages[0].runs[0].y - pages[1].runs[0].y).abs() < 0.01);
        // Lines kept together stay together.
        let kept = paginate(lines(52, true), 700.0, 50.0);
        assert_eq!(kept[0].runs.len() % 2, 0);
        // A full page and one line is not balanced into three pages; one page is left alone.
        assert_eq!(paginate(lines(51, false), 700.0, 50.0).len(), 2);
        assert_eq!(paginate(lines(50, false), 700.0, 50.0).len(), 1);
        assert_eq!(paginate(lines(50, false), 700.0, 50.0)[0].runs.len(), 50);
        // Only the page before the last gives lines: the first of three stays full.
        let three = paginate(lines(102, false), 700.0, 50.0);
        let counts: Vec<usize> = three.iter().map(|p| p.runs.len()).collect();
        assert_eq!(counts[0], 50, "{counts:?}");
        assert!(counts[2] >= 15, "{counts:?}");
    }

    #[test]
    fn fit_width_shortens_with_an_ellipsis() {
        let one = |_| 1.0;
        assert_eq!(fit_width("Juan Pérez", 10.0, one), "Juan Pérez");
        assert_eq!(fit_width("Juan Pérez", 6.0, one), "Juan…");
        assert_eq!(fit_width(&"W".repeat(100_000), 5.0, one), "WWWW…");
    }
}
