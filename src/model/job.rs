//! The job posting as a structured YAML file (free-text postings are turned into this by `extract`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Job {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seniority: Option<Seniority>,
    /// Minimum years of professional experience asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_years: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default)]
    pub requirements: Vec<Requirement>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<String>,
    /// Free text, scanned for further skills (counted as `unspecified` importance).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// What the company says it is for (shown in the interview-prep pack, never scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mission: Option<String>,
    /// The company's stated values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    /// Facts about the company (size, markets, products), as the job file states them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<String>,
    /// What the company says about its technology (scale, stack, engineering culture).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tech_highlights: Vec<String>,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    Serialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Seniority {
    Intern,
    Junior,
    Mid,
    Senior,
    Staff,
    Principal,
    Lead,
}

impl Seniority {
    /// Typical years of experience for the level, used when the posting gives no minimum.
    pub fn typical_years(self) -> f32 {
        match self {
            Seniority::Intern => 0.0,
            Seniority::Junior => 0.0,
            Seniority::Mid => 2.0,
            Seniority::Senior => 5.0,
            Seniority::Staff | Seniority::Lead => 7.0,
            Seniority::Principal => 10.0,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Seniority::Intern => "intern",
            Seniority::Junior => "junior",
            Seniority::Mid => "mid",
            Seniority::Senior => "senior",
            Seniority::Staff => "staff",
            Seniority::Principal => "principal",
            Seniority::Lead => "lead",
        }
    }
}

/// How much a requirement matters.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    Serialize,
    Default,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Importance {
    #[default]
    Required,
    Preferred,
    /// Mentioned in the posting's free text, not listed as a requirement.
    Unspecified,
}

impl Importance {
    pub fn as_str(self) -> &'static str {
        match self {
            Importance::Required => "required",
            Importance::Preferred => "preferred",
            Importance::Unspecified => "unspecified",
        }
    }
}

/// One requirement: a single skill, or any one of a group (`AWS/GCP`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub any_of: Vec<String>,
    #[serde(default)]
    pub importance: Importance,
    /// Minimum level asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<super::Level>,
    /// Minimum years with this skill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<f32>,
    /// Free-text note shown in the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Requirement {
    /// The skill names this requirement accepts.
    pub fn names(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.skill.iter().map(String::as_str).collect();
        v.extend(self.any_of.iter().map(String::as_str));
        v
    }
}
