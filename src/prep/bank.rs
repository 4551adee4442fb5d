//! The interview-prep bank: technical questions and review topics per technology (with a
//! fallback per category), behavioral questions with the cue words that mark a profile line as
//! a story for them, system-design prompts by domain, questions to ask, and advice rules. The
//! built-in bank is `data/prep/*.yaml`, compiled in (as JSON, by `build.rs`).
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
    /// The posting names one of `cues` and none of `unless`: a question it leaves open.
    Unsaid,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub when: Trigger,
    /// For `red_flag` and `unsaid`: the phrases of the posting it answers to.
    #[serde(default)]
    pub cues: Vec<String>,
    /// For `unsaid`: the phrases whose absence makes it a red flag.
    #[serde(default)]
    pub unless: Vec<String>,
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

/// A user's bank file (`jobfit prep --bank FILE`): any of the built-in files' keys. Its
/// technologies and categories replace the built-in entries of the same name; its other lists
/// are tried before the built-in ones.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BankFile {
    #[serde(default)]
    pub technologies: Vec<TechEntry>,
    #[serde(default)]
    pub categories: Vec<CategoryEntry>,
    #[serde(default)]
    pub behavioral: Vec<Behavioral>,
    #[serde(default)]
    pub system_design: Vec<Design>,
    #[serde(default)]
    pub ask: Vec<Ask>,
    #[serde(default)]
    pub advice: Vec<Advice>,
}

/// The whole bank.
#[derive(Debug, Clone, PartialEq)]
pub struct Bank {
    pub tech: Technologies,
    pub people: People,
}

/// `mine`, then what `theirs` held.
fn first<T>(mut mine: Vec<T>, theirs: &mut Vec<T>) {
    mine.append(theirs);
    *theirs = mine;
}

/// Where the built-in bank comes from, as messages name it.
pub const TECHNOLOGIES_PATH: &str = "data/prep/technologies.yaml";
pub const BEHAVIORAL_PATH: &str = "data/prep/behavioral.yaml";
pub const TECHNOLOGIES: &str = include_str!("../../data/prep/technologies.yaml");
pub const BEHAVIORAL: &str = include_str!("../../data/prep/behavioral.yaml");

impl Bank {
    /// The built-in bank, from the JSON that `build.rs` makes of its YAML (parsing the YAML
    /// took 40 % of a `tailor` run). Its files are checked by a test, so this cannot fail.
    pub fn builtin() -> Bank {
        Bank {
            tech: serde_json::from_str(include_str!(concat!(
                env!("OUT_DIR"),
                "/prep_technologies.json"
            )))
            .expect("data/prep/technologies.yaml parses"),
            people: serde_json::from_str(include_str!(concat!(
                env!("OUT_DIR"),
                "/prep_behavioral.json"
            )))
            .expect("data/prep/behavioral.yaml parses"),
        }
    }

    /// The bank with a user's file laid over it.
    pub fn with(mut self, user: BankFile) -> Bank {
        let t = &mut self.tech;
        t.technologies.retain(|e| {
            !user
                .technologies
                .iter()
                .any(|u| u.skill.eq_ignore_ascii_case(&e.skill))
        });
        t.categories
            .retain(|e| !user.categories.iter().any(|u| u.category == e.category));
        first(user.technologies, &mut t.technologies);
        first(user.categories, &mut t.categories);
        let p = &mut self.people;
        first(user.behavioral, &mut p.behavioral);
        first(user.system_design, &mut p.system_design);
        first(user.ask, &mut p.ask);
        first(user.advice, &mut p.advice);
        self
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

    #[test]
    fn the_builtin_bank_is_its_yaml() {
        let yaml = Bank {
            tech: serde_yaml::from_str(TECHNOLOGIES).unwrap(),
            people: serde_yaml::from_str(BEHAVIORAL).unwrap(),
        };
        assert!(Bank::builtin() == yaml);
    }

    #[test]
    fn a_user_file_replaces_entries_of_the_same_skill() {
        let user: BankFile = serde_yaml::from_str(
            "technologies:\n  - skill: go\n    questions: [Q1, Q2, Q3]\n    review: [R1, R2, R3]\n",
        )
        .unwrap();
        let bank = Bank::builtin().with(user);
        let (q, _) = bank.for_skill("Go", Category::Language);
        assert_eq!(q, ["Q1", "Q2", "Q3"]);
        assert_eq!(
            bank.tech
                .technologies
                .iter()
                .filter(|e| e.skill.eq_ignore_ascii_case("go"))
                .count(),
            1
        );
    }
}
