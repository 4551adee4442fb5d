//! From what the user wrote to what it shows: skill names resolved, evidence lines found.
//!
//! Owns resolving every skill name in a profile or job through the taxonomy (with "did you
//! mean" warnings for unknown names, which are then kept as custom skills), checking values
//! YAML types cannot, and turning a profile into evidence lines, each with the skills it shows
//! and its `Place`. The only step that turns strings into `SkillId`s. It must not judge fit;
//! that is the matcher's job.

mod checks;
mod evidence;
mod facts;
mod glyphs;
mod job;
mod lengths;
mod resolve;
mod values;

pub use checks::{check_future, check_job, check_profile};
pub use evidence::profile_facts;
pub use facts::{Claim, JobFacts, Line, LineKind, ProfileFacts, Req};
pub use glyphs::{check_glyphs, PdfText};
pub use job::{job_facts, job_facts_of_ids};
pub use resolve::{field_path, resolve};
