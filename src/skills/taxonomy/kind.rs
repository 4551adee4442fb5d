//! Skill kinds: what sort of thing a skill is, for scoring and for output. A `technology` is a
//! named thing you can install, call or cite (Go, PostgreSQL, Kubernetes, REST, Scrum, CI/CD); a
//! `concept` a generic technical field or quality (distributed systems, security); a `practice`
//! how work is done (code review, debugging, mentoring); `soft` a personal skill (communication);
//! `language` a spoken language; `domain` an industry or a regulation (fintech, GDPR).
//!
//! Owns `Kind`, its labels and its default for each `Category`. It must not decide how much a
//! kind weighs in a score (that is `fit`'s job).

use super::Category;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Technology,
    Concept,
    Practice,
    Soft,
    Language,
    Domain,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Technology,
        Kind::Concept,
        Kind::Practice,
        Kind::Soft,
        Kind::Language,
        Kind::Domain,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Technology => "technology",
            Kind::Concept => "concept",
            Kind::Practice => "practice",
            Kind::Soft => "soft",
            Kind::Language => "language",
            Kind::Domain => "domain",
        }
    }

    /// A plural heading for lists grouped by kind.
    pub fn heading(self) -> &'static str {
        match self {
            Kind::Technology => "Technologies",
            Kind::Concept => "Concepts",
            Kind::Practice => "Practices",
            Kind::Soft => "Soft skills",
            Kind::Language => "Spoken languages",
            Kind::Domain => "Domains",
        }
    }

    /// Does a requirement of this kind count in the fit score? Soft skills and domains do not:
    /// they are shown with whatever evidence the profile has, at no weight.
    pub fn is_scored(self) -> bool {
        !matches!(self, Kind::Soft | Kind::Domain)
    }

    /// The kind of a skill whose taxonomy entry does not say: what most skills of its category
    /// are. (Generic entries of technology categories, such as Monitoring, say `concept`.)
    pub fn default_for(category: Category) -> Kind {
        match category {
            Category::Practice | Category::Leadership => Kind::Practice,
            Category::Soft => Kind::Soft,
            Category::SpokenLanguage => Kind::Language,
            Category::Domain => Kind::Domain,
            _ => Kind::Technology,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
