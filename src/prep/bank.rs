//! The interview-prep bank: technical questions and review topics per technology (with a
//! fallback per category), behavioral questions with the cue words that mark a profile line as
//! a story for them, system-design prompts by domain, questions to ask, and advice rules. The
//! built-in bank is `data/prep/*.yaml`, compiled in.
//!
//! Owns the bank's shape, parsing it and looking a skill up. It must not choose what goes into a
//! pack (that is `prep`'s job) nor read files (the caller passes the text).

use crate::skills::taxonomy::Category;
use serde::Deserialize;

/// Questions and review topics for one technology.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TechEntry {
    pub skill: String,
    pub questions: Vec<String>,
    pub review: Vec<String>,
}

/// The same for every skill of a category, `{skill}` standing for its name.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryEntry {
    pub category: Category,
    pub questions: Vec<String>,
    pub review: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Technologies {
    pub technologies: Vec<TechEntry>,
    pub categories: Vec<CategoryEntry>,
}

/// A behavioral question; a profile line containing one of `cues` is a story for it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Behavioral {
    pub theme: String,
    pub question: String,
    pub cues: Vec<String>,
}

/// A system-design prompt, chosen when the posting names one of `cues` (none: the default).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Design {
    pub cues: Vec<String>,
    pub question: String,
}

/// When a question to ask applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum When {
    /// The posting talks about the topic.
    Mentioned,
    /// The posting says nothing of it.
    Unsaid,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ask {
    pub topic: String,
    pub cues: Vec<String>,
    pub question: String,
    pub when: When,
}

/// What an advice rule answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    RequiredGap,
    Partial,
    Learning,
    StrongTheme,
    LowExperience,
    NoQuantifiedWins,
    WeakFit,
    RedFlag,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub when: Trigger,
    /// For `red_flag`: the phrases of the posting it answers to.
    #[serde(default)]
    pub cues: Vec<String>,
    /// `{skill}`, `{theme}` and `{cue}` are filled in.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct People {
    pub behavioral: Vec<Behavioral>,
    pub system_design: Vec<Design>,
    pub ask: Vec<Ask>,
    pub advice: Vec<Advice>,
}

/// The whole bank.
#[derive(Debug, Clone, PartialEq)]
pub struct Bank {
    pub tech: Technologies,
    pub people: People,
}

/// Where the built-in bank comes from, as messages name it.
pub const TECHNOLOGIES_PATH: &str = "data/prep/technologies.yaml";
pub const BEHAVIORAL_PATH: &str = "data/prep/behavioral.yaml";
pub const TECHNOLOGIES: &str = include_str!("../../data/prep/technologies.yaml");
pub const BEHAVIORAL: &str = include_str!("../../data/prep/behavioral.yaml");

impl Bank {
    /// The built-in bank. Its files are checked by a test, so parsing them cannot fail.
    pub fn builtin() -> Bank {
        Bank {
            tech: serde_yaml::from_str(TECHNOLOGIES).expect("data/prep/technologies.yaml parses"),
            people: serde_yaml::from_str(BEHAVIORAL).expect("data/prep/behavioral.yaml parses"),
        }
    }

    /// Questions and review topics for a skill: its own entry (by name, case-insensitively),
    /// else its category's templates with the name filled in.
    pub fn for_skill(&self, name: &str, category: Category) -> (Vec<String>, Vec<String>) {
        if let Some(e) = self
            .tech
            .technologies
            .iter()
            .find(|e| e.skill.eq_ignore_ascii_case(name))
        {
            return (e.questions.clone(), e.review.clone());
        }
        let fill = |v: &[String]| v.iter().map(|t| t.replace("{skill}", name)).collect();
        match self.tech.categories.iter().find(|c| c.category == category) {
            Some(c) => (fill(&c.questions), fill(&c.review)),
            None => (Vec::new(), Vec::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::skills::taxonomy::Taxonomy;

    #[test]
    fn the_builtin_bank_parses_and_names_known_skills() {
        let bank = Bank::builtin();
        let tax = Taxonomy::builtin();
        for e in &bank.tech.technologies {
            assert!(tax.resolve(&e.skill).is_some(), "unknown skill {}", e.skill);
            assert!(e.questions.len() >= 3 && e.review.len() >= 3, "{}", e.skill);
        }
        let (q, r) = bank.for_skill("Some Unknown Framework", Category::Framework);
        assert!(!q.is_empty() && !r.is_empty());
        assert!(q.iter().any(|x| x.contains("Some Unknown Framework")));
        assert!(bank.people.system_design.iter().any(|d| d.cues.is_empty()));
    }
}
