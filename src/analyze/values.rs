//! Every string value of a profile or a job, as serialized, with its path: the walk behind the
//! checks of text fields (lengths, glyphs). Owns the walk and turning its path into a `Seg`
//! path; it must not judge values.

use crate::locate::Seg;
use serde_json::Value;

/// One step of a path into a serialized document.
#[derive(Clone)]
pub(super) enum Step {
    Key(String),
    Index(usize),
}

/// Calls `f` with the path and text of every string value in `v`, in document order.
pub(super) fn each_string(v: &Value, f: &mut impl FnMut(&[Step], &str)) {
    walk(v, &mut Vec::new(), f);
}

fn walk(v: &Value, path: &mut Vec<Step>, f: &mut impl FnMut(&[Step], &str)) {
    match v {
        Value::String(s) => f(path, s),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Step::Index(i));
                walk(item, path, f);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                path.push(Step::Key(k.clone()));
                walk(item, path, f);
                path.pop();
            }
        }
        _ => {}
    }
}

/// The field a path ends in: its last key (`highlights` for `experience[0].highlights[2]`).
pub(super) fn field(path: &[Step]) -> Option<&str> {
    path.iter().rev().find_map(|s| match s {
        Step::Key(k) => Some(k.as_str()),
        Step::Index(_) => None,
    })
}

/// The place of a value in the file: a line written as a plain string serializes as
/// `{text: …}`, so its `text` step is dropped to point at the item.
pub(super) fn segs(path: &[Step]) -> Vec<Seg<'_>> {
    let path = match path.last() {
        Some(Step::Key(k)) if k == "text" => &path[..path.len() - 1],
        _ => path,
    };
    path.iter()
        .map(|p| match p {
            Step::Key(k) => Seg::Key(k),
            Step::Index(i) => Seg::Index(*i),
        })
        .collect()
}
