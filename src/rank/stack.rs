//! The candidate's stack: how much of what the candidate does most a posting is about.
//!
//! The fit score answers "how much of what the posting asks does the profile show"; a posting
//! that asks for little (Python and SQL) scores high for everyone who knows them. Ranking also
//! needs the other direction: is this job about the candidate's own core technologies? Owns the
//! profile's core-skill weights (from the lines that show each technology and the levels
//! claimed) and a posting's overlap with them. It must not change the fit score or read text.

use crate::analyze::{LineKind, ProfileFacts};
use crate::model::Level;
use crate::skills::taxonomy::{Kind, SkillId, Taxonomy};
use std::collections::BTreeMap;

/// How many of the candidate's strongest skills make a full stack.
const CORE: usize = 12;

/// At most this much weight for one skill (many lines about it say it is core, up to a point).
const CAP: f32 = 5.0;

/// A concept (distributed systems) counts half a technology; practices, soft skills, spoken
/// languages and domains say nothing about a stack.
const CONCEPT: f32 = 0.5;

/// The candidate's core skills, weighted.
#[derive(Debug, Clone, PartialEq)]
pub struct Stack {
    /// Skill → weight, technologies and concepts only.
    weights: Vec<(SkillId, f32)>,
    /// The sum of the `CORE` largest weights: a posting naming them all scores 1.
    norm: f32,
}

/// How much one line naming a skill says the candidate works with it.
fn line_weight(kind: LineKind) -> f32 {
    match kind {
        LineKind::Highlight | LineKind::Project => 1.0,
        LineKind::Summary | LineKind::Title => 0.8,
        LineKind::Strength | LineKind::Certification => 0.6,
        LineKind::Education => 0.3,
        LineKind::Language => 0.0,
        LineKind::SkillNote | LineKind::Headline => 0.2,
    }
}

fn level_weight(level: Option<Level>) -> f32 {
    match level {
        Some(Level::Expert) => 1.5,
        Some(Level::Strong) => 1.0,
        Some(Level::Working) | None => 0.5,
        Some(Level::Learning) => 0.1,
    }
}

impl Stack {
    pub fn of(tax: &Taxonomy, facts: &ProfileFacts) -> Stack {
        let mut w: BTreeMap<SkillId, f32> = BTreeMap::new();
        let kind_factor = |s: SkillId| match tax.skill(s).kind {
            Kind::Technology => 1.0,
            Kind::Concept => CONCEPT,
            _ => 0.0,
        };
        let mut add = |s: SkillId, x: f32| {
            let x = x * kind_factor(s);
            if x > 0.0 {
                *w.entry(s).or_default() += x;
            }
        };
        for l in &facts.lines {
            let lw = line_weight(l.kind);
            // Only what the line names: implied skills (AWS for S3) would make every
            // cloud posting look like the candidate's stack.
            for &s in &l.skills {
                add(s, lw);
            }
        }
        for c in &facts.claims {
            add(c.skill, level_weight(c.level));
        }
        let mut weights: Vec<(SkillId, f32)> =
            w.into_iter().map(|(s, x)| (s, x.min(CAP))).collect();
        let mut top: Vec<f32> = weights.iter().map(|&(_, x)| x).collect();
        top.sort_by(|a, b| b.total_cmp(a));
        let norm = top.iter().take(CORE).sum::<f32>();
        weights.sort_by_key(|&(s, _)| s);
        Stack { weights, norm }
    }

    /// 0–1: the weight of the candidate's skills that the posting names (or names something
    /// that implies them: PySpark for Spark), against a full core stack.
    ///
    /// Not the other way round: a posting that names "Big Data" or "ETL" names a field, not
    /// the candidate's Spark, Hadoop and Airflow; counting each skill that implies what the
    /// posting names would bring back the implied skills the stack leaves out (see `of`) and
    /// make any posting that mentions a field look like the candidate's core stack.
    pub fn overlap(&self, tax: &Taxonomy, posting: &[SkillId]) -> f32 {
        if self.norm <= 0.0 {
            return 0.0;
        }
        let named = |&&(have, _): &&(SkillId, f32)| {
            posting
                .iter()
                .any(|&want| want == have || tax.implies(want, have))
        };
        // (`+ 0.0`: an empty float sum is -0.0.)
        let sum: f32 = self
            .weights
            .iter()
            .filter(named)
            .map(|&(_, x)| x)
            .sum::<f32>()
            + 0.0;
        (sum / self.norm).min(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::Line;
    use crate::model::Place;

    fn facts(tax: &Taxonomy, lines: &[&[&str]]) -> ProfileFacts {
        ProfileFacts {
            lines: lines
                .iter()
                .enumerate()
                .map(|(i, names)| {
                    let mut skills: Vec<SkillId> =
                        names.iter().map(|n| tax.resolve(n).unwrap()).collect();
                    skills.sort();
                    Line {
                        place: Place::Highlight { role: 0, i },
                        text: String::new(),
                        kind: LineKind::Highlight,
                        skills,
                        mentions: Vec::new(),
                        role: Some(0),
                    }
                })
                .collect(),
            claims: Vec::new(),
            years: 5.0,
            skill_years: BTreeMap::new(),
        }
    }

    #[test]
    fn a_posting_naming_a_field_does_not_name_the_skills_that_imply_it() {
        let tax = Taxonomy::builtin();
        let f = facts(&tax, &[&["Scala", "Spark"], &["Spark", "Hadoop"], &["SQL"]]);
        let stack = Stack::of(&tax, &f);
        let ids = |names: &[&str]| -> Vec<SkillId> {
            names.iter().map(|n| tax.resolve(n).unwrap()).collect()
        };
        // Spark and Hadoop imply Big Data, which the candidate's lines never name.
        assert_eq!(stack.overlap(&tax, &ids(&["Big Data"])), 0.0);
        // PySpark implies Spark: a posting asking for it is about the candidate's Spark.
        let pyspark = stack.overlap(&tax, &ids(&["PySpark"]));
        assert_eq!(pyspark, stack.overlap(&tax, &ids(&["Spark"])));
        assert!(pyspark > 0.0);
    }

    #[test]
    fn a_posting_about_the_core_stack_overlaps_more_than_one_asking_a_side_skill() {
        let tax = Taxonomy::builtin();
        let f = facts(
            &tax,
            &[
                &["Scala", "Spark", "Kafka"],
                &["Spark", "Airflow"],
                &["Scala", "Spark"],
                &["SQL"],
            ],
        );
        let stack = Stack::of(&tax, &f);
        let ids = |names: &[&str]| -> Vec<SkillId> {
            names.iter().map(|n| tax.resolve(n).unwrap()).collect()
        };
        let core = stack.overlap(&tax, &ids(&["Scala", "Spark", "Kafka"]));
        let side = stack.overlap(&tax, &ids(&["SQL", "Perl"]));
        let none = stack.overlap(&tax, &ids(&["Swift"]));
        assert!(core > side && side > none, "{core} {side} {none}");
        assert_eq!(none, 0.0);
        assert!(core <= 1.0);
    }
}
