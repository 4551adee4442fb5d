//! The "classic" look of the print layout: colours and measurements in pt.
//!
//! Owns every number that decides how the resume looks on paper. It must not place anything:
//! the composer and the paginator read these constants.

/// An RGB colour, components 0.0–1.0.
pub type Rgb = [f32; 3];

/// Body text.
pub const INK: Rgb = [0.13, 0.13, 0.13];
/// Name, section headings and rules (RenderCV "classic" blue).
pub const ACCENT: Rgb = [0.0, 0.31, 0.565];
/// Secondary text: headline, locations, separators, footer.
pub const MUTED: Rgb = [0.40, 0.40, 0.40];

// Measurements of the "classic" look, in pt.

pub(super) const MARGIN: f32 = 46.0; // ~0.64 in
pub(super) const NAME_SIZE: f32 = 24.0;
pub(super) const HEADLINE_SIZE: f32 = 11.0;
pub(super) const CONTACT_SIZE: f32 = 9.0;
pub(super) const HEADING_SIZE: f32 = 11.5;
pub(super) const BODY_SIZE: f32 = 9.5;
pub(super) const FOOTER_SIZE: f32 = 8.0;
pub(super) const LEADING: f32 = 1.28;
pub(super) const BULLET_INDENT: f32 = 5.0;
pub(super) const BULLET_TEXT: f32 = 15.0;
pub(super) const SKILL_HANG: f32 = 12.0;
pub(super) const GAP_BEFORE_SECTION: f32 = 9.0;
pub(super) const GAP_BEFORE_ENTRY: f32 = 6.0;
pub(super) const GAP_BETWEEN_BULLETS: f32 = 1.2;
pub(super) const DATES_GAP: f32 = 14.0;
pub(super) const CONTACT_SEP: &str = "·";
pub(super) const CONTACT_SEP_PAD: f32 = 2.5;
