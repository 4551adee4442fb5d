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

use super::fonts::{fonts, Face, FontKind, Fonts};
use crate::tailor::resume::{
    safe_url, ContactItem, Entry, Paper, Resume, Rich, Section, SectionBody, SkillGroup,
};

/// An RGB colour, components 0.0–1.0.
pub type Rgb = [f32; 3];

/// Body text.
pub const INK: Rgb = [0.13, 0.13, 0.13];
/// Name, section headings and rules (RenderCV "classic" blue).
pub const ACCENT: Rgb = [0.0, 0.31, 0.565];
/// Secondary text: headline, locations, separators, footer.
pub const MUTED: Rgb = [0.40, 0.40, 0.40];

/// Options of the print layout.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct LayoutOptions {
    pub paper: Paper,
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

/// A run of text in one font, size and colour, drawn from its baseline at (`x`, `y`).
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub font: FontKind,
    pub color: Rgb,
    pub text: String,
    /// Measured advance width in pt.
    pub width: f32,
    pub role: Role,
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

// ---------------------------------------------------------------------------------------------
// Measurements of the "classic" look, in pt.

const MARGIN: f32 = 46.0; // ~0.64 in
const NAME_SIZE: f32 = 24.0;
const HEADLINE_SIZE: f32 = 11.0;
const CONTACT_SIZE: f32 = 9.0;
const HEADING_SIZE: f32 = 11.5;
const BODY_SIZE: f32 = 9.5;
const FOOTER_SIZE: f32 = 8.0;
const LEADING: f32 = 1.28;
const BULLET_INDENT: f32 = 5.0;
const BULLET_TEXT: f32 = 15.0;
const SKILL_HANG: f32 = 12.0;
const GAP_BEFORE_SECTION: f32 = 9.0;
const GAP_BEFORE_ENTRY: f32 = 6.0;
const GAP_BETWEEN_BULLETS: f32 = 1.2;
const DATES_GAP: f32 = 14.0;
const CONTACT_SEP: &str = "·";
const CONTACT_SEP_PAD: f32 = 2.5;

/// Lays out `resume` on pages of `opts.paper`.
pub fn layout(resume: &Resume, opts: &LayoutOptions) -> Layout {
    let (width, height) = opts.paper.size_pt();
    let mut b = Builder {
        fonts: fonts(),
        left: MARGIN,
        right: width - MARGIN,
        lines: Vec::with_capacity(128),
    };
    b.header(resume);
    for section in &resume.sections {
        b.section(section);
    }
    let mut pages = paginate(b.lines, height);
    if pages.len() > 1 {
        add_footers(&mut pages, &resume.name, width, b.fonts);
    }
    Layout {
        pages,
        width,
        height,
    }
}

// ---------------------------------------------------------------------------------------------
// Lines: the unit of pagination. Items are positioned horizontally; vertically relative to the
// line's baseline until the line is placed on a page.

#[derive(Debug, Default)]
struct Line {
    /// Space above the line, dropped at the top of a page.
    space_before: f32,
    /// Distance from the top of the line to its baseline.
    ascent: f32,
    /// Total height (top of this line to top of the next).
    height: f32,
    runs: Vec<TextRun>,
    /// Relative to the baseline.
    rules: Vec<Rule>,
    /// `y` relative to the baseline.
    links: Vec<Link>,
    /// Must be on the same page as the next line.
    keep_with_next: bool,
}

impl Line {
    fn new(size: f32, leading: f32, space_before: f32) -> Line {
        let height = size * leading;
        Line {
            space_before,
            ascent: (height - size) / 2.0 + size * 0.80,
            height,
            ..Line::default()
        }
    }
}

fn paginate(lines: Vec<Line>, page_height: f32) -> Vec<Page> {
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

fn add_footers(pages: &mut [Page], name: &str, width: f32, fonts: &Fonts) {
    let face = fonts.face(FontKind::Regular);
    let total = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let text = format!("{name} — page {} of {total}", i + 1);
        let w = face.width(&text, FOOTER_SIZE);
        page.runs.push(TextRun {
            x: (width - w) / 2.0,
            y: MARGIN / 2.0,
            size: FOOTER_SIZE,
            font: FontKind::Regular,
            color: MUTED,
            text,
            width: w,
            role: Role::Footer,
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Words: the unit of wrapping. A word is a maximal run of non-space characters, possibly in
// several styles ("**Go**," is one word in two styles).

#[derive(Debug, Clone, PartialEq)]
struct Style {
    font: FontKind,
    color: Rgb,
    link: Option<String>,
}

impl Style {
    fn new(font: FontKind, color: Rgb) -> Style {
        Style {
            font,
            color,
            link: None,
        }
    }
}

#[derive(Debug, Clone)]
struct Frag {
    style: Style,
    text: String,
    width: f32,
}

#[derive(Debug, Clone, Default)]
struct Word {
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
fn words(pieces: &[(Style, &str)], fonts: &Fonts, size: f32) -> Vec<Word> {
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
            } else {
                frag.push(c);
                frag_w += face.advance(c);
            }
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
fn wrap(words: Vec<Word>, first: f32, rest: f32, fonts: &Fonts, size: f32) -> Vec<Vec<Word>> {
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

fn line_width(words: &[Word], fonts: &Fonts, size: f32) -> f32 {
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
fn emit(words: &[Word], x: f32, size: f32, role: Role, fonts: &Fonts, line: &mut Line) {
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

// ---------------------------------------------------------------------------------------------

/// How to set a paragraph.
#[derive(Debug, Clone, Copy)]
struct Para {
    /// Left edge of the first line.
    x: f32,
    /// Extra indent of continuation lines.
    hang: f32,
    size: f32,
    role: Role,
    space_before: f32,
    /// Keep all its lines on one page.
    keep_together: bool,
    centred: bool,
}

impl Para {
    /// Body text at `x`, kept together.
    fn new(x: f32, role: Role) -> Para {
        Para {
            x,
            hang: 0.0,
            size: BODY_SIZE,
            role,
            space_before: 0.0,
            keep_together: true,
            centred: false,
        }
    }
}

struct Builder {
    fonts: &'static Fonts,
    left: f32,
    right: f32,
    lines: Vec<Line>,
}

fn rich_pieces(rich: &Rich, color: Rgb) -> Vec<(Style, &str)> {
    rich.spans
        .iter()
        .map(|s| {
            let font = if s.bold {
                FontKind::Bold
            } else {
                FontKind::Regular
            };
            (Style::new(font, color), s.text.as_str())
        })
        .collect()
}

impl Builder {
    fn face(&self, kind: FontKind) -> &Face {
        self.fonts.face(kind)
    }

    fn width(&self) -> f32 {
        self.right - self.left
    }

    /// Wraps styled text into lines as `p` says and pushes them; returns the first line's index.
    fn paragraph(&mut self, pieces: &[(Style, &str)], p: Para) -> usize {
        let first_index = self.lines.len();
        let ws = words(pieces, self.fonts, p.size);
        let first_w = self.right - p.x;
        let rest_w = self.right - p.x - p.hang;
        let wrapped = wrap(ws, first_w, rest_w, self.fonts, p.size);
        let n = wrapped.len();
        for (k, ws) in wrapped.iter().enumerate() {
            let space_before = if k == 0 { p.space_before } else { 0.0 };
            let mut line = Line::new(p.size, LEADING, space_before);
            let lx = if p.centred {
                self.left + (self.width() - line_width(ws, self.fonts, p.size)) / 2.0
            } else if k == 0 {
                p.x
            } else {
                p.x + p.hang
            };
            emit(ws, lx, p.size, p.role, self.fonts, &mut line);
            line.keep_with_next = p.keep_together && k + 1 < n;
            self.lines.push(line);
        }
        first_index
    }

    fn header(&mut self, r: &Resume) {
        let name = [(Style::new(FontKind::Bold, ACCENT), r.name.as_str())];
        let first = self.lines.len();
        // The name line is taller than its text so the headline doesn't crowd it.
        let ws = words(&name, self.fonts, NAME_SIZE);
        for ws in &wrap(ws, self.width(), self.width(), self.fonts, NAME_SIZE) {
            let mut line = Line::new(NAME_SIZE, 1.2, 0.0);
            let x = self.left + (self.width() - line_width(ws, self.fonts, NAME_SIZE)) / 2.0;
            emit(ws, x, NAME_SIZE, Role::Name, self.fonts, &mut line);
            self.lines.push(line);
        }
        if let Some(h) = r.headline.as_deref().filter(|h| !h.trim().is_empty()) {
            self.paragraph(
                &[(Style::new(FontKind::Regular, MUTED), h)],
                Para {
                    size: HEADLINE_SIZE,
                    space_before: 1.0,
                    centred: true,
                    ..Para::new(self.left, Role::Headline)
                },
            );
        }
        self.contact_line(&r.contact);
        for line in &mut self.lines[first..] {
            line.keep_with_next = true;
        }
        if let Some(last) = self.lines.last_mut() {
            last.keep_with_next = false;
        }
    }

    /// Contact items centred, separated by a dot, wrapping only between items.
    fn contact_line(&mut self, items: &[ContactItem]) {
        let size = CONTACT_SIZE;
        let items: Vec<&ContactItem> = items.iter().filter(|c| !c.text.trim().is_empty()).collect();
        if items.is_empty() {
            return;
        }
        let regular = self.face(FontKind::Regular);
        let sep = format!(" {CONTACT_SEP} ");
        let sep_w = regular.width(&sep, size) + 2.0 * CONTACT_SEP_PAD;
        let widths: Vec<f32> = items.iter().map(|c| regular.width(&c.text, size)).collect();
        let rows = balanced_rows(&widths, sep_w, self.width());
        for (k, row) in rows.into_iter().enumerate() {
            let total: f32 =
                widths[row.clone()].iter().sum::<f32>() + sep_w * (row.len() - 1) as f32;
            let mut line = Line::new(size, 1.35, if k == 0 { 4.0 } else { 0.0 });
            let mut x = self.left + (self.width() - total).max(0.0) / 2.0;
            for i in row.clone() {
                if i > row.start {
                    line.runs.push(TextRun {
                        x: x + CONTACT_SEP_PAD,
                        y: 0.0,
                        size,
                        font: FontKind::Regular,
                        color: MUTED,
                        text: sep.clone(),
                        width: sep_w - 2.0 * CONTACT_SEP_PAD,
                        role: Role::Contact,
                    });
                    x += sep_w;
                }
                let item = items[i];
                line.runs.push(TextRun {
                    x,
                    y: 0.0,
                    size,
                    font: FontKind::Regular,
                    color: INK,
                    text: item.text.clone(),
                    width: widths[i],
                    role: Role::Contact,
                });
                if let Some(url) = item.url.as_deref().and_then(safe_url) {
                    line.links.push(Link {
                        x,
                        y: -size * 0.25,
                        width: widths[i],
                        height: size * 1.15,
                        url: url.to_string(),
                    });
                }
                x += widths[i];
            }
            self.lines.push(line);
        }
    }

    fn section(&mut self, s: &Section) {
        let empty = match &s.body {
            SectionBody::Entries(e) => e.is_empty(),
            SectionBody::Skills(g) => g.is_empty(),
            SectionBody::Bullets(b) => b.iter().all(Rich::is_empty),
            SectionBody::Paragraph(p) => p.is_empty(),
        };
        if empty {
            return;
        }
        // Heading with a thin rule under it, kept with what follows.
        let mut line = Line::new(HEADING_SIZE, 1.25, GAP_BEFORE_SECTION);
        line.height += 4.0;
        let ws = words(
            &[(Style::new(FontKind::Bold, ACCENT), s.title.as_str())],
            self.fonts,
            HEADING_SIZE,
        );
        for ws in wrap(ws, self.width(), self.width(), self.fonts, HEADING_SIZE)
            .iter()
            .take(1)
        {
            emit(
                ws,
                self.left,
                HEADING_SIZE,
                Role::SectionHeading,
                self.fonts,
                &mut line,
            );
        }
        line.rules.push(Rule {
            x1: self.left,
            x2: self.right,
            y: -4.0,
            thickness: 0.6,
            color: ACCENT,
        });
        line.keep_with_next = true;
        self.lines.push(line);

        match &s.body {
            SectionBody::Entries(entries) => {
                for (i, e) in entries.iter().enumerate() {
                    self.entry(e, if i == 0 { 0.0 } else { GAP_BEFORE_ENTRY });
                }
            }
            SectionBody::Skills(groups) => {
                for (i, g) in groups.iter().enumerate() {
                    self.skill_group(g, if i == 0 { 0.0 } else { 1.5 });
                }
            }
            SectionBody::Bullets(bullets) => {
                for (i, b) in bullets.iter().filter(|b| !b.is_empty()).enumerate() {
                    self.bullet(b, if i == 0 { 0.0 } else { GAP_BETWEEN_BULLETS });
                }
            }
            SectionBody::Paragraph(p) => {
                self.paragraph(
                    &rich_pieces(p, INK),
                    Para {
                        keep_together: false,
                        ..Para::new(self.left, Role::Body)
                    },
                );
            }
        }
        if let Some(last) = self.lines.last_mut() {
            last.keep_with_next = false;
        }
    }

    fn entry(&mut self, e: &Entry, space_before: f32) {
        let size = BODY_SIZE;
        let dates = e.dates.as_deref().filter(|d| !d.trim().is_empty());
        let dates_w = dates.map_or(0.0, |d| self.face(FontKind::Regular).width(d, size));
        let link = e.url.as_deref().and_then(safe_url).map(str::to_string);

        // Left part: **Title**, Subtitle · location · url
        let sub;
        let loc;
        let shown_url;
        let mut pieces: Vec<(Style, &str)> = Vec::new();
        let mut title_style = Style::new(FontKind::Bold, INK);
        title_style.link = link.clone();
        pieces.push((title_style, e.title.as_str()));
        if let Some(s) = e.subtitle.as_deref().filter(|s| !s.trim().is_empty()) {
            sub = format!(", {s}");
            pieces.push((Style::new(FontKind::Regular, INK), sub.as_str()));
        }
        if let Some(l) = e.location.as_deref().filter(|s| !s.trim().is_empty()) {
            loc = format!(" {CONTACT_SEP} {l}");
            pieces.push((Style::new(FontKind::Regular, MUTED), loc.as_str()));
        }
        if let Some(url) = &link {
            shown_url = format!(" {CONTACT_SEP} {}", display_url(url));
            pieces.push((
                Style {
                    font: FontKind::Regular,
                    color: ACCENT,
                    link: Some(url.clone()),
                },
                shown_url.as_str(),
            ));
        }
        let first_w = if dates.is_some() {
            self.width() - dates_w - DATES_GAP
        } else {
            self.width()
        };
        let ws = words(&pieces, self.fonts, size);
        let wrapped = wrap(ws, first_w, self.width(), self.fonts, size);
        let has_more = e.description.as_ref().is_some_and(|d| !d.is_empty())
            || e.bullets.iter().any(|b| !b.is_empty());
        for (k, ws) in wrapped.iter().enumerate() {
            let mut line = Line::new(size, LEADING, if k == 0 { space_before } else { 0.0 });
            emit(
                ws,
                self.left,
                size,
                Role::EntryHeading,
                self.fonts,
                &mut line,
            );
            if k == 0 {
                if let Some(d) = dates {
                    line.runs.push(TextRun {
                        x: self.right - dates_w,
                        y: 0.0,
                        size,
                        font: FontKind::Regular,
                        color: INK,
                        text: d.to_string(),
                        width: dates_w,
                        role: Role::Dates,
                    });
                }
            }
            line.keep_with_next = k + 1 < wrapped.len() || has_more;
            self.lines.push(line);
        }
        if let Some(d) = e.description.as_ref().filter(|d| !d.is_empty()) {
            self.paragraph(
                &rich_pieces(d, INK),
                Para {
                    space_before: 1.0,
                    ..Para::new(self.left, Role::Body)
                },
            );
            if let Some(l) = self.lines.last_mut() {
                l.keep_with_next = e.bullets.iter().any(|b| !b.is_empty());
            }
        }
        for (i, b) in e.bullets.iter().filter(|b| !b.is_empty()).enumerate() {
            self.bullet(b, if i == 0 { 1.5 } else { GAP_BETWEEN_BULLETS });
        }
    }

    fn bullet(&mut self, b: &Rich, space_before: f32) {
        let size = BODY_SIZE;
        let first = self.paragraph(
            &rich_pieces(b, INK),
            Para {
                space_before,
                ..Para::new(self.left + BULLET_TEXT, Role::Bullet)
            },
        );
        let mark = "•";
        let w = self.face(FontKind::Regular).width(mark, size);
        let line = &mut self.lines[first];
        line.runs.insert(
            0,
            TextRun {
                x: self.left + BULLET_INDENT,
                y: 0.0,
                size,
                font: FontKind::Regular,
                color: MUTED,
                text: mark.to_string(),
                width: w,
                role: Role::Bullet,
            },
        );
    }

    fn skill_group(&mut self, g: &SkillGroup, space_before: f32) {
        let label = format!("{}:", g.label);
        let mut pieces: Vec<(Style, &str)> =
            vec![(Style::new(FontKind::Bold, INK), label.as_str())];
        let sep = (Style::new(FontKind::Regular, INK), ",");
        pieces.push((Style::new(FontKind::Regular, INK), " "));
        let items: Vec<&Rich> = g.items.iter().filter(|i| !i.is_empty()).collect();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                pieces.push(sep.clone());
                pieces.push((Style::new(FontKind::Regular, INK), " "));
            }
            pieces.extend(rich_pieces(item, INK));
        }
        self.paragraph(
            &pieces,
            Para {
                hang: SKILL_HANG,
                space_before,
                ..Para::new(self.left, Role::Body)
            },
        );
    }
}

/// Splits items into rows no wider than `max` (an item wider than `max` gets a row of its own),
/// using as few rows as greedy filling would, but with widths as even as possible, so a
/// contact line never ends with one lonely item on its second row.
fn balanced_rows(widths: &[f32], sep: f32, max: f32) -> Vec<std::ops::Range<usize>> {
    let greedy = |limit: f32| {
        let mut rows = Vec::new();
        let mut start = 0;
        let mut w = 0.0;
        for (i, iw) in widths.iter().enumerate() {
            if i > start && w + sep + iw > limit {
                rows.push(start..i);
                start = i;
                w = *iw;
            } else {
                w += if i > start { sep + iw } else { *iw };
            }
        }
        rows.push(start..widths.len());
        rows
    };
    let rows = greedy(max);
    if rows.len() < 2 {
        return rows;
    }
    // Narrowest limit that still needs no more rows.
    let (mut lo, mut hi) = (0.0f32, max);
    for _ in 0..24 {
        let mid = (lo + hi) / 2.0;
        if greedy(mid).len() <= rows.len() {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    greedy(hi)
}

/// A URL as printed: without scheme, `www.` and trailing slash.
pub fn display_url(url: &str) -> &str {
    let u = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .or_else(|| url.strip_prefix("mailto:"))
        .or_else(|| url.strip_prefix("tel:"))
        .unwrap_or(url);
    let u = u.strip_prefix("www.").unwrap_or(u);
    u.strip_suffix('/').unwrap_or(u)
}

/// Sample resumes shared by the render tests.
#[cfg(test)]
pub(crate) mod samples {
    use crate::tailor::resume::*;

    pub fn rich(parts: &[(&str, bool)]) -> Rich {
        Rich {
            spans: parts
                .iter()
                .map(|(t, b)| Span {
                    text: t.to_string(),
                    bold: *b,
                })
                .collect(),
        }
    }

    fn entry(title: &str, sub: &str, dates: &str, loc: Option<&str>, bullets: Vec<Rich>) -> Entry {
        Entry {
            title: title.into(),
            subtitle: Some(sub.into()),
            dates: Some(dates.into()),
            location: loc.map(Into::into),
            url: None,
            description: None,
            bullets,
        }
    }

    /// A backend engineer with three years of experience: should fit on one page.
    pub fn backend() -> Resume {
        let acme = vec![
            rich(&[
                ("Designed and shipped a ", false),
                ("Go", true),
                (" payments service handling 3k requests/s on ", false),
                ("Kubernetes", true),
                (", cutting p99 latency from 420 ms to 95 ms.", false),
            ]),
            rich(&[
                ("Migrated the order pipeline from cron jobs to ", false),
                ("Kafka", true),
                (" consumers with idempotent writes to ", false),
                ("PostgreSQL", true),
                ("; zero lost orders since launch.", false),
            ]),
            rich(&[
                (
                    "Introduced contract tests and a staging environment built with ",
                    false,
                ),
                ("Terraform", true),
                (", reducing failed deploys by 60%.", false),
            ]),
            rich(&[(
                "Mentored two junior engineers and ran the team's weekly design review.",
                false,
            )]),
            rich(&[
                ("Wrote the on-call runbook and dashboards in ", false),
                ("Grafana", true),
                ("; mean time to recovery fell from 50 to 18 minutes.", false),
            ]),
        ];
        let startup = vec![
            rich(&[("Built REST and gRPC APIs in ", false), ("Python", true), (" (FastAPI) for a logistics platform used by 40 warehouses.", false)]),
            rich(&[("Optimised slow ", false), ("SQL", true), (" queries and added Redis caching; the dashboard loads in 0.8 s instead of 6 s.", false)]),
            rich(&[("Set up CI with GitHub Actions and Docker images for every service.", false)]),
            rich(&[("Automated invoice reconciliation, saving the finance team two days a month.", false)]),
        ];
        Resume {
            name: "Juan Pérez".into(),
            headline: Some("Backend Engineer — Go, Kubernetes, distributed systems".into()),
            contact: vec![
                ContactItem { text: "juan.perez@example.com".into(), url: Some("mailto:juan.perez@example.com".into()) },
                ContactItem { text: "+34 600 123 456".into(), url: Some("tel:+34600123456".into()) },
                ContactItem { text: "Madrid, Spain".into(), url: None },
                ContactItem { text: "github.com/juanperez".into(), url: Some("https://github.com/juanperez".into()) },
                ContactItem { text: "linkedin.com/in/juanperez".into(), url: Some("https://linkedin.com/in/juanperez".into()) },
            ],
            sections: vec![
                Section {
                    title: "Summary".into(),
                    body: SectionBody::Paragraph(rich(&[("Backend engineer with three years building reliable services in ", false), ("Go", true), (" and ", false), ("Python", true), (". I like boring technology, good tests and measurable wins.", false)])),
                },
                Section {
                    title: "Experience".into(),
                    body: SectionBody::Entries(vec![
                        entry("Backend Engineer", "Acme Payments", "Mar 2023 – present", Some("Madrid, Spain"), acme),
                        entry("Software Engineer", "Shipfast", "Jun 2021 – Feb 2023", Some("Remote"), startup),
                    ]),
                },
                Section {
                    title: "Projects".into(),
                    body: SectionBody::Entries(vec![Entry {
                        title: "jobfit".into(),
                        subtitle: Some("Rust CLI".into()),
                        dates: Some("2024".into()),
                        location: None,
                        url: Some("https://github.com/juanperez/jobfit".into()),
                        description: Some(rich(&[("Honest job-fit reports and tailored resumes from one YAML profile.", false)])),
                        bullets: vec![rich(&[("Pure pipeline with typed errors; PDF output with its own layout engine in ", false), ("Rust", true), (".", false)])],
                    }]),
                },
                Section {
                    title: "Skills".into(),
                    body: SectionBody::Skills(vec![
                        SkillGroup { label: "Languages".into(), items: vec![rich(&[("Go", true)]), rich(&[("Python", true)]), Rich::plain("SQL"), Rich::plain("Rust (side projects)")] },
                        SkillGroup { label: "Cloud & DevOps".into(), items: vec![rich(&[("Kubernetes", true)]), Rich::plain("Docker"), Rich::plain("Terraform"), Rich::plain("AWS"), Rich::plain("GitHub Actions")] },
                        SkillGroup { label: "Data".into(), items: vec![Rich::plain("PostgreSQL"), rich(&[("Kafka", true)]), Rich::plain("Redis")] },
                    ]),
                },
                Section {
                    title: "Certifications".into(),
                    body: SectionBody::Entries(vec![Entry {
                        title: "Certified Kubernetes Application Developer (CKAD)".into(),
                        subtitle: Some("CNCF".into()),
                        dates: Some("2024".into()),
                        location: None, url: None, description: None, bullets: vec![],
                    }]),
                },
                Section {
                    title: "Education".into(),
                    body: SectionBody::Entries(vec![Entry {
                        title: "BSc Computer Science".into(),
                        subtitle: Some("Universidad Politécnica de Madrid".into()),
                        dates: Some("2017 – 2021".into()),
                        location: Some("Madrid".into()),
                        url: None, description: None, bullets: vec![],
                    }]),
                },
                Section {
                    title: "Strengths".into(),
                    body: SectionBody::Bullets(vec![
                        Rich::plain("Turns vague problems into small, shippable steps."),
                        Rich::plain("Writes things down: design docs, runbooks, post-mortems."),
                    ]),
                },
            ],
            keywords: vec!["Go".into(), "Kubernetes".into(), "Kafka".into()],
            title: "Juan Pérez — Backend Engineer, Acme".into(),
        }
    }

    /// Three roles with fifteen bullets each: more than one page.
    pub fn long() -> Resume {
        let mut r = backend();
        let roles: Vec<Entry> = (1..=3)
            .map(|k| {
                let bullets = (1..=15)
                    .map(|i| rich(&[(&format!("Role {k} achievement {i}: improved the throughput of the "), false), ("billing", true), (" service by rewriting its hot path and adding load tests that run on every merge.", false)]))
                    .collect();
                entry(&format!("Engineer {k}"), "Company", "2019 – 2020", None, bullets)
            })
            .collect();
        r.sections[1].body = SectionBody::Entries(roles);
        r
    }

    /// Names and places outside Latin-1.
    pub fn unicode() -> Resume {
        let mut r = backend();
        r.name = "Zoë Ødegård".into();
        r.contact[2].text = "Łódź, Polska".into();
        if let SectionBody::Entries(es) = &mut r.sections[1].body {
            es[0].subtitle = Some("Иван Петров и партнёры".into());
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(page: &Page) -> String {
        page.runs
            .iter()
            .map(|r| r.text.as_str())
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn sample_fits_one_page_on_a4_and_letter() {
        for paper in [Paper::A4, Paper::Letter] {
            let l = layout(&samples::backend(), &LayoutOptions { paper });
            assert_eq!(l.page_count(), 1, "{paper:?}");
            assert!(l.pages[0].runs.iter().all(|r| r.role != Role::Footer));
        }
    }

    #[test]
    fn name_comes_first_and_runs_stay_inside_the_margins() {
        let l = layout(&samples::backend(), &LayoutOptions::default());
        let first = &l.pages[0].runs[0];
        assert_eq!(first.text, "Juan Pérez");
        assert_eq!(first.role, Role::Name);
        for r in &l.pages[0].runs {
            assert!(r.x >= MARGIN - 0.01, "{r:?}");
            assert!(r.x + r.width <= l.width - MARGIN + 0.01, "{r:?}");
            assert!(r.y >= MARGIN && r.y <= l.height - MARGIN, "{r:?}");
        }
    }

    #[test]
    fn dates_are_right_aligned_on_the_entry_line() {
        let l = layout(&samples::backend(), &LayoutOptions::default());
        let dates: Vec<&TextRun> = l.pages[0]
            .runs
            .iter()
            .filter(|r| r.role == Role::Dates)
            .collect();
        assert_eq!(dates[0].text, "Mar 2023 – present");
        for d in &dates {
            assert!((d.x + d.width - (l.width - MARGIN)).abs() < 0.01);
        }
        let title = l.pages[0]
            .runs
            .iter()
            .find(|r| r.text == "Backend Engineer")
            .unwrap();
        assert_eq!(title.font, FontKind::Bold);
        assert_eq!(title.y, dates[0].y);
    }

    #[test]
    fn bold_spans_become_bold_runs_without_losing_spaces() {
        let l = layout(&samples::backend(), &LayoutOptions::default());
        let p = &l.pages[0];
        let go = p
            .runs
            .iter()
            .find(|r| r.text == "Go " && r.role == Role::Bullet)
            .unwrap();
        assert_eq!(go.font, FontKind::Bold);
        let before = p
            .runs
            .iter()
            .find(|r| r.text == "Designed and shipped a ")
            .unwrap();
        assert!(
            (before.x + before.width + fonts().face(FontKind::Regular).advance(' ') * BODY_SIZE
                - go.x)
                .abs()
                < 0.01
        );
    }

    #[test]
    fn long_resume_paginates_with_footers() {
        let l = layout(&samples::long(), &LayoutOptions::default());
        assert!(l.page_count() > 1);
        let n = l.page_count();
        for (i, p) in l.pages.iter().enumerate() {
            let footer = p.runs.last().unwrap();
            assert_eq!(footer.role, Role::Footer);
            assert_eq!(footer.text, format!("Juan Pérez — page {} of {n}", i + 1));
            // Nothing overlaps the footer.
            assert!(p
                .runs
                .iter()
                .filter(|r| r.role != Role::Footer)
                .all(|r| r.y >= MARGIN));
        }
    }

    #[test]
    fn headings_are_never_last_on_a_page() {
        // Push the sections down line by line so every break position is tried.
        for extra in 0..40 {
            let mut r = samples::long();
            if let SectionBody::Entries(es) = &mut r.sections[1].body {
                es[0].bullets.truncate(extra % 16);
                es[1].bullets.truncate(15 - extra / 3);
            }
            let l = layout(&r, &LayoutOptions::default());
            for p in &l.pages {
                let body: Vec<&TextRun> =
                    p.runs.iter().filter(|r| r.role != Role::Footer).collect();
                let last = body.last().unwrap();
                assert_ne!(last.role, Role::SectionHeading, "{}", texts(p));
                assert_ne!(last.role, Role::EntryHeading, "{}", texts(p));
                assert_ne!(last.role, Role::Dates, "{}", texts(p));
            }
        }
    }

    #[test]
    fn wraps_long_words_and_keeps_lines_inside() {
        let mut r = samples::backend();
        r.sections[0].body = SectionBody::Paragraph(Rich::plain("x".repeat(400)));
        let l = layout(&r, &LayoutOptions::default());
        let xs: Vec<&TextRun> = l.pages[0]
            .runs
            .iter()
            .filter(|r| r.text.starts_with("xxx"))
            .collect();
        assert!(xs.len() >= 2);
        assert_eq!(xs.iter().map(|r| r.text.len()).sum::<usize>(), 400);
        assert!(xs.iter().all(|r| r.x + r.width <= l.width - MARGIN + 0.01));
    }

    #[test]
    fn links_cover_contact_items() {
        let l = layout(&samples::backend(), &LayoutOptions::default());
        let urls: Vec<&str> = l.pages[0].links.iter().map(|l| l.url.as_str()).collect();
        assert!(urls.contains(&"mailto:juan.perez@example.com"));
        assert!(urls.contains(&"https://github.com/juanperez"));
        assert!(urls.contains(&"https://github.com/juanperez/jobfit"));
    }

    #[test]
    fn contact_rows_are_balanced() {
        // Greedy would give [3 items][1 item]; balanced gives two rows of two.
        let rows = balanced_rows(&[100.0, 100.0, 100.0, 100.0], 10.0, 330.0);
        assert_eq!(rows, vec![0..2, 2..4]);
        assert_eq!(balanced_rows(&[100.0, 100.0], 10.0, 330.0), vec![0..2]);
        assert_eq!(balanced_rows(&[500.0, 10.0], 10.0, 330.0), vec![0..1, 1..2]);
    }

    #[test]
    fn empty_resume_has_one_page() {
        let r = Resume {
            name: String::new(),
            headline: None,
            contact: vec![],
            sections: vec![],
            keywords: vec![],
            title: String::new(),
        };
        assert_eq!(layout(&r, &LayoutOptions::default()).page_count(), 1);
    }

    /// `cargo test --release -- --ignored --nocapture layout_speed`
    #[test]
    #[ignore]
    fn layout_speed() {
        let r = samples::backend();
        let long = samples::long();
        let _ = layout(&r, &LayoutOptions::default());
        let n = 2000;
        let t = std::time::Instant::now();
        for _ in 0..n {
            std::hint::black_box(layout(&r, &LayoutOptions::default()));
        }
        eprintln!("layout 1-page sample: {:?}/iter", t.elapsed() / n);
        let t = std::time::Instant::now();
        for _ in 0..n {
            std::hint::black_box(layout(&long, &LayoutOptions::default()));
        }
        eprintln!(
            "layout long sample ({} pages): {:?}/iter",
            layout(&long, &LayoutOptions::default()).page_count(),
            t.elapsed() / n
        );
    }
}
