//! Fit: facts in, judgement out. The matcher judges each requirement (met, partial, missing,
//! with the profile lines that prove it and typed reasons), `score` owns every number that
//! moves the score, `report` is the report's shape (the JSON contract), `build` assembles it and
//! `narrative` writes the "why this job is a fit" themes from its rows.

pub mod matcher;
pub mod reason;
pub mod score;
pub mod report;
pub mod narrative;
pub mod build;

pub use build::build;
pub use report::{EvidenceItem, FitReport, RequirementReport, ReviewItem, Theme, ThemeKind};
