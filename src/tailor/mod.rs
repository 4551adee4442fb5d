//! Tailoring: choose, order and emphasise profile content for one posting, within a page budget.
//!
//! Owns relevance (which requirement each line serves), the order of skills, highlights and
//! projects, the bold words, and what is left out to fit. Pure: page counts come from a
//! `measure` function the caller passes (the real PDF layout). It must never write a word
//! that is not in the profile — only headings and formatted dates are added.
//!
//! `relevance` scores lines and picks the bold words, `compose` builds the resume section by
//! section (`contact` the header's links, `sections` awards, publications, volunteering and
//! languages), `budget` orders what may be left out; this file bisects the page budget.

pub mod resume;

mod budget;
mod compose;
mod contact;
mod relevance;
mod sections;

use crate::analyze::{JobFacts, ProfileFacts};
use crate::fit::matcher::Outcome;
use crate::model::{Place, Profile};
use crate::skills::taxonomy::Taxonomy;
use budget::drop_order;
use compose::build_resume;
use relevance::{emphasis, relevance, wanted, Full};
use resume::Resume;
use serde::Serialize;
use std::collections::BTreeSet;

/// What a posting asks, as tailoring needs it.
pub struct Target<'a> {
    pub job: &'a JobFacts,
    pub outcomes: &'a [Outcome],
    /// `Senior Go Developer, Booking.com`, for the document title.
    pub label: String,
    /// Matched skill names, for the PDF keywords.
    pub matched: Vec<String>,
}

/// Something left out to fit the page budget.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Omission {
    /// Where it is in the profile, e.g. `experience[1].highlights[3]` or `projects[2]`.
    pub source: Place,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tailored {
    pub resume: Resume,
    pub omitted: Vec<Omission>,
    pub pages: usize,
    /// False when even the shortest honest version is longer than the budget.
    pub fits: bool,
}

/// Tailor a profile (to a posting when `target` is given) within `pages` pages as measured by
/// `measure`. With no target, the whole resume is kept in the profile's order and `pages` is
/// ignored.
pub fn tailor(
    tax: &Taxonomy,
    profile: &Profile,
    facts: &ProfileFacts,
    target: Option<&Target>,
    pages: usize,
    measure: &dyn Fn(&Resume) -> usize,
) -> Tailored {
    let wanted = wanted(tax, target);
    let full = Full {
        profile,
        lines: facts.lines.iter().map(|l| (l.place, l)).collect(),
        rel: relevance(facts, target),
        bold: emphasis(tax, profile, &wanted),
        wanted,
    };
    let none = BTreeSet::new();
    let resume = build_resume(&full, tax, target, &none);
    let n = measure(&resume);
    if target.is_none() || n <= pages {
        return Tailored {
            resume,
            omitted: Vec::new(),
            pages: n,
            fits: target.is_none() || n <= pages,
        };
    }
    let order = drop_order(profile, &full, target, facts);
    let with = |k: usize| -> (Resume, usize) {
        let dropped: BTreeSet<Place> = order[..k].iter().map(|d| d.source).collect();
        let r = build_resume(&full, tax, target, &dropped);
        let n = measure(&r);
        (r, n)
    };
    // Fewest drops that fit: page count only falls as more is left out, so bisect.
    let (mut lo, mut hi) = (0usize, order.len());
    let (last, last_n) = with(hi);
    if last_n > pages {
        return Tailored {
            resume: last,
            omitted: order
                .iter()
                .map(|d| Omission {
                    source: d.source,
                    text: d.text.clone(),
                })
                .collect(),
            pages: last_n,
            fits: false,
        };
    }
    while lo + 1 < hi {
        let mid = (lo + hi) / 2;
        if with(mid).1 <= pages {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    let (resume, n) = with(hi);
    let mut omitted: Vec<Omission> = order[..hi]
        .iter()
        .map(|d| Omission {
            source: d.source,
            text: d.text.clone(),
        })
        .collect();
    // In the order of their places' text, as the report has always listed them.
    omitted.sort_by_cached_key(|o| o.source.to_string());
    Tailored {
        resume,
        omitted,
        pages: n,
        fits: true,
    }
}

#[cfg(test)]
mod tests;
