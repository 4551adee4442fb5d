//! YAML in, typed data out, with errors that point at the line.
//!
//! Owns turning a `Source` into a serde type (through `serde_yaml`, i.e. `yaml_serde`) and turning
//! its errors into `Diagnostic`s with a hint (`to_diagnostic`, `refine`, `hint`, `closest`).
//! Locating a field path such as `experience[0].highlights[2]` in the text, for problems found
//! after parsing, is `crate::locate`'s (a pure function of the text, on the ground floor), re-exported here. It must not know what a profile or a job
//! means.

use super::guard::{self, Refusal, MAX_FLOW_DEPTH};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Source;
use serde::de::DeserializeOwned;

pub use crate::locate::{diagnostic_at, locate, path_string, Seg};

/// Parse a YAML source into `T`, or one diagnostic saying where and why it failed. The text
/// passes `guard`'s checks first: deep flow nesting and aliases that expand the document are
/// refused before the parser spends time or memory on them.
pub fn parse<T: DeserializeOwned>(source: &Source) -> Result<T, Box<Diagnostic>> {
    guard::check(&source.text).map_err(|r| Box::new(refusal(source, &r)))?;
    serde_yaml::from_str(&source.text).map_err(|e| Box::new(to_diagnostic(source, &e)))
}

/// Parse a text `guarded` has let through already (`collect` parses one text again and again
/// with parts masked out, which cannot make aliases expand further).
pub fn parse_guarded<T: DeserializeOwned>(source: &Source) -> Result<T, Box<Diagnostic>> {
    serde_yaml::from_str(&source.text).map_err(|e| Box::new(to_diagnostic(source, &e)))
}

/// Refuse a text `guard` refuses (deep flow nesting, expanding aliases), before any parse.
pub fn guarded(source: &Source) -> Result<(), Box<Diagnostic>> {
    guard::check(&source.text).map_err(|r| Box::new(refusal(source, &r)))
}

/// The diagnostic for a text `guard` refused.
fn refusal(source: &Source, r: &Refusal) -> Diagnostic {
    match *r {
        Refusal::TooDeep(at) => Diagnostic::at_offset(
            Severity::Error,
            source,
            at,
            format!("`[` and `{{` nest more than {MAX_FLOW_DEPTH} deep here"),
        )
        .with_width(1)
        .with_help("write the value out with fewer nested brackets"),
        Refusal::Expands(at) => {
            let msg =
                "YAML aliases expand this file to more than twice its size; jobfit refuses them";
            let help = "write the repeated part out instead of referring to it with `*name`";
            match at {
                Some(at) => {
                    let alias = source.text[at..]
                        .split(|c: char| c.is_whitespace() || ",[]{}".contains(c))
                        .next()
                        .unwrap_or("*");
                    Diagnostic::at_offset(Severity::Error, source, at, msg)
                        .with_width(alias.chars().count())
                }
                None => Diagnostic::in_file(Severity::Error, source, msg),
            }
            .with_help(help)
        }
    }
}

fn to_diagnostic(source: &Source, e: &serde_yaml::Error) -> Diagnostic {
    let full = e.to_string();
    // Drop the " at line N column M" that yaml_serde appends; we show the place ourselves.
    let mut msg = match full.find(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full.clone(),
    };
    // Syntax errors carry a context ("while parsing a block mapping"); keep the first clause.
    if let Some(i) = msg.find(", while ") {
        msg.truncate(i);
    }
    // `experience[0].end: invalid date …` → the path becomes part of the help.
    let mut path = None;
    if let Some((p, rest)) = msg.split_once(": ") {
        if !p.contains(' ') && !p.is_empty() && !p.contains('`') {
            path = Some(p.to_string());
            msg = rest.to_string();
        }
    }
    if msg == "EOF while parsing a value" || msg.starts_with("invalid type: unit value") {
        msg = "the document is empty (only comments or blank lines)".to_string();
    }
    let (line, col) = match e.location() {
        Some(loc) => (loc.line(), loc.column()),
        None => (0, 0),
    };
    let mut d = if line == 0 {
        Diagnostic::in_file(Severity::Error, source, msg.clone())
    } else {
        Diagnostic::at(Severity::Error, source, line, col, msg.clone())
    };
    if let Some(better) = refine(source, &msg, line) {
        return better;
    }
    if let Some(help) = hint(&msg, path.as_deref()) {
        d = d.with_help(help);
    } else if let Some(p) = path {
        d = d.with_help(format!("in `{p}`"));
    }
    d
}

/// Syntax errors whose real cause is elsewhere than where the parser noticed it.
fn refine(source: &Source, msg: &str, line: usize) -> Option<Diagnostic> {
    if msg.contains("unexpected end of stream") || msg.contains("while scanning a quoted scalar") {
        // Point at the quote that was opened and never closed.
        for (i, l) in source.text.lines().enumerate() {
            let t = l.trim_start();
            let Some(colon) = t
                .find(": ")
                .map(|c| c + 2)
                .or_else(|| t.strip_prefix("- ").map(|_| 2))
            else {
                continue;
            };
            let v = &t[colon..];
            for q in ['"', '\''] {
                if v.starts_with(q) && !v[1..].contains(q) {
                    let col = l.len() - t.len() + colon + 1;
                    return Some(
                        Diagnostic::at(
                            Severity::Error,
                            source,
                            i + 1,
                            col,
                            "this quote is never closed",
                        )
                        .with_width(1)
                        .with_help(format!("add the closing {q} at the end of the value")),
                    );
                }
            }
        }
    }
    if msg.contains("mapping values are not allowed") && line > 1 {
        // One pass over the lines before this one (not a lookup per line: an error after
        // 200,000 blank lines took minutes to place).
        let mut lines = source
            .text
            .split('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l));
        let before: Vec<&str> = lines.by_ref().take(line - 1).collect();
        let this = lines.next()?;
        let indent = this.len() - this.trim_start().len();
        let above = *before.iter().rev().find(|l| !l.trim().is_empty())?;
        let above_t = above.trim_start().trim_start_matches("- ");
        let above_key_col = above.len() - above_t.len();
        if indent > above_key_col && above_t.contains(": ") {
            let key = this.trim_start().split(':').next().unwrap_or("");
            let above_key = above_t.split(':').next().unwrap_or("");
            return Some(
                Diagnostic::at(Severity::Error, source, line, indent + 1, format!("`{key}` is indented more than `{above_key}` above it"))
                    .with_help(format!("line `{key}` up with `{above_key}` ({above_key_col} spaces), or nest it under a key that ends with `:`")),
            );
        }
    }
    None
}

/// A fix for the messages of the profile's `style:` and `sections:` (`model::design`).
fn style_hint(msg: &str, at: &str) -> Option<String> {
    if msg.ends_with("` is not a colour") {
        return Some(format!(
            "write the colour as hex in quotes, e.g. `accent: \"#0b7285\"`{at}"
        ));
    }
    if msg.starts_with("the colour is empty") {
        return Some(format!(
            "in YAML `#` starts a comment: quote the colour, e.g. `accent: \"#0b7285\"`{at}"
        ));
    }
    if msg.ends_with("is listed twice in `order`") {
        return Some(format!(
            "keep one of the two: a section is printed once{at}"
        ));
    }
    if msg.starts_with("the title of `") {
        return Some(format!(
            "write the heading, or remove the line to keep the usual one{at}"
        ));
    }
    None
}

/// A fix for common serde/YAML messages.
fn hint(msg: &str, path: Option<&str>) -> Option<String> {
    let at = path.map(|p| format!(" (in `{p}`)")).unwrap_or_default();
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`')?;
        let options: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        if let Some(best) = closest(field, &options) {
            return Some(format!("did you mean `{best}`?{at}"));
        }
        return Some(format!(
            "remove `{field}` or use one of the fields listed{at}"
        ));
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        let (value, expected) = rest.split_once('`')?;
        let options: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let lower = value.to_lowercase();
        if options.contains(&lower.as_str()) {
            return Some(format!(
                "write `{lower}`: these words are lower case ({}){at}",
                options.join(", ")
            ));
        }
        if let Some(best) = closest(value, &options) {
            return Some(format!("did you mean `{best}`?{at}"));
        }
        return Some(format!("use one of: {}{at}", options.join(", ")));
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let field = rest.split('`').next()?;
        return Some(format!("add `{field}: …` to this entry{at}"));
    }
    if msg.starts_with("invalid type") && msg.ends_with("expected a sequence") {
        return Some(format!(
            "this is a list: put each item on its own line, starting with `- `{at}"
        ));
    }
    if msg.starts_with("invalid type") && msg.contains("expected struct") {
        return Some(format!(
            "this is a map of fields: write `field: value` lines indented under it{at}"
        ));
    }
    if msg.starts_with("invalid type") && msg.contains("expected a string") {
        return Some(format!("quote the value to make it text{at}"));
    }
    if let Some(rest) = msg.strip_prefix("invalid date `") {
        let value = rest.split('`').next().unwrap_or("");
        if let Some(fix) = month_year(value) {
            return Some(format!("write `{fix}`{at}"));
        }
        return Some(format!("dates look like `2022-03` or `present`{at}"));
    }
    if let Some((value, _)) = msg
        .strip_prefix('`')
        .and_then(|m| m.split_once("` is not a language level"))
    {
        // `Native speaker`, `fluent German`: the word we know, alone.
        let known = value
            .split(|c: char| !c.is_alphanumeric())
            .find_map(crate::model::sections::Fluency::parse);
        return Some(match known {
            Some(f) => format!("write `{}` alone{at}", f.as_str()),
            None => format!("e.g. `German (B2)`, or `{{ name: German, level: B2 }}`{at}"),
        });
    }
    if msg.starts_with("`years` is a number") {
        return Some(format!(
            "write the whole years you have, e.g. `years: 5` for \"5+\"{at}"
        ));
    }
    if let Some(h) = style_hint(msg, &at) {
        return Some(h);
    }
    if msg.starts_with("duplicate field") {
        return Some(format!("keep one of the two{at}"));
    }
    if msg.contains("mapping values are not allowed") {
        return Some("a value contains `: `; put the whole value in quotes".to_string());
    }
    if msg.contains("did not find expected key") || msg.contains("did not find expected '-'") {
        return Some("check the indentation of this line against the lines above it".to_string());
    }
    if msg.contains("found character that cannot start any token") {
        return Some(
            "YAML indents with spaces, not tabs; or quote a value starting with `@` or a backtick"
                .to_string(),
        );
    }
    if msg.contains("found unexpected end of stream")
        || msg.contains("while scanning a quoted scalar")
    {
        return Some("a quote is not closed".to_string());
    }
    if msg.contains("more than one document") {
        return Some("remove the `---` separator: one file holds one document".to_string());
    }
    if msg.contains("recursion limit") || msg.contains("repetition limit") {
        return Some(
            "the file nests or repeats aliases too deeply; write it out plainly".to_string(),
        );
    }
    if msg.starts_with("the document is empty") {
        return Some("see the README for a complete example".to_string());
    }
    None
}

/// `Jan 2022`, `March 2021`, `2022 Mar` → `2022-01`, `2021-03`, `2022-03`.
fn month_year(value: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let mut month = None;
    let mut year = None;
    for w in value
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let lw = w.to_lowercase();
        if w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) {
            year = Some(w.to_string());
        } else if lw.len() >= 3 {
            if let Some(m) = MONTHS.iter().position(|m| lw.starts_with(m)) {
                month = Some(m + 1);
            }
        }
    }
    Some(format!("{}-{:02}", year?, month?))
}

/// The closest option by edit distance, if close enough to be a typo.
pub fn closest<'a>(word: &str, options: &[&'a str]) -> Option<&'a str> {
    options
        .iter()
        .map(|o| {
            (
                strsim::damerau_levenshtein(&word.to_lowercase(), &o.to_lowercase()),
                *o,
            )
        })
        .filter(|(d, o)| *d <= 2.max(o.len() / 3) && *d < o.len())
        .min_by_key(|(d, o)| (*d, *o))
        .map(|(_, o)| o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_finds_typos_only() {
        assert_eq!(
            closest("ned", &["title", "company", "start", "end"]),
            Some("end")
        );
        assert_eq!(
            closest("guru", &["learning", "working", "strong", "expert"]),
            None
        );
        assert_eq!(
            closest("strng", &["learning", "working", "strong", "expert"]),
            Some("strong")
        );
    }
}
