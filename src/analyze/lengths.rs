//! Values too long to be what their field says: a 1 MB `name` is not a name, and laying it out
//! on a PDF page costs seconds and hundreds of megabytes. Owns the length limits of text fields
//! and their positioned errors; it must not change values (refused, never cut).

use crate::diagnostic::{Diagnostic, Severity};
use crate::locate::{self, Seg};
use crate::source::Source;
use serde::Serialize;
use serde_json::Value;

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
    let mut long = Vec::new();
    walk(&v, &mut Vec::new(), &mut long);
    long.into_iter()
        .map(|(mut path, chars, max)| {
            // A line written as a plain string serializes as `{text: …}`: point at the item.
            if matches!(path.last(), Some(Step::Key(k)) if k == "text") {
                path.pop();
            }
            let segs: Vec<Seg> = path
                .iter()
                .map(|p| match p {
                    Step::Key(k) => Seg::Key(k),
                    Step::Index(i) => Seg::Index(*i),
                })
                .collect();
            let field = path
                .iter()
                .rev()
                .find_map(|s| match s {
                    Step::Key(k) => Some(k.as_str()),
                    Step::Index(_) => None,
                })
                .unwrap_or("value");
            locate::diagnostic_at(
                source,
                &segs,
                None,
                Severity::Error,
                format!("`{field}` is {chars} characters long; at most {max} fit here"),
            )
            .with_help(if max == LINE {
                "split it into several lines (a list), each one point"
            } else {
                "shorten it: it is printed on one line of the page"
            })
        })
        .collect()
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn walk(v: &Value, path: &mut Vec<Step>, out: &mut Vec<(Vec<Step>, usize, usize)>) {
    match v {
        Value::String(s) => {
            let key = path.iter().rev().find_map(|s| match s {
                Step::Key(k) => Some(k.as_str()),
                Step::Index(_) => None,
            });
            let max = SHORT
                .iter()
                .find(|(k, _)| Some(*k) == key)
                .map_or(LINE, |&(_, m)| m);
            // Bytes bound chars from above: count only when the bytes could be too many.
            if s.len() > max {
                let chars = s.chars().count();
                if chars > max {
                    out.push((path.clone(), chars, max));
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Step::Index(i));
                walk(item, path, out);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                path.push(Step::Key(k.clone()));
                walk(item, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}
