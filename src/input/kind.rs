//! Telling a user's file apart by its content as well as its name: a jobfit profile, a job, a
//! JSON Resume document, a taxonomy, or a plain-text posting.
//!
//! Owns the sniffing every command shares (so `check`, `match` and the rest agree on what a file
//! is), its name in messages (`Kind::describe`), and the errors for a file that is none of these
//! or not what a command's argument needs (a job where the profile goes: the arguments look
//! swapped). It reads only the top-level keys, line by line, so that a file with syntax errors is
//! still told apart (and `check` can report all of them) and a large file costs one pass. It must
//! not parse a file into the model (that is `load`'s).

use crate::diagnostic::{Diagnostic, Severity};
use crate::error::Error;
use crate::source::Source;
use std::path::Path;

/// What a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A jobfit profile (YAML, or JSON written to the same schema).
    Profile,
    /// A JSON Resume document (https://jsonresume.org/schema).
    JsonResume,
    /// A jobfit job file (YAML).
    Job,
    /// A taxonomy file (`skills:` with a `category` each).
    Taxonomy,
    /// A posting as text or Markdown, read by `extract`.
    Posting,
}

impl Kind {
    /// The name of the kind in messages (`p.yaml: ok (profile, …)`).
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Profile => "profile",
            Kind::JsonResume => "JSON Resume",
            Kind::Job => "job",
            Kind::Taxonomy => "taxonomy",
            Kind::Posting => "plain-text posting",
        }
    }
}

const JOB_KEYS: &[&str] = &[
    "title",
    "requirements",
    "responsibilities",
    "min_years",
    "seniority",
    "mission",
    "values",
];
const PROFILE_KEYS: &[&str] = &[
    "name",
    "experience",
    "headline",
    "contact",
    "education",
    "projects",
    "certifications",
    "strengths",
    "languages",
];
const RESUME_KEYS: &[&str] = &["basics", "work"];

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// Is this path named as YAML (`.yaml`, `.yml`)?
pub fn named_yaml(path: &Path) -> bool {
    matches!(extension(path).as_deref(), Some("yaml" | "yml"))
}

/// Is this path named as JSON (`.json`)?
pub fn named_json(path: &Path) -> bool {
    extension(path).as_deref() == Some("json")
}

/// The keys of a YAML text's top-level lines (`key:` at column 0), and whether every line at
/// column 0 is such a key (a posting has prose there).
fn yaml_keys(text: &str) -> (Vec<&str>, bool) {
    let mut keys = Vec::new();
    let mut all = true;
    for l in text.lines() {
        let l = l.strip_suffix('\r').unwrap_or(l);
        if l.is_empty() || l.starts_with([' ', '\t', '#', '-']) || l == "---" {
            continue;
        }
        let key = l.split(':').next().unwrap_or("");
        let key = key.trim().trim_matches(['"', '\'']);
        let named = !key.is_empty()
            && key.len() < l.len()
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if named {
            keys.push(key);
        } else {
            all = false;
        }
    }
    (keys, all)
}

/// The top-level keys of a JSON object, or `None` when the text is not one.
fn json_keys(text: &str) -> Option<Vec<String>> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    Some(v.as_object()?.keys().cloned().collect())
}

/// The kind that top-level keys name; `skills_only` says whether a taxonomy's `category:` is
/// there (a `skills:` list alone is a taxonomy with it, a profile without).
fn by_keys<S: AsRef<str>>(keys: &[S], has_category: bool) -> Option<Kind> {
    let has = |set: &[&str]| keys.iter().any(|k| set.contains(&k.as_ref()));
    // `basics` and `work` are JSON Resume's own (it shares `skills`, `education`, … with a profile).
    if has(RESUME_KEYS) {
        Some(Kind::JsonResume)
    } else if has(JOB_KEYS) && !keys.iter().any(|k| k.as_ref() == "name") {
        Some(Kind::Job)
    } else if has(PROFILE_KEYS) {
        Some(Kind::Profile)
    } else if keys.iter().any(|k| k.as_ref() == "skills") {
        Some(if has_category {
            Kind::Taxonomy
        } else {
            Kind::Profile
        })
    } else {
        None
    }
}

fn refuse(source: &Source, message: impl Into<String>, help: &str) -> Error {
    Error::Diagnostics(vec![
        Diagnostic::in_file(Severity::Error, source, message).with_help(help)
    ])
}

const WHICH_HELP: &str = "a profile has `name:` and `experience:`, a job `title:` and \
                          `requirements:`, a taxonomy `skills:` with a `category` each";

/// Tell what `source` is, by its content and, where the content does not say, its name.
pub fn sniff(source: &Source) -> Result<Kind, Error> {
    let text = source.text.trim_start_matches('\u{feff}').trim_start();
    let json_named = named_json(&source.path);
    if text.starts_with('{') || text.starts_with('[') {
        let Some(keys) = json_keys(text) else {
            // Broken JSON: parsed as the JSON Resume it most likely is, for a located error.
            return Ok(Kind::JsonResume);
        };
        let category = text.contains("\"category\"");
        return match by_keys(&keys, category) {
            Some(Kind::Taxonomy) | None => Err(refuse(
                source,
                "this JSON is neither a JSON Resume document (it has no `basics` or `work`) nor a jobfit profile or job",
                "a JSON Resume starts with `\"basics\": {\"name\": …}`; a jobfit profile or job is usually YAML",
            )),
            Some(k) => Ok(k),
        };
    }
    if json_named {
        return Err(refuse(
            source,
            "a `.json` file is read as a JSON Resume document, but this is not JSON",
            "save a YAML profile or job as `.yaml`, and a posting as `.txt` or `.md`",
        ));
    }
    let (keys, all_keys) = yaml_keys(text);
    let category = text.contains("category:");
    if named_yaml(&source.path) {
        return match by_keys(&keys, category) {
            Some(Kind::JsonResume) => Err(refuse(
                source,
                "this looks like a JSON Resume document written in YAML; jobfit reads JSON Resume as JSON",
                "save it as JSON (`resume.json`), or write a jobfit profile (`jobfit new profile`)",
            )),
            Some(k) => Ok(k),
            None if text.is_empty() || keys.is_empty() && all_keys => Ok(Kind::Profile),
            // A syntax error says more than "cannot tell".
            None => Err(match super::yaml::parse::<serde_yaml::Value>(source) {
                Err(d) => Error::Diagnostics(vec![*d]),
                Ok(_) => refuse(
                source,
                "cannot tell whether this is a profile, a job or a taxonomy",
                    WHICH_HELP,
                ),
            }),
        };
    }
    // Standard input, `.txt`, `.md` or no extension: YAML when every top-level line is a key.
    if all_keys && keys.len() >= 2 {
        if let Some(k @ (Kind::Profile | Kind::Job | Kind::Taxonomy)) = by_keys(&keys, category) {
            return Ok(k);
        }
    }
    Ok(Kind::Posting)
}

/// Refuse a file of the wrong kind for the argument `wanted` (the profile or the job of a
/// command), saying what it was taken for; a job or posting given as the profile, or a profile
/// given as the job, most likely means the arguments are swapped.
pub fn expect(source: &Source, got: Kind, wanted: Kind) -> Result<(), Error> {
    let profile_like = |k: Kind| matches!(k, Kind::Profile | Kind::JsonResume);
    let job_like = |k: Kind| matches!(k, Kind::Job | Kind::Posting);
    if profile_like(wanted) == profile_like(got) && job_like(wanted) == job_like(got) {
        return Ok(());
    }
    let (message, help) = if profile_like(wanted) && job_like(got) {
        (
            format!("this is a {}, not a profile", got.describe()),
            "the arguments look swapped: the profile comes first (`jobfit match PROFILE JOB`)",
        )
    } else if job_like(wanted) && profile_like(got) {
        (
            format!("this is a {}, not a job or posting", got.describe()),
            "the arguments look swapped: the job comes second (`jobfit match PROFILE JOB`)",
        )
    } else {
        (
            format!("this is a {}, not a {}", got.describe(), wanted.describe()),
            "give a taxonomy with `--taxonomy FILE`",
        )
    };
    Err(refuse(source, message, help))
}

/// For `extract`, which reads a posting's text: a job file, profile, JSON Resume or taxonomy is
/// refused, saying what it is (extracting from a job file's YAML would find the YAML itself).
pub fn expect_posting(source: &Source, got: Kind) -> Result<(), Error> {
    match got {
        Kind::Posting => Ok(()),
        Kind::Job => Err(refuse(
            source,
            "this is a job file, not a posting: it is already what `extract` makes",
            "use it as it is (`jobfit match PROFILE JOB`), or give `extract` the posting's text",
        )),
        other => Err(refuse(
            source,
            format!("this is a {}, not a posting", other.describe()),
            "`extract` reads the text of a job posting (a .txt or .md file, or `-` for stdin)",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(path: &str, text: &str) -> Result<Kind, String> {
        sniff(&Source::new(path, text)).map_err(|e| match e {
            Error::Diagnostics(d) => d[0].message.clone(),
            e => e.to_string(),
        })
    }

    #[test]
    fn yaml_files_are_told_by_their_top_level_keys() {
        assert_eq!(
            kind("p.yaml", "name: A\nexperience: []\n"),
            Ok(Kind::Profile)
        );
        assert_eq!(
            kind("j.yml", "title: B\nrequirements:\n  - skill: Go\n"),
            Ok(Kind::Job)
        );
        assert_eq!(
            kind("t.yaml", "skills:\n  - name: Go\n    category: language\n"),
            Ok(Kind::Taxonomy)
        );
        assert_eq!(kind("p.yaml", "skills:\n  - name: Go\n"), Ok(Kind::Profile));
        // Broken YAML is still told apart, so that `check` can report all its problems.
        assert_eq!(
            kind("p.yaml", "name: 'A\nexperiance:\n\t- x\n"),
            Ok(Kind::Profile)
        );
        assert_eq!(
            kind("x.yaml", "foo: 1\nbar: 2\n"),
            Err("cannot tell whether this is a profile, a job or a taxonomy".into())
        );
    }

    #[test]
    fn json_is_a_json_resume_or_a_jobfit_document_or_refused() {
        assert_eq!(
            kind("r.json", r#"{"basics": {"name": "A"}}"#),
            Ok(Kind::JsonResume)
        );
        assert_eq!(kind("-", r#"{"work": []}"#), Ok(Kind::JsonResume));
        assert_eq!(kind("r.json", r#"{"basics": "#), Ok(Kind::JsonResume));
        assert_eq!(
            kind("p.json", r#"{"name": "A", "skills": []}"#),
            Ok(Kind::Profile)
        );
        assert_eq!(
            kind("j.json", r#"{"title": "B", "requirements": []}"#),
            Ok(Kind::Job)
        );
        assert!(kind("x.json", r#"{"a": 1}"#)
            .unwrap_err()
            .starts_with("this JSON is neither a JSON Resume"));
        assert_eq!(
            kind("x.json", "Senior Go Engineer\n"),
            Err("a `.json` file is read as a JSON Resume document, but this is not JSON".into())
        );
    }

    #[test]
    fn stdin_and_text_files_are_postings_unless_every_top_level_line_is_a_key() {
        assert_eq!(kind("-", "name: A\nexperience: []\n"), Ok(Kind::Profile));
        assert_eq!(kind("-", "title: B\nrequirements: []\n"), Ok(Kind::Job));
        assert_eq!(
            kind("job.txt", "title: B\nrequirements: []\n"),
            Ok(Kind::Job)
        );
        assert_eq!(
            kind("-", "Go Developer\n\nRequirements:\n- Go\n"),
            Ok(Kind::Posting)
        );
        assert_eq!(
            kind("p.md", "title: Backend Engineer\nWe build payments.\n"),
            Ok(Kind::Posting)
        );
    }

    #[test]
    fn a_job_where_the_profile_goes_says_the_arguments_look_swapped() {
        let s = Source::new("j.yaml", "");
        let Err(Error::Diagnostics(d)) = expect(&s, Kind::Job, Kind::Profile) else {
            panic!()
        };
        assert_eq!(d[0].message, "this is a job, not a profile");
        assert!(d[0]
            .help
            .as_deref()
            .unwrap()
            .starts_with("the arguments look swapped"));
        assert!(expect(&s, Kind::Posting, Kind::Job).is_ok());
        assert!(expect(&s, Kind::JsonResume, Kind::Profile).is_ok());
    }
}
