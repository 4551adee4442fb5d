//! Every parse problem of a YAML file in one run, not only the first.
//!
//! Owns the loop `check` runs: parse; on an error at a line, report it, mask that line and what
//! is nested under it (`mask`), parse again, until the text parses or a limit is reached
//! ([`MAX_PROBLEMS`] problems, or [`PARSE_BUDGET`] bytes parsed in all, so that a large file
//! with many mistakes costs a few parses, not hundreds). An error that only follows from an
//! earlier mask (a map left empty, a required key masked away) is not reported again. The value
//! comes back with the masked text it was parsed from, so that later checks locate their paths
//! in the same shape. It must not judge the value (the caller runs the semantic checks).

use super::mask::{self, Masked};
use super::yaml;
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Source;
use serde::de::DeserializeOwned;

/// At most this many parse problems are reported for one file.
pub const MAX_PROBLEMS: usize = 100;

/// Bytes parsed in all for one file, at most (at least two parses are always allowed).
pub const PARSE_BUDGET: usize = 16 << 20;

/// What parsing a file found: the value (parsed from `masked`, the text with every problem
/// masked out) when the file could be read past its problems, and the problems in file order.
#[derive(Debug)]
pub struct Collected<T> {
    pub value: Option<(T, Source)>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parse `source` as `T`, collecting every problem (see the module doc).
pub fn collect<T: DeserializeOwned>(source: &Source) -> Collected<T> {
    // A refused text is not parsed at all, masked or not.
    if let Err(d) = yaml::guarded(source) {
        return Collected {
            value: None,
            diagnostics: vec![*d],
        };
    }
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let mut masks: Vec<Masked> = Vec::new();
    let mut text = source.text.clone();
    let mut spent = 0usize;
    let mut parses = 0usize;
    let mut shifted = false;
    let mut last: Option<(String, Option<String>)> = None;
    let mut renames: Vec<(usize, String)> = Vec::new();
    let value = loop {
        let current = Source {
            path: source.path.clone(),
            text,
            offset: source.offset,
            line_starts: Default::default(),
        };
        spent += current.text.len();
        parses += 1;
        let d = match yaml::parse_guarded::<T>(&current) {
            Ok(v) => break Some((v, current)),
            Err(d) => *d,
        };
        let (mut line, d_column, d_width) = (d.line, d.column, d.width);
        // A key renamed as its hint said that was there already: the renamed line goes.
        let renamed = renames
            .iter()
            .find(|(_, fix)| d.message == format!("duplicate field `{fix}`"))
            .map(|(l, _)| *l);
        if let Some(l) = renamed {
            line = l;
        }
        // The same message at the same path again: the map it is about is still there.
        let repeat = last.as_ref() == Some(&(d.message.clone(), d.help.clone()));
        let follows = repeat
            || renamed.is_some()
            || !masks.is_empty() && {
                let end = block_end(&current, line);
                masks.iter().any(|m| m.line >= line && m.line <= end)
            };
        // A missing field is the fault of the whole map (a list item) it is missing from; at the
        // top level nothing can be masked and parsing stops there.
        let missing = d.message.starts_with("missing field");
        let top = current
            .line(line)
            .is_some_and(|l| !l.starts_with([' ', '-']));
        last = Some((d.message.clone(), d.help.clone()));
        let fix = suggested_fix(&d);
        if !follows {
            let mut d = with_original_line(d, source);
            if shifted {
                d.help = d.help.map(without_path).filter(|h| !h.is_empty());
            }
            diagnostics.push(d);
        }
        let over = diagnostics.len() >= MAX_PROBLEMS
            || (parses >= 2 && spent + current.text.len() > PARSE_BUDGET);
        let next = if over || line == 0 || (missing && top) {
            None
        } else if let (false, Some(fix)) = (follows, fix) {
            renames.push((line, fix.clone()));
            mask::replace(&current.text, line, d_column, d_width, &fix)
        } else {
            // A whole list item masked away moves the indices of the items after it.
            shifted |= follows || missing;
            mask::mask(&current.text, line, follows || missing)
        };
        match next {
            Some((t, m)) => {
                masks.push(m);
                text = t;
            }
            None => {
                if over {
                    diagnostics.push(stopped(source, diagnostics.len()));
                }
                break None;
            }
        }
    };
    sort(&mut diagnostics);
    Collected { value, diagnostics }
}

/// The last line of the block that starts at 1-based `line`: the lines indented deeper, and the
/// items of a list written at the key's own indentation.
fn block_end(source: &Source, line: usize) -> usize {
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let Some(first) = source.line(line) else {
        return line;
    };
    let own = indent(first);
    let is_item = |l: &str| l.trim_start().starts_with("- ") || l.trim() == "-";
    let mut last = line;
    let mut n = line + 1;
    while let Some(l) = source.line(n) {
        let t = l.trim_start();
        if !(t.is_empty() || t.starts_with('#')) {
            let deeper = indent(l) > own || (indent(l) == own && is_item(l) && !is_item(first));
            if !deeper {
                break;
            }
            last = n;
        }
        n += 1;
    }
    last
}

/// The fix a problem's hint names, to put in place of its underlined text: `did you mean `X`?`
/// (a field or value name), `write `X`` (a date).
fn suggested_fix(d: &Diagnostic) -> Option<String> {
    let help = d.help.as_deref()?;
    let rest = help
        .strip_prefix("did you mean `")
        .or_else(|| help.strip_prefix("write `"))?;
    let (fix, _) = rest.split_once('`')?;
    (!fix.is_empty() && !fix.contains(['\n', ':'])).then(|| fix.to_string())
}

/// A hint without the `(in `path`)` it ends with (a path that may be off after a mask).
fn without_path(help: String) -> String {
    match help
        .rfind(" (in `")
        .or_else(|| help.starts_with("in `").then_some(0))
    {
        Some(i) if help.ends_with("`)") || help.ends_with('`') => help[..i].to_string(),
        _ => help,
    }
}

/// A problem found in the masked text shows the line as the user wrote it.
fn with_original_line(mut d: Diagnostic, source: &Source) -> Diagnostic {
    if d.line > 0 {
        d.snippet = source.line(d.line).map(str::to_string);
    }
    d
}

fn stopped(source: &Source, n: usize) -> Diagnostic {
    Diagnostic::in_file(
        Severity::Error,
        source,
        format!("stopped after {n} problems; there may be more"),
    )
    .with_help("fix these and run `jobfit check` again")
}

/// File order: by line and column; problems of the whole file last.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by_key(|d| (d.line == 0, d.line, d.column));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Profile;

    fn problems(text: &str) -> Vec<(usize, String)> {
        let c = collect::<Profile>(&Source::new("p.yaml", text));
        c.diagnostics
            .iter()
            .map(|d| (d.line, d.message.clone()))
            .collect()
    }

    #[test]
    fn each_mistake_is_reported_once_and_the_rest_still_read() {
        let text = "name: A\nskills:\n  - name: Go\n    levl: strong\n  - nme: Rust\nexperience:\n  - title: X\n    start: 2020-01\n";
        let got = problems(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].1.starts_with("unknown field `levl`"));
        assert!(got[1].1.starts_with("unknown field `nme`"));
        // The missing `company` masks its role; nothing after it follows from the mask.
        assert_eq!(got[2], (7, "missing field `company`".to_string()));
    }

    #[test]
    fn a_key_renamed_to_one_that_is_there_already_is_not_a_second_problem() {
        let got = problems("name: A\nnme: B\n");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.starts_with("unknown field `nme`"));
    }

    #[test]
    fn a_refused_text_is_not_parsed_again() {
        let got = problems(&format!("name: {}\nnme: x\n", "[".repeat(200)));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.contains("nest more than"));
    }

    #[test]
    fn problems_stop_at_the_limit_saying_so() {
        let mut text = String::from("name: A\n");
        for i in 0..150 {
            text.push_str(&format!("x{i}: 1\n"));
        }
        let got = problems(&text);
        assert_eq!(got.len(), MAX_PROBLEMS + 1);
        assert_eq!(
            got[MAX_PROBLEMS].1,
            "stopped after 100 problems; there may be more"
        );
    }
}
