//! Why a requirement came out partial, or was met another way than by its own name.
//!
//! Owns the typed reasons the matcher gives and their words. The matcher produces
//! `Reason<SkillId>`; the report carries `Reason<String>` (names resolved, so renderers never
//! need the taxonomy), and its `Display` is the sentence every renderer prints. Later stages
//! (the narrative, the prep pack) match on the variants, never on the words.

use crate::model::Level;
use crate::skills::taxonomy::{SkillId, Taxonomy};
use serde::{Serialize, Serializer};
use std::fmt;

/// One reason, naming skills by `S`: ids in the matcher, names in the report.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason<S = SkillId> {
    /// Nothing shows `skill`, but a related one (a transferable sibling) is shown.
    Related { skill: S, shown: S },
    /// Shown through a more specific skill (`EKS` for Kubernetes).
    Via(S),
    /// The candidate lists the skill as `learning`; `asked` is the level the posting asks.
    Learning { skill: S, asked: Option<Level> },
    /// The candidate's level is below the one asked.
    LevelBelow { have: Level, need: Level },
    /// Fewer years with the skill than asked.
    YearsBelow { skill: S, have: f32, need: f32 },
    /// The posting asks for years and the profile does not say how many.
    YearsUnknown { skill: S, need: f32 },
    /// The profile lists the skill but no line shows it.
    ClaimedOnly,
    /// The requirement is "any of" these and other alternatives would do too.
    AnyOf(Vec<S>),
}

impl<S> Reason<S> {
    /// The candidate is still learning the skill.
    pub fn is_learning(&self) -> bool {
        matches!(self, Reason::Learning { .. })
    }

    /// The level the posting asks, when the reason compares levels.
    pub fn asked_level(&self) -> Option<Level> {
        match self {
            Reason::Learning { asked, .. } => *asked,
            Reason::LevelBelow { need, .. } => Some(*need),
            _ => None,
        }
    }

    fn map<T>(&self, f: impl Fn(&S) -> T) -> Reason<T> {
        match self {
            Reason::Related { skill, shown } => Reason::Related {
                skill: f(skill),
                shown: f(shown),
            },
            Reason::Via(s) => Reason::Via(f(s)),
            Reason::Learning { skill, asked } => Reason::Learning {
                skill: f(skill),
                asked: *asked,
            },
            Reason::LevelBelow { have, need } => Reason::LevelBelow {
                have: *have,
                need: *need,
            },
            Reason::YearsBelow { skill, have, need } => Reason::YearsBelow {
                skill: f(skill),
                have: *have,
                need: *need,
            },
            Reason::YearsUnknown { skill, need } => Reason::YearsUnknown {
                skill: f(skill),
                need: *need,
            },
            Reason::ClaimedOnly => Reason::ClaimedOnly,
            Reason::AnyOf(v) => Reason::AnyOf(v.iter().map(f).collect()),
        }
    }
}

impl Reason<SkillId> {
    /// The same reason with its skills named.
    pub fn named(&self, tax: &Taxonomy) -> Reason<String> {
        self.map(|&s| tax.name(s).to_string())
    }
}

impl<S: fmt::Display> fmt::Display for Reason<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Related { skill, shown } => {
                write!(f, "no {skill}, but related {shown} is shown")
            }
            Reason::Via(s) => write!(f, "shown through {s}"),
            Reason::Learning {
                skill,
                asked: Some(l),
            } => write!(
                f,
                "you are learning {skill}; the posting asks {}",
                l.as_str()
            ),
            Reason::Learning { skill, asked: None } => write!(f, "you are still learning {skill}"),
            Reason::LevelBelow { have, need } => write!(
                f,
                "your level is {}; the posting asks {}",
                have.as_str(),
                need.as_str()
            ),
            Reason::YearsBelow { skill, have, need } => {
                write!(f, "{have} years of {skill}; the posting asks {need}")
            }
            Reason::YearsUnknown { skill, need } => {
                write!(f, "years of {skill} unknown; the posting asks {need}")
            }
            Reason::ClaimedOnly => f.write_str("claimed, no evidence: no profile line shows it"),
            Reason::AnyOf(others) => {
                f.write_str("any of: ")?;
                for (i, o) in others.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{o}")?;
                }
                f.write_str(" will do")
            }
        }
    }
}

impl Serialize for Reason<String> {
    fn serialize<Z: Serializer>(&self, s: Z) -> Result<Z::Ok, Z::Error> {
        s.collect_str(self)
    }
}

/// Reasons as one line: `a; b; c`.
pub fn join<S: fmt::Display>(reasons: &[Reason<S>]) -> String {
    let mut out = String::new();
    for (i, r) in reasons.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        out.push_str(&r.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_read_as_the_reports_always_have() {
        let s = |x: &str| x.to_string();
        let cases: Vec<(Reason<String>, &str)> = vec![
            (
                Reason::Related {
                    skill: s("GCP"),
                    shown: s("AWS"),
                },
                "no GCP, but related AWS is shown",
            ),
            (Reason::Via(s("EKS")), "shown through EKS"),
            (
                Reason::Learning {
                    skill: s("Go"),
                    asked: Some(Level::Strong),
                },
                "you are learning Go; the posting asks strong",
            ),
            (
                Reason::Learning {
                    skill: s("Go"),
                    asked: None,
                },
                "you are still learning Go",
            ),
            (
                Reason::LevelBelow {
                    have: Level::Working,
                    need: Level::Expert,
                },
                "your level is working; the posting asks expert",
            ),
            (
                Reason::YearsBelow {
                    skill: s("Go"),
                    have: 1.5,
                    need: 3.0,
                },
                "1.5 years of Go; the posting asks 3",
            ),
            (
                Reason::YearsUnknown {
                    skill: s("Go"),
                    need: 2.0,
                },
                "years of Go unknown; the posting asks 2",
            ),
            (
                Reason::ClaimedOnly,
                "claimed, no evidence: no profile line shows it",
            ),
            (
                Reason::AnyOf(vec![s("Java"), s("Kotlin")]),
                "any of: Java, Kotlin will do",
            ),
        ];
        for (r, words) in &cases {
            assert_eq!(r.to_string(), *words);
            assert_eq!(serde_json::to_string(r).unwrap(), format!("\"{words}\""));
        }
        let all: Vec<Reason<String>> = cases.into_iter().map(|c| c.0).collect();
        assert!(join(&all[..2]).ends_with("is shown; shown through EKS"));
        assert!(all[2].is_learning() && !all[4].is_learning());
        assert_eq!(all[2].asked_level(), Some(Level::Strong));
        assert_eq!(all[4].asked_level(), Some(Level::Expert));
    }
}
