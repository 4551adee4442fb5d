//! Requirement by requirement: met, partial or missing, and the profile lines that prove it.
//!
//! Owns the verdict rules. Pure: takes resolved facts (never strings to normalise) and returns
//! results; scoring weights live in `score`, the report shape in `fit`.

use crate::analyze::{Claim, JobFacts, Line, LineKind, ProfileFacts, Req};
use crate::fit::reason::Reason;
use crate::model::profile::Level;
use crate::skills::taxonomy::{SkillId, Taxonomy};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Met,
    Partial,
    Missing,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::Partial => "partial",
            Verdict::Missing => "missing",
        }
    }
}

/// A profile line that shows a requirement's skill.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// Index into `ProfileFacts::lines`.
    pub line: usize,
    /// The skill the line names (may differ from the wanted one: `EKS` for Kubernetes).
    pub shows: SkillId,
}

/// How a requirement came out.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Index into `JobFacts::reqs`.
    pub req: usize,
    pub verdict: Verdict,
    /// The alternative that matched best (or the first one when none did).
    pub skill: SkillId,
    /// Strongest evidence first.
    pub evidence: Vec<Evidence>,
    /// The profile lists the skill but no line shows it.
    pub claimed_only: bool,
    /// Why partial, or how it was shown.
    pub reasons: Vec<Reason>,
    /// The candidate's claim, if any.
    pub level: Option<Level>,
    pub years: Option<f32>,
}

/// How strong one alternative is for the candidate.
struct Support {
    verdict: Verdict,
    evidence: Vec<Evidence>,
    claimed_only: bool,
    reasons: Vec<Reason>,
    level: Option<Level>,
    years: Option<f32>,
}

/// How strongly an alternative serves a requirement: shown beats claimed only, beats partial,
/// beats missing; then more evidence beats less. `match_job` keeps the strongest alternative
/// (the first of equals), and `rank` makes the same choice from cached verdicts.
pub fn strength(verdict: Verdict, claimed_only: bool, evidence: usize) -> (u8, usize) {
    let v = match verdict {
        Verdict::Met if !claimed_only => 4,
        Verdict::Met => 3,
        Verdict::Partial => 2,
        Verdict::Missing => 0,
    };
    (v, evidence)
}

impl Outcome {
    /// This outcome's `strength`.
    pub fn strength(&self) -> (u8, usize) {
        strength(self.verdict, self.claimed_only, self.evidence.len())
    }
}

impl Support {
    fn strength(&self) -> (u8, usize) {
        strength(self.verdict, self.claimed_only, self.evidence.len())
    }
}

/// Lines that show `want` directly or through an implication, strongest first.
fn lines_showing(tax: &Taxonomy, lines: &[Line], want: SkillId) -> Vec<Evidence> {
    let mut ev: Vec<(usize, Evidence)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let direct = l.skills.contains(&want);
        let via = if direct {
            Some(want)
        } else {
            l.skills.iter().copied().find(|&s| tax.implies(s, want))
        };
        if let Some(shows) = via {
            // A line of the profile's work (a highlight, a project …) before a skill's own
            // note or the headline; then direct mentions before implied ones; then by line
            // kind; then profile order.
            let weak = l.kind >= LineKind::SkillNote;
            let order =
                usize::from(weak) * 2000 + usize::from(!direct) * 1000 + l.kind as usize * 100;
            ev.push((order, Evidence { line: i, shows }));
        }
    }
    ev.sort_by_key(|(o, e)| (*o, e.line));
    ev.into_iter().map(|(_, e)| e).collect()
}

/// The claim that speaks for `want`: its own, else the strongest claim of a skill that implies
/// it (an unstated level counts as working), the first of equals.
fn claim_for<'a>(tax: &Taxonomy, claims: &'a [Claim], want: SkillId) -> Option<&'a Claim> {
    claims.iter().find(|c| c.skill == want).or_else(|| {
        claims
            .iter()
            .filter(|c| tax.implies(c.skill, want))
            .min_by_key(|c| std::cmp::Reverse(c.level.unwrap_or(Level::Working)))
    })
}

fn support(tax: &Taxonomy, facts: &ProfileFacts, req: &Req, want: SkillId) -> Support {
    let evidence = lines_showing(tax, &facts.lines, want);
    let claim = claim_for(tax, &facts.claims, want);
    // A skill being learned (Snowflake) says nothing about a broader one (data warehousing)
    // that a line shows through another skill (Redshift).
    let shown_otherwise =
        |c: &Claim| c.skill != want && evidence.iter().any(|e| e.shows != c.skill);
    let level = claim
        .filter(|c| !(c.level == Some(Level::Learning) && shown_otherwise(c)))
        .and_then(|c| c.level);
    let years = claim
        .and_then(|c| c.years)
        .or_else(|| facts.skill_years.get(&want).copied());
    let mut reasons = Vec::new();
    if evidence.is_empty() && claim.is_none() {
        // Nothing direct: a related skill (a transferable sibling, AWS for GCP) is partial, when
        // a line of the profile's own work shows it; a skill only claimed, or named only in its
        // own note, earns nothing for its siblings. A broader one (Kubernetes for Helm) is not
        // related: it does not show the specific skill.
        let related = facts
            .lines
            .iter()
            .filter(|l| l.kind < LineKind::SkillNote)
            .flat_map(|l| l.skills.iter().copied());
        let mut best: Option<SkillId> = None;
        for s in related {
            if tax.related(s, want) {
                best = Some(best.map_or(s, |b| b.min(s)));
            }
        }
        if let Some(s) = best {
            let ev = lines_showing(tax, &facts.lines, s);
            reasons.push(Reason::Related {
                skill: want,
                shown: s,
            });
            return Support {
                verdict: Verdict::Partial,
                evidence: ev,
                claimed_only: false,
                reasons,
                level: None,
                years: None,
            };
        }
        return Support {
            verdict: Verdict::Missing,
            evidence,
            claimed_only: false,
            reasons,
            level: None,
            years: None,
        };
    }
    let mut verdict = Verdict::Met;
    // "shown through X": the line that proves it, else the claim that speaks for it.
    if let Some(e) = evidence.first() {
        if e.shows != want {
            reasons.push(Reason::Via(e.shows));
        }
    } else if let Some(c) = claim {
        if c.skill != want {
            reasons.push(Reason::Via(c.skill));
        }
    }
    if level == Some(Level::Learning) {
        verdict = Verdict::Partial;
        reasons.push(Reason::Learning {
            skill: want,
            asked: req.level,
        });
    } else if let (Some(have), Some(need)) = (level, req.level) {
        if have < need {
            verdict = Verdict::Partial;
            reasons.push(Reason::LevelBelow { have, need });
        }
    }
    if let Some(need) = req.years {
        match years {
            Some(have) if have + 0.05 < need => {
                verdict = Verdict::Partial;
                reasons.push(Reason::YearsBelow {
                    skill: want,
                    have,
                    need,
                });
            }
            None => {
                verdict = Verdict::Partial;
                reasons.push(Reason::YearsUnknown { skill: want, need });
            }
            _ => {}
        }
    }
    let claimed_only = evidence.is_empty();
    if claimed_only {
        reasons.push(Reason::ClaimedOnly);
    }
    Support {
        verdict,
        evidence,
        claimed_only,
        reasons,
        level,
        years,
    }
}

/// Judge every requirement.
pub fn match_job(tax: &Taxonomy, facts: &ProfileFacts, job: &JobFacts) -> Vec<Outcome> {
    job.reqs
        .iter()
        .enumerate()
        .map(|(ri, req)| {
            let mut best: Option<(SkillId, Support)> = None;
            for &want in &req.skills {
                let s = support(tax, facts, req, want);
                if best
                    .as_ref()
                    .is_none_or(|(_, b)| s.strength() > b.strength())
                {
                    best = Some((want, s));
                }
            }
            let (skill, s) = best.expect("a requirement has at least one skill");
            let mut reasons = s.reasons;
            if req.skills.len() > 1 && s.verdict != Verdict::Missing {
                let others = req.skills.iter().copied().filter(|&o| o != skill);
                reasons.push(Reason::AnyOf(others.collect()));
            }
            Outcome {
                req: ri,
                verdict: s.verdict,
                skill,
                evidence: s.evidence,
                claimed_only: s.claimed_only,
                reasons,
                level: s.level,
                years: s.years,
            }
        })
        .collect()
}

/// Skills the profile lists in `skills` that no line shows.
pub fn unevidenced_claims(tax: &Taxonomy, facts: &ProfileFacts) -> Vec<SkillId> {
    let mut out: Vec<SkillId> = facts
        .claims
        .iter()
        .map(|c| c.skill)
        .filter(|&s| lines_showing(tax, &facts.lines, s).is_empty())
        .collect();
    out.dedup();
    out
}

#[cfg(test)]
mod tests;
