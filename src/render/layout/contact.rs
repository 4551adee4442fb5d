//! The contact row: contact items under the name (centred, or from the left margin), separated by dots, wrapped only
//! between items into rows of balanced width.
//!
//! Owns the contact line and row balancing. It must not filter or reorder contact items beyond
//! dropping empty ones; the tailor chose them.

use super::compose::Builder;
use super::paginate::Line;
use super::theme::{CONTACT_SEP, CONTACT_SEP_PAD};
use super::wrap::{emit, one_line, Style};
use super::{Link, Role, TextRun};
use crate::render::fonts::FontKind;
use crate::tailor::resume::{safe_url, ContactItem};

impl Builder {
    /// Contact items centred, separated by a dot, wrapping only between items.
    pub(super) fn contact_line(&mut self, items: &[ContactItem]) {
        let size = self.t.contact_size;
        let items: Vec<_> = items
            .iter()
            .map(|c| {
                (
                    c,
                    one_line(
                        &c.text,
                        Style::new(FontKind::Regular, self.t.ink),
                        self.fonts,
                        size,
                    ),
                )
            })
            .filter(|(_, (words, _))| !words.is_empty())
            .collect();
        if items.is_empty() {
            return;
        }
        let sep = format!(" {CONTACT_SEP} ");
        let sep_w = self.fonts.width(FontKind::Regular, &sep, size) + 2.0 * CONTACT_SEP_PAD;
        let widths: Vec<f32> = items.iter().map(|(_, (_, w))| *w).collect();
        let rows = balanced_rows(&widths, sep_w, self.width());
        for (k, row) in rows.into_iter().enumerate() {
            let total: f32 =
                widths[row.clone()].iter().sum::<f32>() + sep_w * (row.len() - 1) as f32;
            let mut line = Line::new(size, 1.35, if k == 0 { 4.0 } else { 0.0 });
            let mut x = if self.t.centred_header {
                self.left + (self.width() - total).max(0.0) / 2.0
            } else {
                self.left
            };
            for i in row.clone() {
                if i > row.start {
                    let w = sep_w - 2.0 * CONTACT_SEP_PAD;
                    let (at, font) = (x + CONTACT_SEP_PAD, FontKind::Regular);
                    let run =
                        TextRun::plain(at, size, font, self.t.muted, sep.clone(), w, Role::Contact);
                    line.runs.push(run);
                    x += sep_w;
                }
                let (item, (words, _)) = &items[i];
                emit(words, x, size, Role::Contact, self.fonts, &mut line);
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
}

/// Splits items into rows no wider than `max` (an item wider than `max` gets a row of its own),
/// using as few rows as greedy filling would, but with widths as even as possible, so a
/// contact line never ends with one lonely item on its second row.
pub(super) fn balanced_rows(widths: &[f32], sep: f32, max: f32) -> Vec<std::ops::Range<usize>> {
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
