//! The kind of job a title names (data, backend, mobile …) and whether the candidate has held
//! one of that kind.
//!
//! Skills tell what a posting asks; the title tells what the job is. A data engineer who knows
//! SQL and Docker meets much of a .NET posting that mentions ETL, but it is not his kind of job.
//! Owns the role families and their title words, the candidate's families (from the headline
//! and the titles held) and a posting title's fit with them. It must not read skills or text
//! beyond titles.

use crate::model::Profile;

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

/// The families of the jobs the candidate has held or heads the profile with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Roles(u32);

impl Roles {
    pub fn of(profile: &Profile) -> Roles {
        let titles = profile
            .headline
            .iter()
            .chain(profile.experience.iter().map(|e| &e.title));
        Roles(titles.fold(0, |set, t| set | families(t)))
    }

    /// 1 when the posting's title names a family the candidate has held, 0 when it names only
    /// others, ½ when it names none ("Software Developer") or the profile has none.
    pub fn fit(self, title: &str) -> f32 {
        let f = families(title);
        if f == 0 || self.0 == 0 {
            0.5
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
    fn a_title_names_its_families_by_whole_words() {
        let data = Roles(families("Senior Data Engineer") | families("BI Developer"));
        assert_eq!(data.fit("Data Ops Engineer"), 1.0);
        assert_eq!(data.fit("Senior .NET SW Engineer"), 0.0);
        assert_eq!(data.fit("Software Developer"), 0.5);
        // Analysing data is another job than engineering its pipelines.
        assert_eq!(data.fit("Bioinformatician - COVID Data Analysis"), 0.0);
        assert_eq!(data.fit("Analytics Engineer"), 1.0);
        // `java ` is not JavaScript; a title may name two families.
        let java = Roles(families("Java Developer"));
        assert_eq!(java.fit("JavaScript Engineer"), 0.5);
        assert_eq!(java.fit("Full-Stack Java Developer"), 1.0);
        assert_eq!(Roles(0).fit("Backend Engineer"), 0.5);
    }
}
