//! The looks of the print layout: a [`Theme`] holds the colours, measurements (pt) and heading
//! treatment of one look, made from a [`Look`] (theme name and optional accent colour).
//!
//! Owns every number that decides how the resume looks on paper. It must not place anything:
//! the composer and the paginator read a `Theme`. `classic` is the original look, number for
//! number, so its PDFs are unchanged.

use crate::model::design::{Colour, ThemeName};

/// An RGB colour, components 0.0–1.0.
pub type Rgb = [f32; 3];

/// Body text.
pub const INK: Rgb = [0.13, 0.13, 0.13];
/// Name, section headings and rules of `classic` and `compact` (RenderCV "classic" blue).
pub const ACCENT: Rgb = [0.0, 0.31, 0.565];
/// `modern`'s accent: a deep teal.
pub const MODERN_ACCENT: Rgb = [0.043, 0.447, 0.522];
/// Secondary text: headline, locations, separators, footer.
pub const MUTED: Rgb = [0.40, 0.40, 0.40];
/// `modern`'s hairline after a heading.
const HAIRLINE: Rgb = [0.78, 0.78, 0.78];

/// What the user chose: a theme and, optionally, an accent colour in place of the theme's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    pub theme: ThemeName,
    pub accent: Option<Colour>,
}

/// How a section heading is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    /// Bold accent text over a thin accent rule the width of the page (`classic`, `compact`).
    Ruled,
    /// Small bold upper-case accent text, then a light hairline to the right margin (`modern`).
    Hairline,
}

/// Colours and measurements of one look.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub name: ThemeName,
    pub ink: Rgb,
    /// Section headings, rules and links.
    pub accent: Rgb,
    pub muted: Rgb,
    /// The colour of the candidate's name.
    pub name_color: Rgb,
    /// Header (name, headline, contact) centred, or set from the left margin.
    pub centred_header: bool,
    pub heading: Heading,
    pub rule_color: Rgb,
    pub margin: f32,
    pub name_size: f32,
    pub headline_size: f32,
    pub contact_size: f32,
    pub heading_size: f32,
    pub body_size: f32,
    pub footer_size: f32,
    pub leading: f32,
    pub bullet_indent: f32,
    pub bullet_text: f32,
    pub skill_hang: f32,
    pub gap_before_section: f32,
    pub gap_before_entry: f32,
    pub gap_between_bullets: f32,
    pub dates_gap: f32,
}

pub(super) const CONTACT_SEP: &str = "·";
pub(super) const CONTACT_SEP_PAD: f32 = 2.5;

impl Theme {
    /// The original look.
    pub const CLASSIC: Theme = Theme {
        name: ThemeName::Classic,
        ink: INK,
        accent: ACCENT,
        muted: MUTED,
        name_color: ACCENT,
        centred_header: true,
        heading: Heading::Ruled,
        rule_color: ACCENT,
        margin: 46.0, // ~0.64 in
        name_size: 24.0,
        headline_size: 11.0,
        contact_size: 9.0,
        heading_size: 11.5,
        body_size: 9.5,
        footer_size: 8.0,
        leading: 1.28,
        bullet_indent: 5.0,
        bullet_text: 15.0,
        skill_hang: 12.0,
        gap_before_section: 9.0,
        gap_before_entry: 6.0,
        gap_between_bullets: 1.2,
        dates_gap: 14.0,
    };

    /// `classic`, tighter: about a fifth more on a page.
    pub const COMPACT: Theme = Theme {
        name: ThemeName::Compact,
        margin: 36.0, // 0.5 in
        name_size: 20.0,
        headline_size: 10.0,
        contact_size: 8.5,
        heading_size: 10.5,
        body_size: 9.0,
        footer_size: 7.5,
        leading: 1.2,
        bullet_indent: 4.0,
        bullet_text: 13.0,
        skill_hang: 10.0,
        gap_before_section: 6.0,
        gap_before_entry: 4.0,
        gap_between_bullets: 0.6,
        dates_gap: 12.0,
        ..Theme::CLASSIC
    };

    /// Left-aligned, quiet headings in small capitals of the accent.
    pub const MODERN: Theme = Theme {
        name: ThemeName::Modern,
        accent: MODERN_ACCENT,
        name_color: INK,
        centred_header: false,
        heading: Heading::Hairline,
        rule_color: HAIRLINE,
        margin: 50.0,
        name_size: 26.0,
        headline_size: 11.5,
        heading_size: 10.0,
        gap_before_section: 11.0,
        ..Theme::CLASSIC
    };

    /// The theme `look` names, with its accent when it has one.
    pub fn of(look: Look) -> Theme {
        let mut t = match look.theme {
            ThemeName::Classic => Theme::CLASSIC,
            ThemeName::Compact => Theme::COMPACT,
            ThemeName::Modern => Theme::MODERN,
        };
        if let Some(c) = look.accent {
            let c = c.rgb();
            if t.name_color == t.accent {
                t.name_color = c;
            }
            if t.rule_color == t.accent {
                t.rule_color = c;
            }
            t.accent = c;
        }
        t
    }
}

/// `#004f90`: a colour as CSS and DOCX write it (lower case, no alpha).
pub fn hex(c: Rgb) -> String {
    let byte = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
    format!("#{:02x}{:02x}{:02x}", byte(c[0]), byte(c[1]), byte(c[2]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accent_recolours_the_name_headings_and_rules() {
        let teal = Colour([0x0b, 0x72, 0x85]);
        let t = Theme::of(Look {
            theme: ThemeName::Classic,
            accent: Some(teal),
        });
        assert_eq!(hex(t.accent), "#0b7285");
        assert_eq!(t.name_color, t.accent);
        assert_eq!(t.rule_color, t.accent);
        assert_eq!(hex(t.ink), "#212121");
        // Modern's name stays ink and its hairline grey.
        let m = Theme::of(Look {
            theme: ThemeName::Modern,
            accent: Some(teal),
        });
        assert_eq!(m.name_color, INK);
        assert_eq!(m.rule_color, HAIRLINE);
        assert_eq!(hex(Theme::CLASSIC.accent), "#004f90");
    }
}
