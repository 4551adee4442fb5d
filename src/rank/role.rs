//! The kind of job a title names (data, backend, mobile …) and whether the candidate has held
//! one of that kind.
//!
//! Skills tell what a posting asks; the title tells what the job is. A data engineer who knows
//! SQL and Docker meets much of a .NET posting that mentions ETL, but it is not his kind of job.
//! Owns the role families and their title words, the candidate's families (from the headline
//! and the titles held), the family a posting's skills are mostly about (for a title that
//! names none: "Software Developer", "Principal Engineer") and a posting's fit with them. It
//! must not read text beyond titles.

use crate::model::Profile;
use crate::skills::taxonomy::{Category, Kind, SkillId, Taxonomy};

/// Title words of each family, lowercase, matched inside ` title ` (so `java ` is not
/// `javascript`). A title may name several families ("Full-Stack .NET Developer").
const FAMILIES: &[(&str, &[&str])] = &[
    (
        "data",
        &[
            "data engineer",
            "data ops",
            "dataops",
            "etl",
            "data warehouse",
            "bi developer",
            "business intelligence",
            "analytics engineer",
            "big data",
            "data platform",
        ],
    ),
    (
        "analytics",
        &[
            "data analyst",
            "data analysis",
            "business analyst",
            "bi analyst",
            "analytics",
        ],
    ),
    (
        "ml",
        &[
            "machine learning",
            "ml engineer",
            "data scientist",
            "data science",
            "ai engineer",
            "deep learning",
            "nlp",
            "computer vision",
        ],
    ),
    (
        "backend",
        &[
            "backend",
            "back-end",
            "back end",
            "go developer",
            "go engineer",
            "golang",
            "node.js",
            "php",
            "ruby",
            "rails",
        ],
    ),
    (
        "frontend",
        &[
            "frontend",
            "front-end",
            "front end",
            "web developer",
            "ui developer",
            "ui engineer",
        ],
    ),
    ("fullstack", &["full stack", "full-stack", "fullstack"]),
    (
        "devops",
        &[
            "devops",
            "sre",
            "site reliability",
            "platform engineer",
            "infrastructure",
            "cloud engineer",
            "system administrator",
            "sysadmin",
            "reliability",
        ],
    ),
    ("mobile", &["mobile", "ios", "android"]),
    ("dotnet", &[".net", "c#"]),
    ("java", &["java "]),
    ("qa", &["qa ", "test", "quality assurance", "sdet"]),
    ("security", &["security"]),
    ("embedded", &["embedded", "firmware"]),
];

/// The families a title names, as a bit set over `FAMILIES`.
fn families(title: &str) -> u32 {
    let t = format!(" {} ", title.to_lowercase());
    FAMILIES
        .iter()
        .enumerate()
        .filter(|(_, (_, words))| words.iter().any(|w| t.contains(w)))
        .fold(0, |set, (i, _)| set | (1 << i))
}

/// The bit of the family named `name` in a set over `FAMILIES`.
fn bit(name: &str) -> u32 {
    FAMILIES
        .iter()
        .position(|(n, _)| *n == name)
        .map_or(0, |i| 1 << i)
}

/// The families whose work a category's skills are: data and ML tools (one category holds
/// both), frontend, mobile, DevOps (with observability), testing and security. Languages,
/// frameworks, databases, clouds and CI/CD (Jenkins, GitLab CI: every developer's pipeline)
/// are every family's.
fn category_families(c: Category) -> u32 {
    match c {
        Category::DataMl => bit("data") | bit("ml"),
        Category::Frontend => bit("frontend"),
        Category::Mobile => bit("mobile"),
        Category::Devops | Category::Observability => bit("devops"),
        Category::Testing => bit("qa"),
        Category::Security => bit("security"),
        _ => 0,
    }
}

/// A posting's skills should name at least this many of one family to say what it is about.
const MIN_FAMILY_SKILLS: usize = 2;

/// The families of the jobs the candidate has held or heads the profile with; for a posting,
/// the family its skills are mostly about (`of_skills`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Roles(u32);

impl Roles {
    pub fn of(profile: &Profile) -> Roles {
        let titles = profile
            .headline
            .iter()
            .chain(profile.experience.iter().map(|e| &e.title));
        Roles(titles.fold(0, |set, t| set | families(t)))
    }

    /// What a posting's skills (technologies and concepts, each counted once) are mostly
    /// about: the family of the categories most of them are in, when it is strictly ahead of
    /// every other and holds at least `MIN_FAMILY_SKILLS` of them; none otherwise.
    pub fn of_skills(tax: &Taxonomy, skills: &[SkillId]) -> Roles {
        let mut ids: Vec<SkillId> = skills
            .iter()
            .copied()
            .filter(|&s| matches!(tax.skill(s).kind, Kind::Technology | Kind::Concept))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        // (families, how many skills) per group of categories, in first-seen order.
        let mut counts: Vec<(u32, usize)> = Vec::new();
        for s in ids {
            let f = category_families(tax.skill(s).category);
            if f == 0 {
                continue;
            }
            match counts.iter_mut().find(|(g, _)| *g == f) {
                Some((_, n)) => *n += 1,
                None => counts.push((f, 1)),
            }
        }
        counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
        match counts[..] {
            [(f, n), ..] if n >= MIN_FAMILY_SKILLS && counts.get(1).is_none_or(|c| c.1 < n) => {
                Roles(f)
            }
            _ => Roles(0),
        }
    }

    /// 1 when the posting's title names a family the candidate has held, 0 when it names only
    /// others, ½ when it names none ("Software Developer") or the profile has none. A title
    /// that names none is 1 when the posting's skills are mostly about a family the candidate
    /// has held (`asked`, from `of_skills`): a "Software Developer" asking for Spark, Kafka
    /// and Airflow is a data job.
    pub fn fit(self, title: &str, asked: Roles) -> f32 {
        let f = families(title);
        if self.0 == 0 {
            0.5
        } else if f == 0 {
            if asked.0 & self.0 != 0 {
                1.0
            } else {
                0.5
            }
        } else if f & self.0 != 0 {
            1.0
        } else {
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_naming_no_family_is_told_by_what_the_skills_are_about() {
        let tax = Taxonomy::builtin();
        let ids = |names: &[&str]| -> Vec<SkillId> {
            names.iter().map(|n| tax.resolve(n).unwrap()).collect()
        };
        let data = Roles(families("Data Engineer"));
        let spark = Roles::of_skills(&tax, &ids(&["Spark", "Kafka", "Airflow", "Java", "AWS"]));
        assert_eq!(data.fit("Software Developer", spark), 1.0);
        // The title wins when it names a family.
        assert_eq!(data.fit("Senior .NET SW Engineer", spark), 0.0);
        // A tie, or a single skill, says nothing; languages, clouds and CI/CD are every
        // family's.
        let ci = Roles::of_skills(
            &tax,
            &ids(&["Jenkins", "GitLab CI", "CI/CD", "React", "CSS"]),
        );
        assert_eq!(
            Roles(families("Frontend Developer")).fit("Developer", ci),
            1.0
        );
        let tie = Roles::of_skills(&tax, &ids(&["Spark", "Airflow", "React", "CSS"]));
        assert_eq!(tie, Roles(0));
        assert_eq!(
            Roles::of_skills(&tax, &ids(&["Spark", "Java", "AWS"])),
            Roles(0)
        );
        let front = Roles::of_skills(&tax, &ids(&["React", "CSS", "Spark", "SQL", "Go"]));
        assert_eq!(data.fit("Software Developer", front), 0.5);
        // Each skill counts once, alternatives and repeats alike.
        let twice = Roles::of_skills(&tax, &ids(&["Spark", "Spark", "React"]));
        assert_eq!(twice, Roles(0));
    }

    #[test]
    fn a_title_names_its_families_by_whole_words() {
        let data = Roles(families("Senior Data Engineer") | families("BI Developer"));
        assert_eq!(data.fit("Data Ops Engineer", Roles(0)), 1.0);
        assert_eq!(data.fit("Senior .NET SW Engineer", Roles(0)), 0.0);
        assert_eq!(data.fit("Software Developer", Roles(0)), 0.5);
        // Analysing data is another job than engineering its pipelines.
        assert_eq!(
            data.fit("Bioinformatician - COVID Data Analysis", Roles(0)),
            0.0
        );
        assert_eq!(data.fit("Analytics Engineer", Roles(0)), 1.0);
        // `java ` is not JavaScript; a title may name two families.
        let java = Roles(families("Java Developer"));
        assert_eq!(java.fit("JavaScript Engineer", Roles(0)), 0.5);
        assert_eq!(java.fit("Full-Stack Java Developer", Roles(0)), 1.0);
        assert_eq!(Roles(0).fit("Backend Engineer", Roles(0)), 0.5);
    }
}
