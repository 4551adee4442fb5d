//! Checking one file for `jobfit check`: read it, tell its kind, parse it and collect every
//! problem the later stages would report, without running them for real.
//!
//! Owns what `check` reads and the one-line summary of each kind of file. It must not print or
//! decide the exit code (the command does) and must not merge taxonomies its own way (it uses
//! `load`'s merge with the built-in taxonomy).

use super::load::{self, parse, FileKind};
use crate::analyze;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::extract;
use crate::model::{Job, Profile, YearMonth};
use crate::skills::mentions::MentionFinder;
use crate::skills::taxonomy::{Taxonomy, TaxonomyFile};
use crate::source::Source;
use std::path::Path;

/// One checked file: what it is (e.g. `job, 12 requirements`) and its problems.
#[derive(Debug)]
pub struct Checked {
    pub summary: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// What the PDF renderer can draw, for [`analyze::check_glyphs`].
pub fn pdf_text() -> analyze::PdfText {
    analyze::PdfText {
        missing: crate::render::glyphs::missing_glyphs,
        rtl: crate::render::glyphs::is_rtl,
    }
}

/// Read and check the file at `path` against the `base` taxonomy. A file that cannot be read
/// or parsed is an `Err` (`Error::File` or `Error::Diagnostics`).
/// `as_of` is the month `present` stands for (a later `start` is a warning).
pub fn check(
    path: &Path,
    base: &Taxonomy,
    finder: &MentionFinder,
    as_of: YearMonth,
) -> Result<Checked, Error> {
    let source = Source::read(path)?;
    let kind = load::sniff(&source)?;
    let (summary, diagnostics) = match kind {
        FileKind::Profile => {
            let (p, notes): (Profile, _) = load::profile_from_source(&source)?;
            let mut tax = base.clone();
            let mut diags = notes;
            diags.extend(analyze::check_profile(&p, &source));
            diags.extend(analyze::check_future(&p, &source, as_of));
            diags.extend(analyze::check_glyphs(&p, &source, pdf_text()));
            diags.extend(analyze::resolve(&mut tax, Some((&p, &source)), None));
            let lines = p
                .experience
                .iter()
                .map(|e| e.highlights.len())
                .sum::<usize>();
            (
                format!(
                    "profile, {} skills, {} roles, {} highlights",
                    p.skills.len(),
                    p.experience.len(),
                    lines
                ),
                diags,
            )
        }
        FileKind::Job => {
            let j: Job = parse(&source)?;
            let mut tax = base.clone();
            let diags = analyze::resolve(&mut tax, None, Some((&j, &source)));
            (format!("job, {} requirements", j.requirements.len()), diags)
        }
        FileKind::Taxonomy => {
            let t: TaxonomyFile = parse(&source)?;
            let n = t.skills.len();
            let (_, diags) = load::with_builtin(t, &source);
            (format!("taxonomy, {n} skills"), diags)
        }
        FileKind::Posting => {
            let ex = extract::extract(&source.text, base, finder);
            (
                format!("posting, {} skills found", ex.skills.len()),
                Vec::new(),
            )
        }
    };
    Ok(Checked {
        summary,
        diagnostics,
    })
}
