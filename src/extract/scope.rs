//! The importance of one mention from its line: the section it stands in (headings inside a
//! long line included), the inline cues of its clause and the line's own wording.
//!
//! Owns how far a cue reaches: within its line, not past a sentence or clause end (`. `, `; `,
//! `! `, `? `), not farther than `CUE_REACH` bytes and, for a cue that introduces what follows
//! ("it is an advantage if", "Bonus:"), not backwards, so that "Experience with CircleCI;
//! Jenkins is a plus" keeps CircleCI required and one "a plus" in a posting whose line breaks
//! were lost does not make all of it preferred. It must not find headings, cues or skills.

use super::cues::{cue_importance, inline_importance, Cue};
use super::reqline::states_requirement;
use crate::model::Importance;

/// How far, in bytes, a cue reaches from where it stands to a mention.
const CUE_REACH: usize = 150;

/// One line with a mention: what decides its mentions' importance.
pub(super) struct LineScope<'a> {
    pub(super) line: &'a str,
    /// The line's offset in the posting.
    pub(super) start: usize,
    /// The line's cues, (offset in the posting, cue).
    pub(super) cues: &'a [(usize, Cue)],
    /// The line has a character whose lower case is ASCII: its cues are read from the whole
    /// line lower-cased (`inline_importance`).
    pub(super) slow: bool,
    /// The section above the line.
    pub(super) section: Importance,
    /// Headings inside the line (offset in the line, importance).
    pub(super) marks: &'a [(usize, Importance)],
    /// Whether the line states a requirement itself, once asked.
    pub(super) states: Option<bool>,
    /// The line lost its breaks (`lost_breaks`): a requirement may be stated inside it.
    pub(super) lost: bool,
}

/// Does the cue at the start of `s` name only what follows it ("it is an advantage if you
/// know X", "Bonus: X")? So does a cue that is a heading inside the line ("Good to have").
fn forward(s: &[u8]) -> bool {
    let s = &s[..s.len().min(24)];
    memchr::memmem::find(s, b" if ").is_some() || memchr::memchr(b':', s).is_some()
}

/// In a long line whose breaks were lost: does a requirement statement start, with a capital,
/// within `CUE_REACH` bytes before `rel` and in the same clause ("… our team YOUR FITNESS LEVEL
/// You have 5+ years of experience with Embedded Systems")?
fn statement_before(line: &str, rel: usize) -> bool {
    let b = line.as_bytes();
    let from = rel.saturating_sub(CUE_REACH);
    (from..rel).rev().any(|p| {
        b[p].is_ascii_uppercase()
            && (p == 0 || b[p - 1] == b' ')
            && states_requirement(&line[p..])
            && !clause_end(&b[p..rel])
    })
}

/// Is there a clause end in `s`?
fn clause_end(s: &[u8]) -> bool {
    s.windows(2)
        .any(|w| matches!(w[0], b'.' | b';' | b'!' | b'?') && w[1].is_ascii_whitespace())
}

impl LineScope<'_> {
    /// The importance of a mention at `at` (offset in the posting).
    pub(super) fn importance(&mut self, at: usize) -> Importance {
        let rel = at - self.start;
        let section = self
            .marks
            .iter()
            .rev()
            .find(|m| m.0 <= rel)
            .map_or(self.section, |m| m.1);
        let inline = if self.slow {
            inline_importance(self.line)
        } else {
            let b = self.line.as_bytes();
            let near = self.cues.iter().filter(|&&(c, _)| {
                let c = c - self.start;
                let (lo, hi) = if c < rel { (c, rel) } else { (rel, c) };
                hi - lo <= CUE_REACH
                    && !clause_end(&b[lo..hi])
                    && (c < rel || !(forward(&b[c..]) || self.marks.iter().any(|m| m.0 == c)))
            });
            cue_importance(near.map(|c| c.1))
        };
        let imp = inline.map_or(section, |i| match (section, i) {
            (Importance::Unspecified, _) => i,
            (_, Importance::Preferred) => Importance::Preferred,
            (c, _) => c,
        });
        // "You have 3+ years of experience with X" outside a requirement section.
        if imp == Importance::Unspecified
            && (*self
                .states
                .get_or_insert_with(|| states_requirement(self.line))
                || (self.lost && statement_before(self.line, rel)))
        {
            Importance::Required
        } else {
            imp
        }
    }
}
