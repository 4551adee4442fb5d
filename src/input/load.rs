//! Reading the user's files into the model. With `check` and `postings` beside it, the only
//! module (with `source`) that reads files.
//!
//! Owns: which parser a file gets (a YAML profile or job, a JSON Resume, a text posting), as
//! `kind` tells them apart by content, and the taxonomy files and their merge with the built-in
//! one. Errors carry file, line and column. It must not judge or render anything.

use crate::diagnostic::{Diagnostic, Severity};
use crate::error::Error;
use crate::extract;
use crate::input::kind::{self, Kind};
use crate::input::{json, yaml};
use crate::model::{Job, Profile};
use crate::skills::mentions::MentionFinder;
use crate::skills::taxonomy::{Taxonomy, TaxonomyFile, BUILTIN};
use crate::source::Source;
use std::path::Path;

/// Is this path a YAML file (by extension)?
pub fn is_yaml(path: &Path) -> bool {
    kind::named_yaml(path)
}

pub(super) fn parse<T: serde::de::DeserializeOwned>(source: &Source) -> Result<T, Error> {
    yaml::parse(source).map_err(|d| Error::Diagnostics(vec![*d]))
}

/// Is this source a jobfit job file, by its content (a YAML job on standard input or in a `.txt`
/// too), rather than a posting to extract?
pub fn is_job_file(source: &Source) -> bool {
    kind::sniff(source).is_ok_and(|k| k == Kind::Job)
}

/// Is this path a JSON file (by extension)?
pub fn is_json(path: &Path) -> bool {
    kind::named_json(path)
}

/// Read and parse a profile: a jobfit YAML profile, or a JSON Resume document (`.json`), with a
/// warning that names what the JSON Resume had and the profile has no place for.
pub fn profile(path: &Path) -> Result<(Profile, Source, Vec<Diagnostic>), Error> {
    let source = Source::read(path)?;
    let k = kind::sniff(&source)?;
    kind::expect(&source, k, Kind::Profile)?;
    let (p, notes) = if k == Kind::JsonResume {
        from_json_resume(&source)?
    } else {
        (parse(&source)?, Vec::new())
    };
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

/// Parse a profile from its text, a JSON Resume when its content says so (with one warning per
/// field left out), else a jobfit profile.
pub fn profile_from_source(source: &Source) -> Result<(Profile, Vec<Diagnostic>), Error> {
    if kind::sniff(source)? != Kind::JsonResume {
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

pub(super) fn from_json_resume(source: &Source) -> Result<(Profile, Vec<Diagnostic>), Error> {
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

/// Parse an in-memory job source: a YAML job when its content says so, else a posting that is
/// extracted; a profile here is refused (the arguments look swapped).
pub fn job_from_source(
    source: Source,
    tax: &Taxonomy,
    finder: &MentionFinder,
) -> Result<(Job, Source), Error> {
    let k = kind::sniff(&source)?;
    kind::expect(&source, k, Kind::Job)?;
    if k == Kind::Job {
        let j = parse(&source)?;
        Ok((j, source))
    } else {
        let source = source.blank_controls();
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

/// Read a plain-text or Markdown posting as it is (for `extract`); a file whose content is a job,
/// profile, JSON Resume or taxonomy is refused.
pub fn posting(path: &Path) -> Result<Source, Error> {
    let source = Source::read(path)?;
    kind::expect_posting(&source, kind::sniff(&source)?)?;
    Ok(source.blank_controls())
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
