//! Section composition: the `Builder` that turns the resume's header and sections into lines
//! (paragraphs, entries with right-aligned dates, bullets, skill groups).
//!
//! Owns the order and grouping of lines and which lines are kept together. It must not break
//! pages (the paginator does) or choose content (the tailor did).

use super::paginate::Line;
use super::theme::{Heading, Rgb, Theme, CONTACT_SEP};
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
    /// Text of `size` at `x`, kept together.
    fn new(x: f32, role: Role, size: f32) -> Para {
        Para {
            x,
            hang: 0.0,
            size,
            role,
            space_before: 0.0,
            keep_together: true,
            centred: false,
        }
    }
}

pub(super) struct Builder {
    pub(super) t: Theme,
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

    /// Body text at `x`, kept together.
    fn para(&self, x: f32, role: Role) -> Para {
        Para::new(x, role, self.t.body_size)
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
            let mut line = Line::new(p.size, self.t.leading, space_before);
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
        let name = [(
            Style::new(FontKind::Bold, self.t.name_color),
            r.name.as_str(),
        )];
        let first = self.lines.len();
        let size = self.t.name_size;
        // The name line is taller than its text so the headline doesn't crowd it.
        let ws = words(&name, self.fonts, size);
        for ws in &wrap(ws, self.width(), self.width(), self.fonts, size) {
            let mut line = Line::new(size, 1.2, 0.0);
            let x = if self.t.centred_header {
                self.left + (self.width() - line_width(ws, self.fonts, size)) / 2.0
            } else {
                self.left
            };
            emit(ws, x, size, Role::Name, self.fonts, &mut line);
            self.lines.push(line);
        }
        if let Some(h) = r.headline.as_deref().filter(|h| !h.trim().is_empty()) {
            // Modern sets the headline in the accent, under an ink name.
            let color = if self.t.name_color == self.t.accent {
                self.t.muted
            } else {
                self.t.accent
            };
            self.paragraph(
                &[(Style::new(FontKind::Regular, color), h)],
                Para {
                    size: self.t.headline_size,
                    space_before: 1.0,
                    centred: self.t.centred_header,
                    ..self.para(self.left, Role::Headline)
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
        self.heading(&s.title);
        match &s.body {
            SectionBody::Entries(entries) => {
                for (i, e) in entries.iter().enumerate() {
                    self.entry(e, if i == 0 { 0.0 } else { self.t.gap_before_entry });
                }
            }
            SectionBody::Skills(groups) => {
                for (i, g) in groups.iter().enumerate() {
                    self.skill_group(g, if i == 0 { 0.0 } else { 1.5 });
                }
            }
            SectionBody::Bullets(bullets) => {
                for (i, b) in bullets.iter().filter(|b| !b.is_empty()).enumerate() {
                    self.bullet(
                        b,
                        if i == 0 {
                            0.0
                        } else {
                            self.t.gap_between_bullets
                        },
                    );
                }
            }
            SectionBody::Paragraph(p) => {
                self.paragraph(
                    &rich_pieces(p, self.t.ink),
                    Para {
                        keep_together: false,
                        ..self.para(self.left, Role::Body)
                    },
                );
            }
        }
        if let Some(last) = self.lines.last_mut() {
            last.keep_with_next = false;
        }
    }

    /// A section heading, kept with what follows: over a rule (`Ruled`), or upper case and
    /// followed by a hairline (`Hairline`).
    fn heading(&mut self, title: &str) {
        let size = self.t.heading_size;
        let mut line = Line::new(size, 1.25, self.t.gap_before_section);
        let upper;
        let title = match self.t.heading {
            Heading::Ruled => {
                line.height += 4.0;
                title
            }
            Heading::Hairline => {
                line.height += 2.0;
                upper = title.to_uppercase();
                upper.as_str()
            }
        };
        let ws = words(
            &[(Style::new(FontKind::Bold, self.t.accent), title)],
            self.fonts,
            size,
        );
        let mut end = self.left;
        for ws in wrap(ws, self.width(), self.width(), self.fonts, size)
            .iter()
            .take(1)
        {
            end = self.left + line_width(ws, self.fonts, size);
            emit(
                ws,
                self.left,
                size,
                Role::SectionHeading,
                self.fonts,
                &mut line,
            );
        }
        let rule = match self.t.heading {
            Heading::Ruled => Rule {
                x1: self.left,
                x2: self.right,
                y: -4.0,
                thickness: 0.6,
                color: self.t.rule_color,
            },
            Heading::Hairline => Rule {
                x1: (end + 8.0).min(self.right),
                x2: self.right,
                y: size * 0.32,
                thickness: 0.5,
                color: self.t.rule_color,
            },
        };
        line.rules.push(rule);
        line.keep_with_next = true;
        self.lines.push(line);
    }

    fn entry(&mut self, e: &Entry, space_before: f32) {
        let size = self.t.body_size;
        let dates = e
            .dates
            .as_deref()
            .map(|d| {
                one_line(
                    d,
                    Style::new(FontKind::Regular, self.t.ink),
                    self.fonts,
                    size,
                )
            })
            .filter(|(ws, _)| !ws.is_empty());
        let dates_w = dates.as_ref().map_or(0.0, |d| d.1);
        let link = e.url.as_deref().and_then(safe_url).map(str::to_string);

        // Left part: **Title**, Subtitle · location · url
        let sub;
        let loc;
        let shown_url;
        let mut pieces: Vec<(Style, &str)> = Vec::new();
        let mut title_style = Style::new(FontKind::Bold, self.t.ink);
        title_style.link = link.clone();
        pieces.push((title_style, e.title.as_str()));
        if let Some(s) = e.subtitle.as_deref().filter(|s| !s.trim().is_empty()) {
            sub = format!(", {s}");
            pieces.push((Style::new(FontKind::Regular, self.t.ink), sub.as_str()));
        }
        if let Some(l) = e.location.as_deref().filter(|s| !s.trim().is_empty()) {
            loc = format!(" {CONTACT_SEP} {l}");
            pieces.push((Style::new(FontKind::Regular, self.t.muted), loc.as_str()));
        }
        if let Some(url) = &link {
            shown_url = format!(" {CONTACT_SEP} {}", display_url(url));
            pieces.push((
                Style {
                    font: FontKind::Regular,
                    color: self.t.accent,
                    link: Some(url.clone()),
                },
                shown_url.as_str(),
            ));
        }
        let first_w = if dates.is_some() {
            self.width() - dates_w - self.t.dates_gap
        } else {
            self.width()
        };
        let ws = words(&pieces, self.fonts, size);
        let wrapped = wrap(ws, first_w, self.width(), self.fonts, size);
        let has_more = e.description.as_ref().is_some_and(|d| !d.is_empty())
            || e.bullets.iter().any(|b| !b.is_empty());
        for (k, ws) in wrapped.iter().enumerate() {
            let mut line = Line::new(
                size,
                self.t.leading,
                if k == 0 { space_before } else { 0.0 },
            );
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
                &rich_pieces(d, self.t.ink),
                Para {
                    space_before: 1.0,
                    ..self.para(self.left, Role::Body)
                },
            );
            if let Some(l) = self.lines.last_mut() {
                l.keep_with_next = e.bullets.iter().any(|b| !b.is_empty());
            }
        }
        for (i, b) in e.bullets.iter().filter(|b| !b.is_empty()).enumerate() {
            self.bullet(
                b,
                if i == 0 {
                    1.5
                } else {
                    self.t.gap_between_bullets
                },
            );
        }
    }

    fn bullet(&mut self, b: &Rich, space_before: f32) {
        let size = self.t.body_size;
        let first = self.paragraph(
            &rich_pieces(b, self.t.ink),
            Para {
                space_before,
                ..self.para(self.left + self.t.bullet_text, Role::Bullet)
            },
        );
        let mark = "•";
        let w = self.fonts.width(FontKind::Regular, mark, size);
        let x = self.left + self.t.bullet_indent;
        let mark = TextRun::plain(
            x,
            size,
            FontKind::Regular,
            self.t.muted,
            mark.into(),
            w,
            Role::Bullet,
        );
        self.lines[first].runs.insert(0, mark);
    }

    fn skill_group(&mut self, g: &SkillGroup, space_before: f32) {
        let label = format!("{}:", g.label);
        let mut pieces: Vec<(Style, &str)> =
            vec![(Style::new(FontKind::Bold, self.t.ink), label.as_str())];
        let sep = (Style::new(FontKind::Regular, self.t.ink), ",");
        pieces.push((Style::new(FontKind::Regular, self.t.ink), " "));
        let items: Vec<&Rich> = g.items.iter().filter(|i| !i.is_empty()).collect();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                pieces.push(sep.clone());
                pieces.push((Style::new(FontKind::Regular, self.t.ink), " "));
            }
            pieces.extend(rich_pieces(item, self.t.ink));
        }
        self.paragraph(
            &pieces,
            Para {
                hang: self.t.skill_hang,
                space_before,
                ..self.para(self.left, Role::Body)
            },
        );
    }
}
