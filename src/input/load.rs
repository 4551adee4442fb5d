//! Reading the user's files into the model. With `check` and `postings` beside it, the only
//! module (with `source`) that reads files.
//!
//! Owns: which parser a path gets (YAML job file or text posting), sniffing what kind of YAML
//! file `check` was given, and the taxonomy files and their merge with the built-in one. Errors
//! carry file, line and column. It must not judge or render anything.

use crate::diagnostic::{Diagnostic, Severity};
use crate::error::Error;
use crate::extract;
use crate::input::{json, yaml};
use crate::model::{Job, Profile};
use crate::skills::mentions::MentionFinder;
use crate::skills::taxonomy::{Taxonomy, TaxonomyFile, BUILTIN};
use crate::source::Source;
use std::path::Path;

/// Is this path a YAML file (by extension)?
pub fn is_yaml(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref(),
        Some("yaml" | "yml")
    )
}

pub(super) fn parse<T: serde::de::DeserializeOwned>(source: &Source) -> Result<T, Error> {
    yaml::parse(source).map_err(|d| Error::Diagnostics(vec![*d]))
}

/// Is this path a JSON file (by extension), i.e. a JSON Resume document where a profile goes?
pub fn is_json(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// Read and parse a profile: a jobfit YAML profile, or a JSON Resume document (`.json`), with a
/// warning that names what the JSON Resume had and the profile has no place for.
pub fn profile(path: &Path) -> Result<(Profile, Source, Vec<Diagnostic>), Error> {
    let source = Source::read(path)?;
    let (p, notes) = profile_from_source(&source)?;
    let summary = match notes.len() {
        0 => Vec::new(),
        n => vec![Diagnostic::in_file(
            Severity::Warning,
            &source,
            format!("{n} field(s) of this JSON Resume have no place in a jobfit profile and are left out"),
        )
        .with_help(format!(
            "`jobfit import {}` lists them",
            source.path.display()
        ))],
    };
    Ok((p, source, summary))
}

/// Parse a profile from its text; for a JSON Resume, also one warning per field left out.
pub fn profile_from_source(source: &Source) -> Result<(Profile, Vec<Diagnostic>), Error> {
    if !is_json(&source.path) {
        return Ok((parse(source)?, Vec::new()));
    }
    from_json_resume(source)
}

/// Read a JSON Resume document (whatever its extension) as a profile, with one warning per
/// field left out (`jobfit import`).
pub fn json_resume_profile(path: &Path) -> Result<(Profile, Source, Vec<Diagnostic>), Error> {
    let source = Source::read(path)?;
    let (p, notes) = from_json_resume(&source)?;
    Ok((p, source, notes))
}

fn from_json_resume(source: &Source) -> Result<(Profile, Vec<Diagnostic>), Error> {
    let doc = json_resume(source)?;
    let imported = crate::interop::json_resume::import(&doc).map_err(|problems| {
        Error::Diagnostics(
            problems
                .into_iter()
                .map(|p| {
                    let message = format!("`{}`: {}", p.path, p.message);
                    json::at_path(source, &p.path, message.clone(), Severity::Error)
                        .unwrap_or_else(|| Diagnostic::in_file(Severity::Error, source, message))
                        .with_help(p.help)
                })
                .collect(),
        )
    })?;
    let notes = imported
        .left_out
        .iter()
        .map(|l| Diagnostic::in_file(Severity::Warning, source, l.clone()))
        .collect();
    Ok((imported.profile, notes))
}

/// A JSON Resume document; an error points at its line and column (a value of the wrong type at
/// that value, with its path).
pub fn json_resume(source: &Source) -> Result<crate::interop::json_resume::Resume, Error> {
    json::parse(
        source,
        "a `.json` profile is read as a JSON Resume document (https://jsonresume.org/schema)",
    )
    .map_err(|d| Error::Diagnostics(vec![*d]))
}

/// Read a job: a YAML job file, or a plain-text / Markdown posting that is extracted.
pub fn job(path: &Path, tax: &Taxonomy, finder: &MentionFinder) -> Result<(Job, Source), Error> {
    let source = Source::read(path)?;
    job_from_source(source, tax, finder)
}

/// Parse an in-memory job source (YAML when the name says so or the text looks like a job file).
pub fn job_from_source(
    source: Source,
    tax: &Taxonomy,
    finder: &MentionFinder,
) -> Result<(Job, Source), Error> {
    if is_yaml(&source.path) {
        let j = parse(&source)?;
        Ok((j, source))
    } else {
        let job = extract::extract(&source.text, tax, finder).to_job();
        Ok((job, source))
    }
}

/// The built-in taxonomy plus an optional user file (which adds to or overrides it).
pub fn taxonomy(extra: Option<&Path>) -> Result<(Taxonomy, Vec<Diagnostic>), Error> {
    let Some(path) = extra else {
        return Ok((Taxonomy::builtin(), Vec::new()));
    };
    let user_src = Source::read(path)?;
    let user: TaxonomyFile = parse(&user_src)?;
    let (tax, diags) = with_builtin(user, &user_src);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Error::Diagnostics(diags));
    }
    Ok((tax, diags))
}

/// The built-in taxonomy merged with a user file (which adds to or overrides it), and the long
/// tail after both (it yields to them), with every problem of the merge; errors included, for
/// the caller to judge.
pub(super) fn with_builtin(user: TaxonomyFile, user_src: &Source) -> (Taxonomy, Vec<Diagnostic>) {
    let base_src = Source::new("data/taxonomy.yaml", BUILTIN);
    let base = crate::skills::taxonomy::builtin_file();
    let (tax, diags) = Taxonomy::build(vec![(base, &base_src), (user, user_src)]);
    (tax.with_longtail(), diags)
}

/// Read a plain-text or Markdown posting as it is (for `extract`).
pub fn posting(path: &Path) -> Result<Source, Error> {
    Source::read(path)
}

/// What kind of file `check` was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Profile,
    Job,
    Taxonomy,
    Posting,
}

/// A profile or job written in YAML: a top-level `name:`, `title:`, `requirements:` or
/// `experience:` line followed by YAML that parses to a map (a posting has prose, not this).
fn yaml_document(text: &str) -> bool {
    let keyed = text.lines().any(|l| {
        ["name:", "title:", "requirements:", "experience:"]
            .iter()
            .any(|k| l.starts_with(k))
    });
    keyed
        && serde_yaml::from_str::<serde_yaml::Value>(text).is_ok_and(|v| {
            v.as_mapping().is_some_and(|m| {
                m.len() > 1
                    && ["name", "title", "requirements", "experience"]
                        .iter()
                        .any(|k| m.contains_key(*k))
            })
        })
}

/// Decide from the extension (`.json` is a JSON Resume profile), the top-level keys (YAML),
/// else from the content: other JSON is refused, a YAML profile or job on standard input is
/// read as one, anything else is a text posting.
pub fn sniff(source: &Source) -> Result<FileKind, Error> {
    if is_json(&source.path) {
        return Ok(FileKind::Profile);
    }
    if !is_yaml(&source.path) {
        let text = source.text.trim_start_matches('\u{feff}').trim_start();
        if text.starts_with('{') || text.starts_with('[') {
            return Err(Error::Diagnostics(vec![Diagnostic::at(
                Severity::Error,
                source,
                1,
                1,
                "this is JSON, not a posting: jobfit reads a JSON Resume from a `.json` file",
            )
            .with_help(
                "save a JSON Resume as `resume.json`; a jobfit profile or job goes in a `.yaml` file (JSON is valid YAML)",
            )]));
        }
        // Standard input or a file without `.yaml` holding a profile or a job: told by content.
        if !yaml_document(text) {
            return Ok(FileKind::Posting);
        }
    }
    let value: serde_yaml::Value = parse(source)?;
    let Some(map) = value.as_mapping() else {
        return Err(Error::Diagnostics(vec![Diagnostic::at(
            Severity::Error,
            source,
            1,
            1,
            "expected a map of fields at the top level",
        )
        .with_help(
            "a profile starts with `name:`, a job with `title:`, a taxonomy with `skills:`",
        )]));
    };
    let has = |k: &str| map.contains_key(k);
    Ok(if has("title") || has("requirements") {
        FileKind::Job
    } else if has("name") || has("experience") {
        FileKind::Profile
    } else if has("skills") {
        FileKind::Taxonomy
    } else {
        return Err(Error::Diagnostics(vec![Diagnostic::at(
            Severity::Error,
            source,
            1,
            1,
            "cannot tell whether this is a profile, a job or a taxonomy",
        )
        .with_help(
            "a profile starts with `name:`, a job with `title:`, a taxonomy with `skills:`",
        )]));
    })
}

/// The built-in taxonomy plus an in-memory user file (for fuzzing and tests: what `taxonomy`
/// does after reading).
pub fn taxonomy_from_source(user_src: &Source) -> Result<(Taxonomy, Vec<Diagnostic>), Error> {
    let user: TaxonomyFile = parse(user_src)?;
    let (tax, diags) = with_builtin(user, user_src);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Error::Diagnostics(diags));
    }
    Ok((tax, diags))
}
