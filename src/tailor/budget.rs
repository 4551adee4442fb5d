//! The page budget: what may be left out, least valuable first.
//!
//! Owns the drop order (irrelevant highlights of older roles first, then projects, then the
//! rest) and what is never dropped (the first evidence of every met required skill). It must
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

/// Lines that may be left out, least valuable first: irrelevant highlights (oldest role
/// first), then projects, then the remaining highlights of older roles. The first evidence of
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
    let mut hl: Vec<(u8, usize, f32, usize, Droppable)> = Vec::new(); // (phase, age, rel, pos)
    let n_roles = p.experience.len();
    for (i, e) in p.experience.iter().enumerate() {
        for (j, h) in e.highlights.iter().enumerate() {
            let src = Place::Highlight { role: i, i: j };
            if protected.contains(&src) {
                continue;
            }
            let r = full.rel(src);
            let phase = if r == 0.0 { 0 } else { 2 };
            // Older roles (later in the list) go first: sort key is their distance from the top.
            hl.push((
                phase,
                n_roles - i,
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
            if r == 0.0 { 0 } else { 2 },
            0,
            r,
            usize::MAX - i,
            Droppable {
                source: src,
                text: h.text.clone(),
            },
        ));
    }
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
            1,
            0,
            r,
            usize::MAX - i,
            Droppable {
                source: Place::Project(i),
                text: pr.name.clone(),
            },
        ));
    }
    // Phase, then least relevant, then oldest role, then the later bullet first.
    hl.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(a.2.total_cmp(&b.2))
            .then(b.1.cmp(&a.1))
            .then(a.3.cmp(&b.3))
    });
    hl.into_iter().map(|x| x.4).collect()
}
