//! The typed input model: a candidate profile and a job posting, exactly as the user wrote them.
//!
//! These are plain serde structs with `deny_unknown_fields`. They know nothing about skills,
//! matching or rendering; resolving names to skills is the analyzer's job.

pub mod contact;
pub mod date;
pub mod design;
pub mod job;
pub mod place;
pub mod profile;
pub mod schema;
pub mod sections;

pub use date::{Date, YearMonth};
pub use job::{Importance, Job, Requirement};
pub use place::{JobPlace, Place};
pub use profile::{Highlight, Level, Profile};
