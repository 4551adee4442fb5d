//! The page budget: what may be left out, least valuable first.
//!
//! Owns the drop order (irrelevant highlights of older roles first, then irrelevant projects,
//! then the rest, volunteering, awards and publications among them; the current role's
//! quantified results last) and what is never dropped (the first evidence of every met required skill). It must
//! not measure pages: `tailor` bisects with the caller's `measure`.

use crate::analyze::{LineKind, ProfileFacts};
use crate::fit::matcher::Verdict;
use crate::model::{Importance, Place, Profile};
use crate::tailor::relevance::{project_relevance, Full};
use crate::tailor::Target;
use std::collections::BTreeSet;

/// A line that can be left out, in the order it would be.
#[derive(Debug, Clone)]
pub(super) struct Droppable {
    pub(super) source: Place,
    pub(super) text: String,
}

/// Lines that may be left out, least valuable first (see `highlight_tier`): irrelevant
/// highlights of older roles first, the current role's quantified results last. The first evidence of
/// every met required skill is never on the list.
pub(super) fn drop_order(
    p: &Profile,
    full: &Full,
    target: Option<&Target>,
    facts: &ProfileFacts,
) -> Vec<Droppable> {
    let mut protected: BTreeSet<Place> = BTreeSet::new();
    if let Some(t) = target {
        for o in t.outcomes {
            if o.verdict == Verdict::Met && t.job.reqs[o.req].importance == Importance::Required {
                if let Some(e) = o.evidence.iter().find(|e| {
                    matches!(
                        facts.lines[e.line].kind,
                        LineKind::Highlight | LineKind::Project | LineKind::Strength
                    )
                }) {
                    let place = facts.lines[e.line].place;
                    // Evidence in a project description protects the whole project.
                    protected.insert(place.entry());
                    protected.insert(place);
                }
            }
        }
    }
    let mut hl: Vec<(u8, usize, f32, usize, Droppable)> = Vec::new(); // (tier, age, rel, pos)
    let current = current_roles(p);
    for (i, e) in p.experience.iter().enumerate() {
        for (j, h) in e.highlights.iter().enumerate() {
            let src = Place::Highlight { role: i, i: j };
            if protected.contains(&src) {
                continue;
            }
            let r = full.rel(src);
            // Older roles (later in the list) go first: the age is the index.
            hl.push((
                highlight_tier(current.contains(&i), r > 0.0, quantified(&h.text)),
                i,
                r,
                usize::MAX - j,
                Droppable {
                    source: src,
                    text: h.text.clone(),
                },
            ));
        }
    }
    for (i, h) in p.strengths.iter().enumerate() {
        let src = Place::Strength(i);
        if protected.contains(&src) {
            continue;
        }
        let r = full.rel(src);
        hl.push((
            if r == 0.0 { 0 } else { 3 },
            0,
            r,
            usize::MAX - i,
            Droppable {
                source: src,
                text: h.text.clone(),
            },
        ));
    }
    education(p, full, &mut hl);
    for (i, pr) in p.projects.iter().enumerate() {
        if protected.contains(&Place::Project(i)) {
            // Keep the project, but its irrelevant bullets may go.
            for (j, h) in pr.highlights.iter().enumerate() {
                let src = Place::ProjectHighlight { project: i, i: j };
                if !protected.contains(&src) && full.rel(src) == 0.0 {
                    hl.push((
                        0,
                        0,
                        0.0,
                        usize::MAX - j,
                        Droppable {
                            source: src,
                            text: h.text.clone(),
                        },
                    ));
                }
            }
            continue;
        }
        let r = project_relevance(full, i, pr);
        hl.push((
            if r == 0.0 { 1 } else { 4 },
            0,
            r,
            usize::MAX - i,
            Droppable {
                source: Place::Project(i),
                text: pr.name.clone(),
            },
        ));
    }
    extras(p, full, &protected, &mut hl);
    // Tier, then least relevant, then oldest role, then the later bullet first.
    hl.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(a.2.total_cmp(&b.2))
            .then(b.1.cmp(&a.1))
            .then(a.3.cmp(&b.3))
    });
    hl.into_iter().map(|x| x.4).collect()
}

/// Education lines go first, after the oldest role's.
fn education(p: &Profile, full: &Full, hl: &mut Vec<(u8, usize, f32, usize, Droppable)>) {
    let n_roles = p.experience.len();
    for (i, ed) in p.education.iter().enumerate() {
        for (j, h) in ed.highlights.iter().enumerate() {
            let src = Place::EducationHighlight { entry: i, i: j };
            hl.push((
                0,
                n_roles + 1,
                full.rel(src),
                usize::MAX - j,
                Droppable {
                    source: src,
                    text: h.text.clone(),
                },
            ));
        }
    }
}

/// Volunteering, awards and publications: their irrelevant entries go early (tiers 0–1), relevant
/// ones with older roles' relevant lines (tier 3), always before the current role's strongest
/// lines. Spoken languages are one short line and are never on the list.
fn extras(
    p: &Profile,
    full: &Full,
    protected: &BTreeSet<Place>,
    hl: &mut Vec<(u8, usize, f32, usize, Droppable)>,
) {
    let mut push = |tier: u8, src: Place, pos: usize, text: &str| {
        if !protected.contains(&src) {
            let r = full.rel(src);
            hl.push((
                if r == 0.0 { tier } else { 3 },
                0,
                r,
                usize::MAX - pos,
                Droppable {
                    source: src,
                    text: text.to_string(),
                },
            ));
        }
    };
    for (i, v) in p.volunteering.iter().enumerate() {
        for (j, h) in v.highlights.iter().enumerate() {
            push(
                0,
                Place::VolunteeringHighlight { entry: i, i: j },
                j,
                &h.text,
            );
        }
        push(1, Place::Volunteering(i), i, &v.organization);
    }
    for (i, a) in p.awards.iter().enumerate() {
        push(1, Place::Award(i), i, &a.title);
    }
    for (i, pb) in p.publications.iter().enumerate() {
        push(1, Place::Publication(i), i, &pb.title);
    }
}

/// The roles held now (no end date), or the first role when every one has ended.
fn current_roles(p: &Profile) -> BTreeSet<usize> {
    let now: BTreeSet<usize> = (0..p.experience.len())
        .filter(|&i| p.experience[i].end.is_none())
        .collect();
    if now.is_empty() && !p.experience.is_empty() {
        BTreeSet::from([0])
    } else {
        now
    }
}

/// A line with a measured result: a number or a percentage ("Cut spend by 38%").
pub(super) fn quantified(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit() || c == '%')
}

/// When a role's highlight may go, lowest first: older roles' irrelevant plain lines (0), the
/// current role's irrelevant plain lines (2), older roles' relevant or quantified lines (3),
/// older roles' relevant quantified lines (4), the current role's relevant lines (5) and its
/// quantified results last (6). Projects without relevance are tier 1, relevant ones tier 4.
fn highlight_tier(current: bool, relevant: bool, quantified: bool) -> u8 {
    match (current, relevant, quantified) {
        (true, _, true) => 6,
        (true, true, false) => 5,
        (true, false, false) => 2,
        (false, true, true) => 4,
        (false, true, false) | (false, false, true) => 3,
        (false, false, false) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn current_results_outrank_older_bullets() {
        let plain_old = highlight_tier(false, false, false);
        let relevant_old = highlight_tier(false, true, false);
        let result_now = highlight_tier(true, false, true);
        let relevant_now = highlight_tier(true, true, false);
        assert!(plain_old < relevant_old);
        assert!(relevant_old < relevant_now);
        assert!(relevant_now < result_now);
        assert!(highlight_tier(false, true, true) < result_now);
        assert!(quantified("Cut Snowflake spend by 38%"));
        assert!(quantified("Served 2M users"));
        assert!(!quantified("Mentored juniors"));
    }
}
