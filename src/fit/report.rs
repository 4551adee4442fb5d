//! The fit report: everything `jobfit match` says, as one serialisable value.
//!
//! Owns the report's shape only: its `Serialize` is the documented JSON contract. Building it is
//! `fit::build`'s job, wording the themes `fit::narrative`'s. Names are resolved before they get
//! here, so renderers never need the taxonomy; the ids kept beside them (`#[serde(skip)]`) let
//! later stages reason in types.

use crate::fit::matcher::Verdict;
use crate::fit::reason::Reason;
use crate::fit::score::ExperienceCheck;
use crate::model::{Importance, JobPlace, Place};
use crate::skills::taxonomy::{Category, Kind, SkillId};
use serde::Serialize;

/// A byte range of a profile line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceItem {
    /// The profile line, verbatim.
    pub text: String,
    /// Where it is in the profile, e.g. `experience[0].highlights[2]`.
    pub source: Place,
    /// The words of `text` that name the skill (bytes), when the line names it (a line that
    /// shows a skill only by an explicit tag has none).
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    pub matched: Option<Span>,
    /// The skill the line names, when it is not the requirement's own (`EKS` for Kubernetes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
}

impl EvidenceItem {
    /// The line as (before, the matched words, after); all of it before when nothing matched.
    pub fn parts(&self) -> (&str, &str, &str) {
        match self.matched {
            Some(Span { start, end })
                if start <= end
                    && end <= self.text.len()
                    && self.text.is_char_boundary(start)
                    && self.text.is_char_boundary(end) =>
            {
                (
                    &self.text[..start],
                    &self.text[start..end],
                    &self.text[end..],
                )
            }
            _ => (&self.text, "", ""),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementReport {
    /// Canonical skill name (the alternative that matched best).
    pub skill: String,
    /// The same skill's id.
    #[serde(skip)]
    pub skill_id: SkillId,
    /// All alternatives of an "any of" requirement.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub any_of: Vec<String>,
    pub kind: Kind,
    pub category: Category,
    pub importance: Importance,
    pub verdict: Verdict,
    pub evidence: Vec<EvidenceItem>,
    /// Why partial, or how it was shown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Reason<String>>,
    pub claimed_without_evidence: bool,
    pub weight: f32,
    pub credit: f32,
    /// weight × credit.
    pub points: f32,
    /// Where the posting asks for it: `requirements[3]` or `description`.
    pub source: JobPlace,
}

/// The themes of the narrative, in the order they are told (the seed's): technical alignment,
/// a skill being learned, architecture, cloud & DevOps, leadership; `LittleOverlap` stands
/// alone when nothing is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ThemeKind {
    /// A weak fit's opening: where the candidate fits and where not.
    Balance,
    Technical,
    Growing,
    Architecture,
    CloudDevops,
    Leadership,
    LittleOverlap,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Theme {
    /// Which theme this is (the order themes are told in).
    #[serde(skip)]
    pub kind: ThemeKind,
    pub title: String,
    pub text: String,
    pub evidence: Vec<EvidenceItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewItem {
    pub skill: String,
    pub kind: Kind,
    pub category: Category,
    pub importance: Importance,
    pub verdict: Verdict,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FitReport {
    pub candidate: String,
    pub job_title: String,
    pub company: Option<String>,
    /// 0–100: Σ(weight × credit) / Σ weight.
    pub score: f32,
    /// The posting lists no requirements that count (none found in a text posting): every
    /// skill is from its text, and the score says less.
    pub low_confidence: bool,
    pub matched: Vec<String>,
    pub partial: Vec<String>,
    pub missing: Vec<String>,
    pub requirements: Vec<RequirementReport>,
    pub experience: Option<ExperienceCheck>,
    pub narrative: Vec<Theme>,
    /// Concepts to review before the interview: gaps and partials, most important first.
    pub review: Vec<ReviewItem>,
    /// Skills the profile lists that no profile line shows.
    pub claimed_without_evidence: Vec<String>,
    /// Spoken languages the posting asks for, not judged and not scored: the profile says
    /// nothing of spoken languages (no `languages`, no line naming one).
    pub unstated_languages: Vec<String>,
    pub earned: f32,
    pub possible: f32,
}

impl FitReport {
    /// Counts of (met, partial, missing) among the scored requirements of an importance.
    pub fn counts(&self, importance: Importance) -> (usize, usize, usize) {
        let mut c = (0, 0, 0);
        for r in self
            .requirements
            .iter()
            .filter(|r| r.importance == importance && r.kind.is_scored())
        {
            match r.verdict {
                Verdict::Met => c.0 += 1,
                Verdict::Partial => c.1 += 1,
                Verdict::Missing => c.2 += 1,
            }
        }
        c
    }

    /// The requirement rows in the groups a report shows them: required, preferred, named only
    /// in the posting's text (all scored), then soft skills and domains (shown, not scored).
    /// Empty groups are left out.
    pub fn sections(&self) -> Vec<(&'static str, Vec<&RequirementReport>)> {
        let scored = |imp: Importance| -> Vec<&RequirementReport> {
            self.requirements
                .iter()
                .filter(|q| q.importance == imp && q.kind.is_scored())
                .collect()
        };
        let unscored: Vec<&RequirementReport> = self
            .requirements
            .iter()
            .filter(|q| !q.kind.is_scored())
            .collect();
        [
            ("Required", scored(Importance::Required)),
            ("Preferred", scored(Importance::Preferred)),
            ("Also in the posting", scored(Importance::Unspecified)),
            ("Soft skills and domains (not scored)", unscored),
        ]
        .into_iter()
        .filter(|(_, rows)| !rows.is_empty())
        .collect()
    }

    /// The narrative's heading: a weak fit's story says where it fits and where not.
    pub fn narrative_heading(&self) -> &'static str {
        if self
            .narrative
            .first()
            .is_some_and(|t| matches!(t.kind, ThemeKind::Balance | ThemeKind::LittleOverlap))
        {
            "Where this job fits and where it does not"
        } else {
            "Why this job is a fit"
        }
    }

    /// `Senior Go Developer at Booking.com`.
    pub fn job_label(&self) -> String {
        match &self.company {
            Some(c) => format!("{} at {}", self.job_title, c),
            None => self.job_title.clone(),
        }
    }
}
