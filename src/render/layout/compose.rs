//! Section composition: the `Builder` that turns the resume's header and sections into lines
//! (paragraphs, entries with right-aligned dates, bullets, skill groups).
//!
//! Owns the order and grouping of lines and which lines are kept together. It must not break
//! pages (the paginator does) or choose content (the tailor did).

use super::paginate::Line;
use super::theme::*;
use super::wrap::{emit, line_width, one_line, words, wrap, Style};
use super::{Role, Rule, TextRun};
use crate::render::fonts::{FontKind, Fonts};
use crate::render::url::display_url;
use crate::tailor::resume::{safe_url, Entry, Resume, Rich, Section, SectionBody, SkillGroup};

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

pub(super) struct Builder {
    pub(super) fonts: &'static Fonts,
    pub(super) left: f32,
    pub(super) right: f32,
    pub(super) lines: Vec<Line>,
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
    pub(super) fn width(&self) -> f32 {
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

    pub(super) fn header(&mut self, r: &Resume) {
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

    pub(super) fn section(&mut self, s: &Section) {
        if s.body.is_empty() {
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
        let dates = e
            .dates
            .as_deref()
            .map(|d| one_line(d, Style::new(FontKind::Regular, INK), self.fonts, size))
            .filter(|(ws, _)| !ws.is_empty());
        let dates_w = dates.as_ref().map_or(0.0, |d| d.1);
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
            if let Some((dates, w)) = dates.as_ref().filter(|_| k == 0) {
                emit(
                    dates,
                    self.right - w,
                    size,
                    Role::Dates,
                    self.fonts,
                    &mut line,
                );
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
        let w = self.fonts.width(FontKind::Regular, mark, size);
        let x = self.left + BULLET_INDENT;
        let mark = TextRun::plain(
            x,
            size,
            FontKind::Regular,
            MUTED,
            mark.into(),
            w,
            Role::Bullet,
        );
        self.lines[first].runs.insert(0, mark);
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
