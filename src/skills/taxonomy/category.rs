//! Skill categories: what kind of skill a skill is (language, framework, practice, …), as the
//! taxonomy files name them, and how a resume groups them.
//!
//! Owns `Category` and its two label tables (`as_str`, `group_label`). It must not hold skills
//! or decide anything from a category (the finder and the tailor do that).

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Language,
    Framework,
    Library,
    Database,
    Cloud,
    Devops,
    CiCd,
    Observability,
    Architecture,
    Practice,
    DataMl,
    Testing,
    Security,
    Tool,
    Platform,
    Mobile,
    Frontend,
    Protocol,
    Methodology,
    Leadership,
    Soft,
    /// A spoken language (English, German); kind `language`.
    SpokenLanguage,
    /// An industry or a regulation (fintech, GDPR); kind `domain`.
    Domain,
    /// Skills a profile or job names that the taxonomy does not know.
    Other,
}

impl Category {
    /// Every category, in declaration order (`ALL[c as usize] == c`).
    pub(crate) const ALL: [Category; 24] = [
        Category::Language,
        Category::Framework,
        Category::Library,
        Category::Database,
        Category::Cloud,
        Category::Devops,
        Category::CiCd,
        Category::Observability,
        Category::Architecture,
        Category::Practice,
        Category::DataMl,
        Category::Testing,
        Category::Security,
        Category::Tool,
        Category::Platform,
        Category::Mobile,
        Category::Frontend,
        Category::Protocol,
        Category::Methodology,
        Category::Leadership,
        Category::Soft,
        Category::SpokenLanguage,
        Category::Domain,
        Category::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Language => "language",
            Category::Framework => "framework",
            Category::Library => "library",
            Category::Database => "database",
            Category::Cloud => "cloud",
            Category::Devops => "devops",
            Category::CiCd => "ci-cd",
            Category::Observability => "observability",
            Category::Architecture => "architecture",
            Category::Practice => "practice",
            Category::DataMl => "data-ml",
            Category::Testing => "testing",
            Category::Security => "security",
            Category::Tool => "tool",
            Category::Platform => "platform",
            Category::Mobile => "mobile",
            Category::Frontend => "frontend",
            Category::Protocol => "protocol",
            Category::Methodology => "methodology",
            Category::Leadership => "leadership",
            Category::Soft => "soft",
            Category::SpokenLanguage => "spoken-language",
            Category::Domain => "domain",
            Category::Other => "other",
        }
    }

    /// The category a taxonomy file names `name` (`ci-cd`, `data-ml`), if any.
    pub fn parse(name: &str) -> Option<Category> {
        use serde::de::{value, IntoDeserializer};
        let name: value::StrDeserializer<value::Error> = name.into_deserializer();
        Category::deserialize(name).ok()
    }

    /// A human heading for resume skill groups.
    pub fn group_label(self) -> &'static str {
        match self {
            Category::Language => "Languages",
            Category::Framework | Category::Library | Category::Frontend | Category::Mobile => {
                "Frameworks & Libraries"
            }
            Category::Database => "Databases",
            Category::Cloud | Category::Devops | Category::CiCd => "Cloud & DevOps",
            Category::Platform => "Platforms & Runtimes",
            Category::Observability => "Observability",
            Category::Architecture | Category::Protocol => "Architecture & APIs",
            Category::DataMl => "Data & ML",
            Category::Testing | Category::Practice | Category::Methodology => "Practices",
            Category::Security => "Security",
            Category::Tool => "Tools",
            Category::Leadership | Category::Soft => "Leadership & Collaboration",
            Category::SpokenLanguage => "Languages spoken",
            Category::Domain => "Domains",
            Category::Other => "Other",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
