//! The skills of a posting with their importance, alternatives marked, in requirement order.
//!
//! Owns the walk over a posting's lines that gives each mention the importance of its section
//! heading, glued headings and inline cues (or from a line that states a requirement), counts
//! mentions per skill and has `anyof` mark the alternatives. Finding
//! the mentions themselves is `MentionFinder`'s job; this module must not name skills.
//!
//! The vectors of a posting's `Findings` and the skill-id → slot table are reused from one
//! posting to the next through two thread-local pools (`FINDINGS`, `SLOT_OF`). A caller-owned
//! scratch would show that state, but it would change `extract`/`extract_reqs`' signature for
//! every caller (the `rank` workers, the commands, the benches) and `rank` runs one posting
//! after another per thread, which is what the pools serve: they save a handful of allocations
//! per posting, measured in `examples/extract_speed.rs`.

use super::anyof::mark_alternatives;
use super::cues::{has_lower_to_ascii, inline_cues};
use super::scope::LineScope;
use super::sections::heading;
use super::text::line_spans;
use super::wording::{embedded_headings, glued_heading, lost_breaks, trailing_heading};
use crate::model::Importance;
use crate::skills::mentions::{Mention, MentionFinder};
use crate::skills::taxonomy::{SkillId, Taxonomy};

/// A skill found in a posting: the part of `ExtractedSkill` that needs no strings.
pub(super) struct Found {
    pub(super) id: SkillId,
    pub(super) importance: Importance,
    /// How many mentions it has.
    pub(super) count: usize,
    pub(super) alternatives: Vec<SkillId>,
}

/// The skills of a posting in order of first mention, `order` its indices in requirement order
/// (by importance, then first mention), and every mention as (start, end, its skill's index),
/// in text order; `mentions` as the finder found them.
#[derive(Default)]
pub(super) struct Findings {
    pub(super) skills: Vec<Found>,
    pub(super) order: Vec<usize>,
    pub(super) spans: Vec<(usize, usize, usize)>,
    pub(super) mentions: Vec<Mention>,
}

thread_local! {
    /// A posting's findings, their vectors reused for the next posting on this thread.
    static FINDINGS: std::cell::Cell<Findings> = std::cell::Cell::new(Findings::default());
}

impl Findings {
    /// Empty findings, in the vectors of the last ones given back.
    fn reused() -> Findings {
        let mut f = FINDINGS.take();
        f.skills.clear();
        f.order.clear();
        f.spans.clear();
        // (`find_into` clears `mentions`.)
        f
    }

    /// Give the vectors back for the next posting.
    pub(super) fn give_back(self) {
        FINDINGS.set(self);
    }
}

/// The skills of a posting with their importance, alternatives marked, in requirement order.
pub(super) fn find_skills(text: &str, tax: &Taxonomy, finder: &MentionFinder) -> Findings {
    thread_local! {
        /// Per skill id: 1 + its slot in `skills`, or 0 (reset after each posting).
        static SLOT_OF: std::cell::Cell<Vec<u32>> = const { std::cell::Cell::new(Vec::new()) };
    }
    let mut slot_of = SLOT_OF.take();
    if slot_of.len() < tax.len() {
        slot_of.resize(tax.len(), 0);
    }
    let Findings {
        mut skills,
        mut order,
        mut spans,
        mut mentions,
    } = Findings::reused();
    finder.find_into(text, &mut mentions);
    // Line by line, the importance of its mentions: from the last heading above it and its
    // inline cues. Mentions are in text order, and each starts in one line.
    let mut next_mention = 0;
    let mut current = Importance::Unspecified;
    let cues = inline_cues(text);
    let mut next_cue = 0;
    // Lines are looked at one by one for `LOWER_TO_ASCII` only when the text has one.
    let lower_to_ascii = has_lower_to_ascii(text);
    for (start, end) in line_spans(text) {
        let line = &text[start..end];
        let named = mentions.get(next_mention).is_some_and(|m| m.start < end);
        // A heading line like "Requirements: Go, Docker" keeps its own skills; a line told a
        // heading only by its wording is none when it names a skill ("Kafka is a plus").
        match heading(line) {
            Some(h) if !(h.worded && named) => current = h.importance,
            Some(_) => {}
            None => {
                if let Some(imp) = glued_heading(line) {
                    current = imp;
                }
            }
        }
        // A cue has no line break: it is in the line it starts in.
        let first_cue = next_cue;
        while next_cue < cues.len() && cues[next_cue].0 < end {
            next_cue += 1;
        }
        if !named {
            current = trailing_heading(line).unwrap_or(current);
            continue;
        }
        // Headings inside a long line whose breaks were lost.
        let lost = lost_breaks(line);
        let marks = if lost {
            embedded_headings(line)
        } else {
            Vec::new()
        };
        let mut scope = LineScope {
            line,
            start,
            cues: &cues[first_cue..next_cue],
            slow: lower_to_ascii && !line.is_ascii() && has_lower_to_ascii(line),
            section: current,
            marks: &marks,
            states: None,
            lost,
        };
        while let Some(m) = mentions.get(next_mention).filter(|m| m.start < end) {
            next_mention += 1;
            let imp = scope.importance(m.start);
            let slot = &mut slot_of[m.skill.0 as usize];
            let i = if *slot == 0 {
                skills.push(Found {
                    id: m.skill,
                    importance: imp,
                    count: 1,
                    alternatives: Vec::new(),
                });
                *slot = skills.len() as u32;
                skills.len() - 1
            } else {
                let i = *slot as usize - 1;
                let s = &mut skills[i];
                s.importance = s.importance.min(imp);
                s.count += 1;
                i
            };
            spans.push((m.start, m.end, i));
        }
        current = marks.last().map_or(current, |m| m.1);
        current = trailing_heading(line).unwrap_or(current);
    }
    debug_assert_eq!(next_mention, mentions.len(), "mentions out of text order");
    for s in &skills {
        slot_of[s.id.0 as usize] = 0;
    }
    SLOT_OF.set(slot_of);
    mark_alternatives(text, &mut skills, &spans, tax);
    // `skills` is in order of first mention: taking them by importance, in that order within
    // each, sorts them by (importance, first mention).
    for imp in [
        Importance::Required,
        Importance::Preferred,
        Importance::Unspecified,
    ] {
        order.extend((0..skills.len()).filter(|&i| skills[i].importance == imp));
    }
    debug_assert_eq!(order.len(), skills.len(), "an importance left out");
    Findings {
        skills,
        order,
        spans,
        mentions,
    }
}
