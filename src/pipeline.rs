//! The pure middle of jobfit: resolved profile + job → fit report.
//!
//! Owns the order of the steps (resolve names → evidence lines → verdicts → report) and keeping
//! the profile's analysis reusable across many postings (`rank::Ranker` adds its caches on top).
//! No I/O.

use crate::analyze::{self, JobFacts, ProfileFacts};
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::fit::matcher::{self, Outcome};
use crate::fit::{self, FitReport};
use crate::model::{Job, Profile, YearMonth};
use crate::skills::mentions::MentionFinder;
use crate::skills::taxonomy::Taxonomy;
use crate::source::Source;
use std::borrow::Cow;

/// A profile analysed once, ready to be matched against many postings.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub tax: Taxonomy,
    pub finder: MentionFinder,
    pub profile: Profile,
    pub source: Source,
    pub facts: ProfileFacts,
    pub as_of: YearMonth,
}

/// Everything one match produced.
#[derive(Debug, Clone)]
pub struct Fit<'p> {
    pub report: FitReport,
    pub job: JobFacts,
    pub outcomes: Vec<Outcome>,
    /// The taxonomy used: the profile's, or a copy extended by the job's unknown names.
    pub tax: Cow<'p, Taxonomy>,
    pub facts: Cow<'p, ProfileFacts>,
}

pub fn fail_on_errors(diags: Vec<Diagnostic>) -> Result<Vec<Diagnostic>, Error> {
    if diags.iter().any(Diagnostic::is_error) {
        Err(Error::Diagnostics(diags))
    } else {
        Ok(diags)
    }
}

/// Resolve and analyse a profile. Returns warnings (unknown skills…).
pub fn prepare(
    base: &Taxonomy,
    profile: Profile,
    source: Source,
    as_of: YearMonth,
) -> Result<(Prepared, Vec<Diagnostic>), Error> {
    prepare_owned(base.clone(), profile, source, as_of)
}

/// `prepare`, taking the taxonomy instead of copying it (one command, one profile).
pub fn prepare_owned(
    mut tax: Taxonomy,
    profile: Profile,
    source: Source,
    as_of: YearMonth,
) -> Result<(Prepared, Vec<Diagnostic>), Error> {
    let mut diags = analyze::check_profile(&profile, &source);
    diags.extend(analyze::check_future(&profile, &source, as_of));
    diags.extend(analyze::resolve(&mut tax, Some((&profile, &source)), None));
    let diags = fail_on_errors(diags)?;
    let finder = MentionFinder::new(&tax);
    let facts = analyze::profile_facts(&profile, &tax, &finder, as_of);
    Ok((
        Prepared {
            tax,
            finder,
            profile,
            source,
            facts,
            as_of,
        },
        diags,
    ))
}

/// A job's names all known to the profile's taxonomy (so the prepared analysis applies as is)?
pub fn all_known(p: &Prepared, job: &Job) -> bool {
    job.requirements
        .iter()
        .flat_map(|r| r.names())
        .all(|n| p.tax.resolve(n).is_some())
}

/// Match a prepared profile against one job.
pub fn fit<'p>(
    p: &'p Prepared,
    job: &Job,
    source: &Source,
) -> Result<(Fit<'p>, Vec<Diagnostic>), Error> {
    let (tax, finder, facts, diags) = if all_known(p, job) {
        let diags = fail_on_errors(analyze::check_job(job, source))?;
        (
            Cow::Borrowed(&p.tax),
            Cow::Borrowed(&p.finder),
            Cow::Borrowed(&p.facts),
            diags,
        )
    } else {
        // The job names skills the taxonomy does not know: add them, and look for them in the
        // profile too.
        let mut tax = p.tax.clone();
        let diags = fail_on_errors(analyze::resolve(&mut tax, None, Some((job, source))))?;
        let finder = MentionFinder::new(&tax);
        let facts = analyze::profile_facts(&p.profile, &tax, &finder, p.as_of);
        (
            Cow::Owned(tax),
            Cow::Owned(finder),
            Cow::Owned(facts),
            diags,
        )
    };
    let mut jf = analyze::job_facts(job, &tax, &finder);
    let unstated = jf.set_aside_unstated_languages(&tax, &facts);
    let outcomes = matcher::match_job(&tax, &facts, &jf);
    let mut report = fit::build(&tax, &p.profile, job, &facts, &jf, &outcomes);
    report.unstated_languages = unstated
        .iter()
        .map(|r| tax.name(r.skills[0]).to_string())
        .collect();
    Ok((
        Fit {
            report,
            job: jf,
            outcomes,
            tax,
            facts,
        },
        diags,
    ))
}
