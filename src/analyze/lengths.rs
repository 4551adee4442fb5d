//! Values too long to be what their field says: a 1 MB `name` is not a name, and laying it out
//! on a PDF page costs seconds and hundreds of megabytes. Owns the length limits of text fields
//! and their positioned errors; it must not change values (refused, never cut).

use super::values::{each_string, field, segs, Step};
use crate::diagnostic::{Diagnostic, Severity};
use crate::locate;
use crate::source::Source;
use serde::Serialize;

/// A line of a resume or a posting (a highlight, a summary, a requirement's note).
pub const LINE: usize = 5_000;

/// Fields printed as one line on the page: a name, a headline, a title, a company.
const SHORT: &[(&str, usize)] = &[
    ("name", 300),
    ("headline", 500),
    ("title", 300),
    ("company", 300),
    ("institution", 300),
    ("degree", 300),
    ("location", 300),
    ("email", 300),
    ("phone", 100),
    ("organization", 300),
    ("role", 300),
    ("issuer", 300),
    ("publisher", 300),
];

/// An error for every string value of `doc` (a profile or a job, as serialized) longer than its
/// field allows, at its place in `source`.
pub fn check<T: Serialize>(doc: &T, source: &Source) -> Vec<Diagnostic> {
    let Ok(v) = serde_json::to_value(doc) else {
        return Vec::new();
    };
    let mut diags = Vec::new();
    each_string(&v, &mut |path, s| {
        let key = field(path);
        let max = SHORT
            .iter()
            .find(|(k, _)| Some(*k) == key)
            .map_or(LINE, |&(_, m)| m);
        // Bytes bound chars from above: count only when the bytes could be too many.
        if s.len() <= max {
            return;
        }
        let chars = s.chars().count();
        if chars <= max {
            return;
        }
        let name = match path.last() {
            Some(Step::Key(k)) if k == "text" => field(&path[..path.len() - 1]),
            _ => key,
        };
        diags.push(
            locate::diagnostic_at(
                source,
                &segs(path),
                None,
                Severity::Error,
                format!(
                    "`{}` is {chars} characters long; at most {max} fit here",
                    name.unwrap_or("value")
                ),
            )
            .with_help(if max == LINE {
                "split it into several lines (a list), each one point"
            } else {
                "shorten it: it is printed on one line of the page"
            }),
        );
    });
    diags
}
