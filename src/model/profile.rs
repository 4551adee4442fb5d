//! The candidate profile: everything the candidate has done, as written in their YAML file.

pub use super::contact::{Contact, Link};
use super::date::Date;
pub use super::design::{Colour, SectionName, Sections, Style, ThemeName};
pub use super::sections::{
    Award, Fluency, Publication, PublicationKind, SpokenLanguage, Volunteering,
};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub name: String,
    #[serde(default)]
    pub headline: Option<String>,
    #[serde(default)]
    pub contact: Contact,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub skills: Vec<SkillClaim>,
    #[serde(default)]
    pub experience: Vec<Experience>,
    #[serde(default)]
    pub projects: Vec<Project>,
    #[serde(default)]
    pub certifications: Vec<Certification>,
    #[serde(default)]
    pub education: Vec<Education>,
    /// Leadership and collaboration lines (mentoring, code reviews, …).
    #[serde(default)]
    pub strengths: Vec<Highlight>,
    /// Spoken languages: `German (B2)`, or `{ name, level }` with a CEFR level or a word.
    #[serde(default)]
    pub languages: Vec<SpokenLanguage>,
    /// Prizes and recognitions.
    #[serde(default)]
    pub awards: Vec<Award>,
    /// Papers, articles, books and talks.
    #[serde(default)]
    pub publications: Vec<Publication>,
    /// Unpaid roles: organisers, mentors, maintainers of a community.
    #[serde(default)]
    pub volunteering: Vec<Volunteering>,
    /// The look: `theme` and `accent` colour (`--theme` and `--accent` override them).
    #[serde(default, skip_serializing_if = "Style::is_unset")]
    pub style: Style,
    /// The order of the resume's sections and their headings.
    #[serde(default, skip_serializing_if = "Sections::is_unset")]
    pub sections: Sections,
}

/// How well the candidate knows a skill, by their own account.
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
pub enum Level {
    Learning,
    Working,
    Strong,
    Expert,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Learning => "learning",
            Level::Working => "working",
            Level::Strong => "strong",
            Level::Expert => "expert",
        }
    }
}

/// A skill the candidate lists.
///
/// In YAML either its name alone (`skills: [Python, SQL]`) or a map with `name` and optional
/// `level`, `years` and `note`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SkillClaim {
    pub name: String,
    pub level: Option<Level>,
    pub years: Option<f32>,
    pub note: Option<String>,
}

/// The fields of a skill written as a map.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct SkillFields {
    name: String,
    #[serde(default)]
    level: Option<Level>,
    #[serde(default, deserialize_with = "years")]
    #[schemars(with = "Option<f32>")]
    years: Option<f32>,
    #[serde(default)]
    note: Option<String>,
}

/// `years: 5` or `2.5`; `5+` or `five` get an error in the user's words.
fn years<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f32>, D::Error> {
    struct Years;
    impl<'de> Visitor<'de> for Years {
        type Value = Option<f32>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a number of years, e.g. 5 or 2.5")
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<f32>, E> {
            Ok(Some(v as f32))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<f32>, E> {
            Ok(Some(v as f32))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<f32>, E> {
            Ok(Some(v as f32))
        }
        fn visit_unit<E: de::Error>(self) -> Result<Option<f32>, E> {
            Ok(None)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<f32>, E> {
            Err(E::custom(format!(
                "`years` is a number of years, e.g. `5` or `2.5`, not `{v}`"
            )))
        }
    }
    d.deserialize_any(Years)
}

struct SkillVisitor;

impl<'de> Visitor<'de> for SkillVisitor {
    type Value = SkillClaim;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a skill name, or a map with `name` and optional `level`, `years`, `note`")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<SkillClaim, E> {
        Ok(SkillClaim {
            name: v.to_string(),
            level: None,
            years: None,
            note: None,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<SkillClaim, A::Error> {
        let f = SkillFields::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(SkillClaim {
            name: f.name,
            level: f.level,
            years: f.years,
            note: f.note,
        })
    }
}

/// In the JSON Schema, as YAML takes it: a name, or the map of fields.
impl schemars::JsonSchema for SkillClaim {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SkillClaim".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A skill: its name alone, or a map with `name` and optional `level`, `years` and `note`.",
            "anyOf": [
                { "type": "string" },
                generator.subschema_for::<SkillFields>()
            ]
        })
    }
}

impl<'de> Deserialize<'de> for SkillClaim {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SkillClaim, D::Error> {
        d.deserialize_any(SkillVisitor)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Experience {
    pub title: String,
    pub company: String,
    #[serde(default)]
    pub location: Option<String>,
    pub start: Date,
    #[serde(default)]
    pub end: Option<Date>,
    /// One or two sentences on the role, printed under its heading.
    #[serde(default)]
    pub description: Option<String>,
    /// The company's or the product's address, printed after the company.
    #[serde(default)]
    pub url: Option<String>,
    /// Skills the role used, as explicit tags (evidence, not printed).
    #[serde(default)]
    pub skills: Vec<String>,
    #[serde(default)]
    pub highlights: Vec<Highlight>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub start: Option<Date>,
    #[serde(default)]
    pub end: Option<Date>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub highlights: Vec<Highlight>,
    /// Skills the project used, as explicit tags.
    #[serde(default)]
    pub skills: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    pub name: String,
    #[serde(default)]
    pub issuer: Option<String>,
    #[serde(default)]
    pub date: Option<Date>,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Education {
    pub institution: String,
    #[serde(default)]
    pub degree: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub start: Option<Date>,
    #[serde(default)]
    pub end: Option<Date>,
    #[serde(default)]
    pub highlights: Vec<Highlight>,
}

/// One line of evidence: plain text, optionally with explicit skill tags.
///
/// In YAML either a string, or `{ text: "...", skills: [Go, Docker] }`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Highlight {
    pub text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
}

impl Highlight {
    pub fn new(text: impl Into<String>) -> Self {
        Highlight {
            text: text.into(),
            skills: Vec::new(),
        }
    }
}

struct HighlightVisitor;

impl<'de> Visitor<'de> for HighlightVisitor {
    type Value = Highlight;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a line of text, or a map with `text` and optional `skills`")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Highlight, E> {
        Ok(Highlight::new(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Highlight, A::Error> {
        let mut text: Option<String> = None;
        let mut skills: Option<Vec<String>> = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "text" => {
                    if text.is_some() {
                        return Err(de::Error::duplicate_field("text"));
                    }
                    text = Some(map.next_value()?);
                }
                "skills" => {
                    if skills.is_some() {
                        return Err(de::Error::duplicate_field("skills"));
                    }
                    skills = Some(map.next_value()?);
                }
                other => return Err(de::Error::unknown_field(other, &["text", "skills"])),
            }
        }
        Ok(Highlight {
            text: text.ok_or_else(|| de::Error::missing_field("text"))?,
            skills: skills.unwrap_or_default(),
        })
    }
}

impl schemars::JsonSchema for Highlight {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Highlight".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A line of evidence: plain text, or `{ text, skills }` with explicit skill tags.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": {
                        "text": { "type": "string" },
                        "skills": { "type": "array", "items": { "type": "string" } }
                    },
                    "required": ["text"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl<'de> Deserialize<'de> for Highlight {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Highlight, D::Error> {
        d.deserialize_any(HighlightVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Source;

    fn parse(yaml: &str) -> Result<Profile, String> {
        crate::input::yaml::parse(&Source::new("p.yaml", yaml.to_string()))
            .map_err(|e| format!("{e:?}"))
    }

    #[test]
    fn skills_may_be_plain_names_or_maps() {
        let p = parse("name: X\nskills: [Python, {name: SQL, level: strong, years: 4}]\n").unwrap();
        assert_eq!(p.skills[0].name, "Python");
        assert_eq!(p.skills[0].level, None);
        assert_eq!(p.skills[1].level, Some(Level::Strong));
        assert_eq!(p.skills[1].years, Some(4.0));
    }

    #[test]
    fn a_skill_map_still_refuses_unknown_fields_and_words_for_years() {
        let e = parse("name: X\nskills:\n  - name: Go\n    yeras: 2\n").unwrap_err();
        assert!(e.contains("yeras"), "{e}");
        let e = parse("name: X\nskills:\n  - name: Go\n    years: 5+\n").unwrap_err();
        assert!(e.contains("`years` is a number of years"), "{e}");
        assert!(!e.contains("SkillClaim") && !e.contains("f32"), "{e}");
    }
}
