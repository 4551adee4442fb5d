//! JSON in, typed data out, with errors that point at the value: file:line:col, the line, a hint.
//!
//! Owns turning a `Source` into a serde type through serde_json, and every JSON error into a
//! `Diagnostic`: a syntax error where serde_json stopped; a value of the wrong type, an unknown
//! key or a missing one at the value (or object) its field path names, found in the text by
//! `crate::locate_json`; and problems found after parsing (`at_path`) the same way. It must not
//! know what a resume means: the caller gives the path, the message and the hint.

use crate::diagnostic::{Diagnostic, Severity};
use crate::locate_json::{self, Spot};
use crate::source::Source;
use serde::de::DeserializeOwned;
use serde_json::error::Category;

/// Parse a JSON source into `T`, or one diagnostic saying where and why it failed; `about` is the
/// help of an error with no better one (what the file is read as).
pub fn parse<T: DeserializeOwned>(source: &Source, about: &str) -> Result<T, Box<Diagnostic>> {
    let mut de = serde_json::Deserializer::from_str(&source.text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        Box::new(to_diagnostic(source, e.inner(), &path, about))
    })?;
    // Anything after the document (`{…} x`) is a syntax error.
    de.end()
        .map_err(|e| Box::new(to_diagnostic(source, &e, "", about)))?;
    Ok(value)
}

fn to_diagnostic(source: &Source, e: &serde_json::Error, path: &str, about: &str) -> Diagnostic {
    let full = e.to_string();
    // serde_json appends " at line N column M"; the place is shown by the diagnostic itself.
    let msg = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    };
    if e.classify() == Category::Data {
        let (message, help) = explain(&msg, path);
        if let Some(spot) = locate_json::locate(&source.text, &locate_json::parse_path(path)) {
            // An unknown key is the key's fault, not its value's.
            let (offset, width) = match spot.key {
                Some(key) if msg.starts_with("unknown field") => key,
                _ => (spot.offset, spot.width),
            };
            return Diagnostic::at_offset(Severity::Error, source, offset, message)
                .with_width(width)
                .with_help(help);
        }
    }
    let d = if e.line() == 0 {
        Diagnostic::in_file(Severity::Error, source, msg)
    } else {
        Diagnostic::at(Severity::Error, source, e.line(), e.column().max(1), msg)
    };
    d.with_help(about)
}

/// A diagnostic at the value `path` names (`work[1].startDate`), or at the object it would be in
/// when it is missing; `None` when the text has no such place (it is not JSON).
pub fn at_path(
    source: &Source,
    path: &str,
    message: impl Into<String>,
    severity: Severity,
) -> Option<Diagnostic> {
    let Spot { offset, width, .. } =
        locate_json::locate(&source.text, &locate_json::parse_path(path))?;
    Some(Diagnostic::at_offset(severity, source, offset, message).with_width(width))
}

/// The message (with the path in front) and the hint for a value serde rejected.
fn explain(msg: &str, path: &str) -> (String, String) {
    let field = path.rsplit(['.', '[']).next().unwrap_or(path);
    let key = if field.ends_with(']') {
        None
    } else {
        Some(field)
    };
    let message = match path {
        "" | "." => msg.to_string(),
        _ => format!("`{path}`: {msg}"),
    };
    let schema = "see https://jsonresume.org/schema";
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (unknown, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let options: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let help = match super::yaml::closest(unknown, &options) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!("remove `{unknown}`; jobfit writes only the keys listed here"),
        };
        return (message, help);
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let missing = rest.split('`').next().unwrap_or(rest);
        return (message, format!("add `\"{missing}\": …` to this object"));
    }
    let expected = msg.rsplit_once(", expected ").map(|(_, e)| e);
    let help = match expected {
        Some("a string") => match key {
            Some(k) => format!("JSON Resume has text here: `\"{k}\": \"…\"`; {schema}"),
            None => format!("JSON Resume has text here, in double quotes; {schema}"),
        },
        Some("a sequence") => match key {
            Some(k) => format!("JSON Resume has a list here: `\"{k}\": [ … ]`; {schema}"),
            None => format!("JSON Resume has a list here: `[ … ]`; {schema}"),
        },
        Some(e) if e == "a map" || e.starts_with("struct ") => match key {
            Some(k) => format!("JSON Resume has an object here: `\"{k}\": {{ … }}`; {schema}"),
            None => format!("JSON Resume has an object here: `{{ … }}`; {schema}"),
        },
        Some(e) if e.starts_with("f32") || e.starts_with("f64") || e.contains("integer") => {
            format!("write a number, without quotes; {schema}")
        }
        Some(e) => format!("write {e} here; {schema}"),
        None => schema.to_string(),
    };
    (message, help)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        #[serde(default)]
        tags: Vec<String>,
        #[serde(default)]
        inner: Option<Inner>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        years: f32,
    }

    fn err(text: &str) -> Diagnostic {
        *parse::<Doc>(&Source::new("d.json", text), "about").unwrap_err()
    }

    fn place(d: &Diagnostic) -> (usize, usize, usize) {
        (d.line, d.column, d.width)
    }

    #[test]
    fn a_wrong_type_points_at_the_value_with_its_path() {
        let d = err("{\"name\": \"A\",\n \"tags\": [\"x\", 3]}");
        assert_eq!(
            d.message,
            "`tags[1]`: invalid type: integer `3`, expected a string"
        );
        assert_eq!(place(&d), (2, 16, 1));
        assert_eq!(
            d.help.as_deref(),
            Some("JSON Resume has text here, in double quotes; see https://jsonresume.org/schema")
        );
        let d = err("{\"name\": \"A\", \"tags\": \"x y\"}");
        assert_eq!(place(&d), (1, 23, 5));
        assert_eq!(
            d.help.as_deref(),
            Some(
                "JSON Resume has a list here: `\"tags\": [ … ]`; see https://jsonresume.org/schema"
            )
        );
        let d = err("{\"name\": \"A\", \"inner\": {\"years\": \"5\"}}");
        assert_eq!(
            d.message,
            "`inner.years`: invalid type: string \"5\", expected f32"
        );
        assert_eq!(place(&d), (1, 34, 3));
        assert_eq!(
            d.help.as_deref(),
            Some("write a number, without quotes; see https://jsonresume.org/schema")
        );
        let d = err("{\"name\": \"A\", \"inner\": []}");
        assert!(d
            .help
            .unwrap()
            .starts_with("JSON Resume has an object here: `\"inner\": { … }`"));
    }

    #[test]
    fn another_expectation_is_quoted_in_the_hint() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Lines {
            lines: Vec<crate::model::Highlight>,
        }
        let src = Source::new("d.json", "{\"lines\": [\"ok\", 3]}");
        let d = *parse::<Lines>(&src, "about").unwrap_err();
        assert_eq!(place(&d), (1, 18, 1));
        assert_eq!(
            d.help.as_deref(),
            Some(
                "write a line of text, or a map with `text` and optional `skills` here; \
                 see https://jsonresume.org/schema"
            )
        );
    }

    #[test]
    fn unknown_and_missing_keys_point_at_their_object() {
        let d = err("{\"name\": \"A\", \"inner\": {\"yeras\": 5}}");
        assert_eq!(d.help.as_deref(), Some("did you mean `years`?"));
        assert_eq!(place(&d), (1, 25, 7));
        let d = err("{\"tags\": []}");
        assert_eq!(d.message, "missing field `name`");
        assert_eq!(place(&d), (1, 1, 1));
    }

    #[test]
    fn syntax_errors_keep_serde_jsons_place_and_the_files_help() {
        let d = err("{\"name\": \"A\",}");
        assert_eq!(d.message, "trailing comma");
        assert_eq!(place(&d).0, 1);
        assert_eq!(d.help.as_deref(), Some("about"));
        let d = err("{\"name\": \"A\"} x");
        assert_eq!(d.message, "trailing characters");
        assert_eq!(d.help.as_deref(), Some("about"));
    }

    #[test]
    fn at_path_places_problems_found_after_parsing() {
        let src = Source::new("d.json", "{\"work\": [\n  {\"name\": \"A\"}\n]}");
        let d = at_path(&src, "work[0].startDate", "no start", Severity::Error).unwrap();
        assert_eq!(place(&d), (2, 3, 1));
        assert_eq!(d.snippet.as_deref(), Some("  {\"name\": \"A\"}"));
        assert!(at_path(&Source::new("d.json", ""), "a", "m", Severity::Error).is_none());
    }
}
