//! The pure middle of jobfit: resolved profile + job → fit report.
//!
//! Owns the order of the steps (resolve names → evidence lines → verdicts → report) and keeping
//! the profile's analysis reusable across many postings (`rank`). No I/O.

use crate::analyze::{self, JobFacts, ProfileFacts, Req};
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::fit::matcher::{self, Outcome, Verdict};
use crate::fit::score;
use crate::fit::{self, FitReport};
use crate::model::job::Seniority;
use crate::model::{Importance, Job, Profile, YearMonth};
use crate::skills::mentions::MentionFinder;
use crate::skills::taxonomy::{SkillId, Taxonomy};
use crate::source::Source;
use std::borrow::Cow;
use std::sync::OnceLock;

/// A profile analysed once, ready to be matched against many postings.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub tax: Taxonomy,
    pub finder: MentionFinder,
    pub profile: Profile,
    pub source: Source,
    pub facts: ProfileFacts,
    pub as_of: YearMonth,
    /// How every taxonomy skill comes out for this profile when a requirement asks no level
    /// and no years (all extracted postings): filled on first use by `summary`.
    verdicts: OnceLock<Vec<SkillVerdict>>,
    /// Does every skill's name resolve to that skill (no two skills share a name)? Filled on
    /// first use by `summary_of_skills`.
    names_are_keys: OnceLock<bool>,
}

/// One skill's outcome against the profile, reduced to what scoring and ranking read.
#[derive(Debug, Clone, Copy)]
struct SkillVerdict {
    verdict: Verdict,
    claimed_only: bool,
    evidence: usize,
}

impl SkillVerdict {
    fn of(o: &Outcome) -> Self {
        SkillVerdict {
            verdict: o.verdict,
            claimed_only: o.claimed_only,
            evidence: o.evidence.len(),
        }
    }

    /// The matcher's preference between alternatives (see `matcher::match_job`).
    fn strength(&self) -> (u8, usize) {
        let v = match self.verdict {
            Verdict::Met if !self.claimed_only => 4,
            Verdict::Met => 3,
            Verdict::Partial => 2,
            Verdict::Missing => 0,
        };
        (v, self.evidence)
    }

    /// An outcome without evidence or reasons, enough for `score::credit`.
    fn outcome(&self, req: usize, skill: SkillId) -> Outcome {
        Outcome {
            req,
            verdict: self.verdict,
            skill,
            evidence: Vec::new(),
            claimed_only: self.claimed_only,
            reasons: Vec::new(),
            level: None,
            years: None,
        }
    }
}

/// One requirement of a `Summary`.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    /// The alternative that matched best (as in the report's `skill`).
    pub skill: String,
    pub importance: Importance,
    pub verdict: Verdict,
}

/// What `rank` needs from a match: the report's score and its requirements' verdicts, in the
/// report's order (required, preferred, the rest), without evidence, narrative or review.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub score: f32,
    pub requirements: Vec<SummaryRow>,
}

impl Summary {
    /// Names of the requirements with this verdict (the report's `matched`, `partial`, `missing`).
    pub fn names(&self, v: Verdict) -> Vec<String> {
        self.requirements
            .iter()
            .filter(|r| r.verdict == v)
            .map(|r| r.skill.clone())
            .collect()
    }
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

fn fail_on_errors(diags: Vec<Diagnostic>) -> Result<Vec<Diagnostic>, Error> {
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
            verdicts: OnceLock::new(),
            names_are_keys: OnceLock::new(),
        },
        diags,
    ))
}

impl Prepared {
    /// Every taxonomy skill judged once, as a requirement with no level and no years.
    fn verdicts(&self) -> &[SkillVerdict] {
        self.verdicts.get_or_init(|| {
            let reqs = self
                .tax
                .skills()
                .iter()
                .map(|s| Req {
                    source: String::new(),
                    skills: vec![s.id],
                    importance: Importance::Unspecified,
                    level: None,
                    years: None,
                    note: None,
                })
                .collect();
            let jf = JobFacts {
                reqs,
                seniority: None,
                min_years: None,
            };
            matcher::match_job(&self.tax, &self.facts, &jf)
                .iter()
                .map(SkillVerdict::of)
                .collect()
        })
    }
}

/// A job's names all known to the profile's taxonomy (so the prepared analysis applies as is)?
fn all_known(p: &Prepared, job: &Job) -> bool {
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
    let jf = analyze::job_facts(job, &tax, &finder);
    let outcomes = matcher::match_job(&tax, &facts, &jf);
    let report = fit::build(&tax, &p.profile, job, &facts, &jf, &outcomes);
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

/// The score and verdicts of matching a prepared profile against one job: the same numbers as
/// `fit(p, job, source).report`, without building the report. For ranking many postings.
pub fn summary(p: &Prepared, job: &Job, source: &Source) -> Result<Summary, Error> {
    if !all_known(p, job) {
        // Rare (YAML jobs naming unknown skills): the full match extends the taxonomy.
        let (f, _) = fit(p, job, source)?;
        let r = f.report;
        return Ok(Summary {
            score: r.score,
            requirements: r
                .requirements
                .into_iter()
                .map(|q| SummaryRow {
                    skill: q.skill,
                    importance: q.importance,
                    verdict: q.verdict,
                })
                .collect(),
        });
    }
    fail_on_errors(analyze::check_job(job, source))?;
    let jf = analyze::job_facts(job, &p.tax, &p.finder);
    Ok(summary_of_facts(p, &jf))
}

/// `summary` of a job whose requirements are given as skill ids (`extract::extract_reqs`):
/// each a skill or its alternatives with an importance, no level, no years, no free text.
/// The same result as `summary` of that job with the skills named, without naming them and
/// resolving the names back; `None` when that would not be the same (two skills share a
/// name: only `summary` of the named job tells which one a name resolves to).
pub fn summary_of_skills(
    p: &Prepared,
    reqs: Vec<(Vec<SkillId>, Importance)>,
    seniority: Option<Seniority>,
    min_years: Option<f32>,
) -> Option<Summary> {
    let keys = *p.names_are_keys.get_or_init(|| {
        p.tax
            .skills()
            .iter()
            .all(|s| p.tax.resolve(&s.name) == Some(s.id))
    });
    if !keys {
        return None;
    }
    // As `analyze::job_facts` (every name resolves to its skill; the source is not read).
    let mut facts: Vec<Req> = Vec::with_capacity(reqs.len());
    let mut seen: Vec<SkillId> = Vec::with_capacity(reqs.len() + 4);
    for (mut skills, importance) in reqs {
        skills.dedup();
        skills.retain(|s| !seen.contains(s));
        if skills.is_empty() {
            continue;
        }
        seen.extend(&skills);
        facts.push(Req {
            source: String::new(),
            skills,
            importance,
            level: None,
            years: None,
            note: None,
        });
    }
    let jf = JobFacts {
        reqs: facts,
        seniority,
        min_years,
    };
    Some(summary_of_facts(p, &jf))
}

/// The score and verdicts of a job's facts, known to the profile's taxonomy.
fn summary_of_facts(p: &Prepared, jf: &JobFacts) -> Summary {
    let outcomes: Vec<Outcome> = if jf
        .reqs
        .iter()
        .all(|r| r.level.is_none() && r.years.is_none())
    {
        // Each alternative's outcome depends on the skill alone: look it up, and keep the
        // strongest alternative (the first of equals), as `matcher::match_job` does.
        let all = p.verdicts();
        jf.reqs
            .iter()
            .enumerate()
            .map(|(ri, req)| {
                let mut best: Option<(SkillId, SkillVerdict)> = None;
                for &want in &req.skills {
                    let v = all[want.0 as usize];
                    if best.is_none_or(|(_, b)| v.strength() > b.strength()) {
                        best = Some((want, v));
                    }
                }
                let (skill, v) = best.expect("a requirement has at least one skill");
                v.outcome(ri, skill)
            })
            .collect()
    } else {
        matcher::match_job(&p.tax, &p.facts, jf)
    };
    // As `fit::build`: rows in the posting's order, stably sorted by importance, then the
    // experience line; the same fold so that the score is the same to the last bit.
    let mut rows: Vec<(Importance, f32, f32, SkillId, Verdict)> = outcomes
        .iter()
        .map(|o| {
            let imp = jf.reqs[o.req].importance;
            (
                imp,
                score::weight(imp),
                score::credit(o),
                o.skill,
                o.verdict,
            )
        })
        .collect();
    rows.sort_by_key(|r| r.0);
    let experience = score::experience(&p.facts, jf);
    let total = score::total(
        rows.iter()
            .map(|r| (r.1, r.2))
            .chain(experience.iter().map(|e| (e.weight, e.credit))),
    );
    Summary {
        score: total,
        requirements: rows
            .into_iter()
            .map(|(importance, _, _, skill, verdict)| SummaryRow {
                skill: p.tax.name(skill).to_string(),
                importance,
                verdict,
            })
            .collect(),
    }
}
