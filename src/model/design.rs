//! How the candidate wants the resume to look and be arranged, as written in the profile:
//! `style:` (theme and accent colour) and `sections:` (their order and headings).
//!
//! Owns the names users write (themes, section names, `#rrggbb` colours) and their validation,
//! with errors in the user's words. It must not know measurements or draw anything: the
//! renderers turn a [`ThemeName`] and an accent into a look.

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A look of the printed resume.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    /// Centred header, blue headings over a thin rule (the default).
    #[default]
    Classic,
    /// The classic look, tighter: smaller type and margins, more on a page.
    Compact,
    /// Left-aligned header, small upper-case headings followed by a hairline.
    Modern,
}

impl ThemeName {
    pub const ALL: [ThemeName; 3] = [ThemeName::Classic, ThemeName::Compact, ThemeName::Modern];

    pub fn as_str(self) -> &'static str {
        match self {
            ThemeName::Classic => "classic",
            ThemeName::Compact => "compact",
            ThemeName::Modern => "modern",
        }
    }
}

/// An sRGB colour written `#0b7285` (or the short `#08f`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct Colour(pub [u8; 3]);

impl schemars::JsonSchema for Colour {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Colour".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An sRGB colour in hex, quoted: \"#0b7285\" (or the short \"#08f\").",
            "type": "string",
            "pattern": "^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"
        })
    }
}

impl Colour {
    /// `#0b7285`, `0b7285`, `#08f`; `None` for anything else.
    pub fn parse(s: &str) -> Option<Colour> {
        let hex = s.trim();
        let hex = hex.strip_prefix('#').unwrap_or(hex);
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
        match hex.len() {
            6 => {
                let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                Some(Colour([byte(0)?, byte(2)?, byte(4)?]))
            }
            3 => Some(Colour([digit(0)? * 17, digit(1)? * 17, digit(2)? * 17])),
            _ => None,
        }
    }

    /// `0b7285`: six lower-case hex digits, no `#`.
    pub fn hex(self) -> String {
        let [r, g, b] = self.0;
        format!("{r:02x}{g:02x}{b:02x}")
    }

    /// Components 0.0–1.0.
    pub fn rgb(self) -> [f32; 3] {
        self.0.map(|c| f32::from(c) / 255.0)
    }

    /// The WCAG contrast ratio of this colour on white paper, 1.0 (white) to 21.0 (black).
    pub fn contrast_on_white(self) -> f32 {
        let linear = |c: f32| {
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let [r, g, b] = self.rgb().map(linear);
        let luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        1.05 / (luminance + 0.05)
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.hex())
    }
}

impl From<Colour> for String {
    fn from(c: Colour) -> String {
        c.to_string()
    }
}

/// The least contrast on white of an accent colour: WCAG's minimum for large (heading) text.
pub const MIN_ACCENT_CONTRAST: f32 = 3.0;

/// The message of a colour that does not parse; `input::yaml` adds the fix.
pub fn not_a_colour(value: &str) -> String {
    format!("`{value}` is not a colour")
}

struct ColourVisitor;

impl Visitor<'_> for ColourVisitor {
    type Value = Colour;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a colour such as \"#0b7285\"")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Colour, E> {
        Colour::parse(v).ok_or_else(|| E::custom(not_a_colour(v)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Colour, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Colour, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Colour, E> {
        self.visit_str(&v.to_string())
    }
    // `accent: #0b7285` unquoted: YAML reads `#…` as a comment, leaving no value.
    fn visit_unit<E: de::Error>(self) -> Result<Colour, E> {
        Err(E::custom("the colour is empty"))
    }
    fn visit_none<E: de::Error>(self) -> Result<Colour, E> {
        self.visit_unit()
    }
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Colour, D::Error> {
        d.deserialize_any(ColourVisitor)
    }
}

/// `style:` — the look of the PDF, HTML and DOCX. `--theme` and `--accent` override it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Style {
    /// `classic` (default), `compact` or `modern`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<ThemeName>,
    /// The colour of the name, headings and rules, e.g. `"#0b7285"` (quoted: `#` starts a
    /// YAML comment).
    #[serde(
        default,
        deserialize_with = "some_colour",
        skip_serializing_if = "Option::is_none"
    )]
    pub accent: Option<Colour>,
}

impl Style {
    pub fn is_unset(&self) -> bool {
        self == &Style::default()
    }
}

/// A present `accent:` must hold a colour: an empty one is the unquoted-`#` slip, not "none".
fn some_colour<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Colour>, D::Error> {
    Colour::deserialize(d).map(Some)
}

/// A section of the resume, by the profile key it comes from.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    Serialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum SectionName {
    Summary,
    Skills,
    Experience,
    Projects,
    Publications,
    Strengths,
    Certifications,
    Awards,
    Education,
    Volunteering,
    Languages,
}

impl SectionName {
    /// The default order of the resume.
    pub const ALL: [SectionName; 11] = [
        SectionName::Summary,
        SectionName::Skills,
        SectionName::Experience,
        SectionName::Projects,
        SectionName::Publications,
        SectionName::Strengths,
        SectionName::Certifications,
        SectionName::Awards,
        SectionName::Education,
        SectionName::Volunteering,
        SectionName::Languages,
    ];

    /// The name as the profile writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            SectionName::Summary => "summary",
            SectionName::Skills => "skills",
            SectionName::Experience => "experience",
            SectionName::Projects => "projects",
            SectionName::Publications => "publications",
            SectionName::Strengths => "strengths",
            SectionName::Certifications => "certifications",
            SectionName::Awards => "awards",
            SectionName::Education => "education",
            SectionName::Volunteering => "volunteering",
            SectionName::Languages => "languages",
        }
    }
}

/// `sections:` — the order of the resume's sections and their headings.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    /// Sections in the order they are printed; those not listed follow in the usual order
    /// (summary, skills, experience, projects, publications, strengths, certifications, awards,
    /// education, volunteering, languages). Nothing is hidden.
    #[serde(
        default,
        deserialize_with = "distinct",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub order: Vec<SectionName>,
    /// Headings in place of the usual ones, e.g. `projects: Open source`.
    #[serde(
        default,
        deserialize_with = "titles",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub titles: BTreeMap<SectionName, String>,
}

impl Sections {
    pub fn is_unset(&self) -> bool {
        self == &Sections::default()
    }

    /// Every section, in the order the profile asks for.
    pub fn ordered(&self) -> Vec<SectionName> {
        let mut all = self.order.clone();
        all.extend(SectionName::ALL.iter().filter(|s| !self.order.contains(s)));
        all
    }

    /// The profile's heading for `s`, if it gives one.
    pub fn title(&self, s: SectionName) -> Option<&str> {
        self.titles.get(&s).map(String::as_str)
    }
}

fn distinct<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<SectionName>, D::Error> {
    let order = Vec::<SectionName>::deserialize(d)?;
    for (i, s) in order.iter().enumerate() {
        if order[..i].contains(s) {
            return Err(de::Error::custom(format!(
                "`{}` is listed twice in `order`",
                s.as_str()
            )));
        }
    }
    Ok(order)
}

fn titles<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<SectionName, String>, D::Error> {
    let titles = BTreeMap::<SectionName, String>::deserialize(d)?;
    if let Some((s, _)) = titles.iter().find(|(_, t)| t.trim().is_empty()) {
        return Err(de::Error::custom(format!(
            "the title of `{}` is empty",
            s.as_str()
        )));
    }
    Ok(titles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_in_the_forms_people_write() {
        assert_eq!(Colour::parse("#0b7285"), Some(Colour([0x0b, 0x72, 0x85])));
        assert_eq!(Colour::parse("0B7285"), Some(Colour([0x0b, 0x72, 0x85])));
        assert_eq!(Colour::parse("#08f"), Some(Colour([0, 0x88, 0xff])));
        for bad in ["", "#", "blue", "#12345", "#gggggg", "#0b72855", "#é12"] {
            assert_eq!(Colour::parse(bad), None, "{bad}");
        }
        assert_eq!(Colour([0x0b, 0x72, 0x85]).to_string(), "#0b7285");
        assert!((Colour([0, 0, 0]).contrast_on_white() - 21.0).abs() < 0.01);
        assert!((Colour([255, 255, 255]).contrast_on_white() - 1.0).abs() < 0.01);
        assert!(Colour([0x0b, 0x72, 0x85]).contrast_on_white() > 4.5);
    }

    #[test]
    fn unlisted_sections_follow_in_the_usual_order() {
        let s = Sections {
            order: vec![SectionName::Experience, SectionName::Education],
            titles: BTreeMap::new(),
        };
        let all = s.ordered();
        assert_eq!(all.len(), SectionName::ALL.len());
        assert_eq!(
            &all[..4],
            &[
                SectionName::Experience,
                SectionName::Education,
                SectionName::Summary,
                SectionName::Skills
            ]
        );
    }
}
