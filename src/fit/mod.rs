//! Fit: facts in, judgement out. The matcher judges each requirement (met, partial, missing,
//! with the profile lines that prove it), `score` owns every number that moves the score,
//! `report` is the report's shape (the JSON contract) and its assembly, and `narrative` writes
//! the "why this job is a fit" themes from a report.

pub mod matcher;
pub mod narrative;
pub mod report;
pub mod score;

pub use report::*;
