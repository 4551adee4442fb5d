//! The profile's sections beyond work and study: spoken languages (with a fluency a reader
//! knows: CEFR or a plain word), awards, publications and talks, volunteering.
//!
//! Owns their YAML shape and the errors for their common slips, in the user's words. It must
//! not decide where or whether they are printed (the tailor does).

use super::date::Date;
use super::profile::Highlight;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// How well a language is spoken: a CEFR level, or the words resumes use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fluency {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    Basic,
    Conversational,
    Professional,
    Fluent,
    Native,
}

impl Fluency {
    const ALL: [Fluency; 11] = [
        Fluency::A1,
        Fluency::A2,
        Fluency::B1,
        Fluency::B2,
        Fluency::C1,
        Fluency::C2,
        Fluency::Basic,
        Fluency::Conversational,
        Fluency::Professional,
        Fluency::Fluent,
        Fluency::Native,
    ];

    /// `B2`, `native`: CEFR levels in capitals, words in lower case.
    pub fn as_str(self) -> &'static str {
        match self {
            Fluency::A1 => "A1",
            Fluency::A2 => "A2",
            Fluency::B1 => "B1",
            Fluency::B2 => "B2",
            Fluency::C1 => "C1",
            Fluency::C2 => "C2",
            Fluency::Basic => "basic",
            Fluency::Conversational => "conversational",
            Fluency::Professional => "professional",
            Fluency::Fluent => "fluent",
            Fluency::Native => "native",
        }
    }

    /// A level as written, in any case (`b2`, `Native`).
    pub fn parse(s: &str) -> Option<Fluency> {
        let s = s.trim();
        Fluency::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s))
    }

    /// The error for a level that is none of these, with the accepted ones.
    pub fn unknown(written: &str) -> String {
        format!(
            "`{written}` is not a language level: write a CEFR level (A1, A2, B1, B2, C1, C2) \
             or native, fluent, professional, conversational or basic"
        )
    }
}

impl Serialize for Fluency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Refuses an unknown level while the YAML parser is still at its value, so that the error
/// points at it.
struct FluencyVisitor;

impl Visitor<'_> for FluencyVisitor {
    type Value = Fluency;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a CEFR level (A1–C2) or native, fluent, professional, conversational, basic")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Fluency, E> {
        Fluency::parse(v).ok_or_else(|| E::custom(Fluency::unknown(v)))
    }
}

impl<'de> Deserialize<'de> for Fluency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Fluency, D::Error> {
        d.deserialize_str(FluencyVisitor)
    }
}

impl schemars::JsonSchema for Fluency {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Fluency".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let names: Vec<&str> = Fluency::ALL.iter().map(|f| f.as_str()).collect();
        schemars::json_schema!({
            "description": "A CEFR level (A1–C2) or native, fluent, professional, conversational, basic.",
            "type": "string",
            "enum": names
        })
    }
}

/// A spoken language (JSON Resume's `languages`).
///
/// In YAML either `German (B2)` / `Spanish`, or `{ name: German, level: B2 }`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpokenLanguage {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Fluency>,
}

impl SpokenLanguage {
    /// `Spanish (native)`, or the name alone.
    pub fn label(&self) -> String {
        match self.level {
            Some(l) => format!("{} ({})", self.name.trim(), l.as_str()),
            None => self.name.trim().to_string(),
        }
    }

    /// `German (B2)` or `Spanish`; the level in brackets must be one we know.
    pub fn parse(s: &str) -> Result<SpokenLanguage, String> {
        let s = s.trim();
        if let Some((name, rest)) = s.split_once('(') {
            let Some(level) = rest.trim_end().strip_suffix(')') else {
                return Err(format!(
                    "`{s}` has an unclosed bracket: write `German (B2)`"
                ));
            };
            let level = Fluency::parse(level).ok_or_else(|| Fluency::unknown(level.trim()))?;
            return Ok(SpokenLanguage {
                name: name.trim().to_string(),
                level: Some(level),
            });
        }
        Ok(SpokenLanguage {
            name: s.to_string(),
            level: None,
        })
    }
}

/// The fields of a language written as a map.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct LanguageFields {
    name: String,
    #[serde(default)]
    level: Option<Fluency>,
}

struct LanguageVisitor;

impl<'de> Visitor<'de> for LanguageVisitor {
    type Value = SpokenLanguage;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a language such as `German (B2)`, or a map with `name` and `level`")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<SpokenLanguage, E> {
        SpokenLanguage::parse(v).map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<SpokenLanguage, A::Error> {
        let f = LanguageFields::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(SpokenLanguage {
            name: f.name,
            level: f.level,
        })
    }
}

impl<'de> Deserialize<'de> for SpokenLanguage {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SpokenLanguage, D::Error> {
        d.deserialize_any(LanguageVisitor)
    }
}

impl schemars::JsonSchema for SpokenLanguage {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SpokenLanguage".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A spoken language: `German (B2)`, `Spanish`, or a map with `name` and `level`.",
            "anyOf": [
                { "type": "string" },
                generator.subschema_for::<LanguageFields>()
            ]
        })
    }
}

/// A prize or a recognition (JSON Resume's `awards`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Award {
    pub title: String,
    /// Who gave it (JSON Resume calls it `awarder`).
    #[serde(default, alias = "awarder")]
    pub issuer: Option<String>,
    #[serde(default)]
    pub date: Option<Date>,
    /// A line on what it was for.
    #[serde(default)]
    pub summary: Option<String>,
}

/// What a publication is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PublicationKind {
    Paper,
    Talk,
    Article,
    Book,
}

impl PublicationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PublicationKind::Paper => "paper",
            PublicationKind::Talk => "talk",
            PublicationKind::Article => "article",
            PublicationKind::Book => "book",
        }
    }
}

/// A paper, article, book or talk (JSON Resume's `publications`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    pub title: String,
    #[serde(default)]
    pub kind: Option<PublicationKind>,
    /// The journal, publisher or conference (`venue` is accepted too).
    #[serde(default, alias = "venue")]
    pub publisher: Option<String>,
    #[serde(default)]
    pub date: Option<Date>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
}

/// An unpaid role (JSON Resume's `volunteer`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Volunteering {
    pub organization: String,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub start: Option<Date>,
    #[serde(default)]
    pub end: Option<Date>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub highlights: Vec<Highlight>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_a_string_or_a_map() {
        let g = SpokenLanguage::parse("German (b2)").unwrap();
        assert_eq!((g.name.as_str(), g.level), ("German", Some(Fluency::B2)));
        assert_eq!(g.label(), "German (B2)");
        assert_eq!(SpokenLanguage::parse("Spanish").unwrap().label(), "Spanish");
        assert_eq!(
            SpokenLanguage::parse("Spanish (Native)").unwrap().label(),
            "Spanish (native)"
        );
        let e = SpokenLanguage::parse("French (good)").unwrap_err();
        assert!(e.starts_with("`good` is not a language level"), "{e}");
    }
}
