//! Checking one file for `jobfit check`: read it, tell its kind, parse it and collect every
//! problem the later stages would report, without running them for real.
//!
//! Owns what `check` reads and the one-line summary of each kind of file. It must not print or
//! decide the exit code (the command does) and must not merge taxonomies its own way (it uses
//! `load`'s merge with the built-in taxonomy).

use super::collect::{self, collect, Collected};
use super::kind::{self, Kind};
use super::load;
use crate::analyze;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::extract;
use crate::model::{Job, Profile, YearMonth};
use crate::skills::mentions::MentionFinder;
use crate::skills::taxonomy::{Taxonomy, TaxonomyFile};
use crate::source::Source;
use std::path::Path;

/// One checked file: what it was taken for and what it holds (e.g. `job, 12 requirements`), and
/// every problem found, in file order.
#[derive(Debug)]
pub struct Checked {
    pub kind: Kind,
    pub summary: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// What the PDF renderer can draw, for [`analyze::check_glyphs`].
pub fn pdf_text() -> analyze::PdfText {
    analyze::PdfText {
        missing: crate::render::glyphs::missing_glyphs,
    }
}

/// Read and check the file at `path` against the `base` taxonomy: every parse problem (see
/// `collect`) and every problem the later stages would report. A file that cannot be read, or
/// that is none of the kinds jobfit reads, is an `Err` (`Error::File` or `Error::Diagnostics`).
/// `as_of` is the month `present` stands for (a later `start` is a warning).
pub fn check(
    path: &Path,
    base: &Taxonomy,
    finder: &MentionFinder,
    as_of: YearMonth,
) -> Result<Checked, Error> {
    let source = Source::read(path)?;
    let kind = kind::sniff(&source)?;
    let (what, mut diagnostics) = match kind {
        Kind::Profile => {
            let Collected { value, diagnostics } = collect::<Profile>(&source);
            let mut diags = diagnostics;
            let what = value.map(|(p, masked)| {
                let mut tax = base.clone();
                diags.extend(analyze::check_profile(&p, &masked));
                diags.extend(analyze::check_future(&p, &masked, as_of));
                diags.extend(analyze::check_glyphs(&p, &masked, pdf_text()));
                diags.extend(analyze::resolve(&mut tax, Some((&p, &masked)), None));
                profile_summary(&p)
            });
            (what, diags)
        }
        Kind::JsonResume => match load::from_json_resume(&source) {
            Ok((p, mut notes)) => {
                notes.extend(analyze::check_profile(&p, &source));
                notes.extend(analyze::check_future(&p, &source, as_of));
                notes.extend(analyze::check_glyphs(&p, &source, pdf_text()));
                notes.extend(analyze::resolve(
                    &mut base.clone(),
                    Some((&p, &source)),
                    None,
                ));
                (Some(profile_summary(&p)), notes)
            }
            Err(Error::Diagnostics(d)) => (None, d),
            Err(e) => return Err(e),
        },
        Kind::Job => {
            let Collected { value, diagnostics } = collect::<Job>(&source);
            let mut diags = diagnostics;
            let what = value.map(|(j, masked)| {
                let mut tax = base.clone();
                diags.extend(analyze::resolve(&mut tax, None, Some((&j, &masked))));
                count(j.requirements.len(), "requirement")
            });
            (what, diags)
        }
        Kind::Taxonomy => {
            let Collected { value, diagnostics } = collect::<TaxonomyFile>(&source);
            let mut diags = diagnostics;
            let what = value.map(|(t, masked)| {
                let n = t.skills.len();
                diags.extend(load::with_builtin(t, &masked).1);
                count(n, "skill")
            });
            (what, diags)
        }
        Kind::Posting => {
            let posting = source.clone().blank_controls();
            let ex = extract::extract(&posting.text, base, finder);
            (
                Some(format!("{} found", count(ex.skills.len(), "skill"))),
                Vec::new(),
            )
        }
    };
    collect::sort(&mut diagnostics);
    let summary = match what {
        Some(w) => format!("{}, {w}", kind.describe()),
        None => kind.describe().to_string(),
    };
    Ok(Checked {
        kind,
        summary,
        diagnostics,
    })
}

fn profile_summary(p: &Profile) -> String {
    let lines = p
        .experience
        .iter()
        .map(|e| e.highlights.len())
        .sum::<usize>();
    format!(
        "{}, {}, {}",
        count(p.skills.len(), "skill"),
        count(p.experience.len(), "role"),
        count(lines, "highlight")
    )
}

/// `1 skill`, `2 skills`.
fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}
