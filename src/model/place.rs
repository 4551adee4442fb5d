//! Places: where a line of evidence lives in the profile, or a requirement in the job.
//!
//! Owns the one typed name for every profile and job location that later stages hand to each
//! other (evidence, relevance, what tailoring leaves out). Its `Display` is the documented text
//! of the JSON contract (`experience[0].highlights[2]`, `requirements[3]`); no stage builds or
//! parses that text itself. It must not know what a place is worth: that is the matcher's and
//! the tailor's business.

use serde::{Serialize, Serializer};
use std::fmt;

/// A line of the profile that can prove a skill, or an entry that can be left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// `headline`
    Headline,
    /// `summary`
    Summary,
    /// `experience[role].title`
    Title { role: usize },
    /// `experience[role].highlights[i]`
    Highlight { role: usize, i: usize },
    /// `projects[project]`: the whole project entry.
    Project(usize),
    /// `projects[project].name` (a project without a description is shown by its name).
    ProjectName(usize),
    /// `projects[project].description`
    ProjectDescription(usize),
    /// `projects[project].highlights[i]`
    ProjectHighlight { project: usize, i: usize },
    /// `certifications[i].name`
    Certification(usize),
    /// `education[entry].degree`
    Degree(usize),
    /// `education[entry].highlights[i]`
    EducationHighlight { entry: usize, i: usize },
    /// `strengths[i]`
    Strength(usize),
    /// `skills[i]`: a skill the profile lists.
    Skill(usize),
    /// `skills[i].note`
    SkillNote(usize),
    /// `languages[i]`: a spoken language.
    Language(usize),
    /// `experience[role].description`
    RoleDescription(usize),
    /// `awards[i]`: the whole award.
    Award(usize),
    /// `publications[i]`: the whole publication or talk.
    Publication(usize),
    /// `volunteering[i]`: the whole volunteer role.
    Volunteering(usize),
    /// `volunteering[entry].highlights[i]`
    VolunteeringHighlight { entry: usize, i: usize },
}

impl Place {
    /// The entry that holds this place when leaving it out removes the whole entry: a project's
    /// name or description stands for the project; every other place for itself.
    pub fn entry(self) -> Place {
        match self {
            Place::ProjectName(p) | Place::ProjectDescription(p) => Place::Project(p),
            other => other,
        }
    }

    /// A line written as an achievement (a highlight, a project, a strength, a certification)
    /// rather than a label (headline, summary, title, degree, skill note): the lines worth
    /// quoting first.
    pub fn is_achievement(self) -> bool {
        matches!(
            self,
            Place::Highlight { .. }
                | Place::Project(_)
                | Place::ProjectName(_)
                | Place::ProjectDescription(_)
                | Place::ProjectHighlight { .. }
                | Place::EducationHighlight { .. }
                | Place::Strength(_)
                | Place::Certification(_)
                | Place::Award(_)
                | Place::Publication(_)
                | Place::VolunteeringHighlight { .. }
        )
    }

    /// A certification's name.
    pub fn is_certification(self) -> bool {
        matches!(self, Place::Certification(_))
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Place::Headline => f.write_str("headline"),
            Place::Summary => f.write_str("summary"),
            Place::Title { role } => write!(f, "experience[{role}].title"),
            Place::Highlight { role, i } => write!(f, "experience[{role}].highlights[{i}]"),
            Place::Project(p) => write!(f, "projects[{p}]"),
            Place::ProjectName(p) => write!(f, "projects[{p}].name"),
            Place::ProjectDescription(p) => write!(f, "projects[{p}].description"),
            Place::ProjectHighlight { project, i } => {
                write!(f, "projects[{project}].highlights[{i}]")
            }
            Place::Certification(i) => write!(f, "certifications[{i}].name"),
            Place::Degree(e) => write!(f, "education[{e}].degree"),
            Place::EducationHighlight { entry, i } => {
                write!(f, "education[{entry}].highlights[{i}]")
            }
            Place::Strength(i) => write!(f, "strengths[{i}]"),
            Place::Skill(i) => write!(f, "skills[{i}]"),
            Place::SkillNote(i) => write!(f, "skills[{i}].note"),
            Place::Language(i) => write!(f, "languages[{i}]"),
            Place::RoleDescription(r) => write!(f, "experience[{r}].description"),
            Place::Award(i) => write!(f, "awards[{i}]"),
            Place::Publication(i) => write!(f, "publications[{i}]"),
            Place::Volunteering(i) => write!(f, "volunteering[{i}]"),
            Place::VolunteeringHighlight { entry, i } => {
                write!(f, "volunteering[{entry}].highlights[{i}]")
            }
        }
    }
}

impl Serialize for Place {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Where a job asks for a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum JobPlace {
    /// `requirements[i]`
    Requirement(usize),
    /// `summary`
    Summary,
    /// `responsibilities[i]`
    Responsibility(usize),
    /// `description`
    Description,
}

impl fmt::Display for JobPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            JobPlace::Requirement(i) => write!(f, "requirements[{i}]"),
            JobPlace::Summary => f.write_str("summary"),
            JobPlace::Responsibility(i) => write!(f, "responsibilities[{i}]"),
            JobPlace::Description => f.write_str("description"),
        }
    }
}

impl Serialize for JobPlace {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_print_as_the_json_contract_says() {
        let cases = [
            (Place::Headline, "headline"),
            (Place::Summary, "summary"),
            (Place::Title { role: 1 }, "experience[1].title"),
            (
                Place::Highlight { role: 0, i: 2 },
                "experience[0].highlights[2]",
            ),
            (Place::Project(3), "projects[3]"),
            (Place::ProjectName(3), "projects[3].name"),
            (Place::ProjectDescription(0), "projects[0].description"),
            (
                Place::ProjectHighlight { project: 0, i: 1 },
                "projects[0].highlights[1]",
            ),
            (Place::Certification(0), "certifications[0].name"),
            (Place::Degree(1), "education[1].degree"),
            (
                Place::EducationHighlight { entry: 1, i: 0 },
                "education[1].highlights[0]",
            ),
            (Place::Strength(4), "strengths[4]"),
            (Place::Skill(15), "skills[15]"),
            (Place::SkillNote(15), "skills[15].note"),
            (Place::RoleDescription(1), "experience[1].description"),
            (Place::Award(0), "awards[0]"),
            (Place::Publication(2), "publications[2]"),
            (Place::Volunteering(1), "volunteering[1]"),
            (
                Place::VolunteeringHighlight { entry: 1, i: 0 },
                "volunteering[1].highlights[0]",
            ),
        ];
        for (place, text) in cases {
            assert_eq!(place.to_string(), text);
            assert_eq!(
                serde_json::to_string(&place).unwrap(),
                format!("\"{text}\"")
            );
        }
        assert_eq!(JobPlace::Requirement(2).to_string(), "requirements[2]");
        assert_eq!(
            JobPlace::Responsibility(0).to_string(),
            "responsibilities[0]"
        );
        assert_eq!(JobPlace::Description.to_string(), "description");
    }

    #[test]
    fn a_project_line_stands_for_its_project() {
        assert_eq!(Place::ProjectDescription(2).entry(), Place::Project(2));
        assert_eq!(Place::ProjectName(2).entry(), Place::Project(2));
        let h = Place::ProjectHighlight { project: 2, i: 0 };
        assert_eq!(h.entry(), h);
        assert!(h.is_achievement() && !Place::SkillNote(0).is_achievement());
    }
}
