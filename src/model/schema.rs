//! The JSON Schemas of the profile and job files, derived from the types (schemars), for
//! editors (`# yaml-language-server: $schema=…`). Published in `schema/`.

use super::{Job, Profile};

/// The schema of a job file (`job`) or a profile, as pretty JSON ending in a newline.
pub fn json(job: bool) -> String {
    let schema = if job {
        schemars::schema_for!(Job)
    } else {
        schemars::schema_for!(Profile)
    };
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}
