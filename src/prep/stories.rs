//! The behavioral questions and the profile line that makes the best STAR story for each. Pure:
//! reads the bank and the profile's lines, never the posting (a story is the candidate's own).

use super::bank::Bank;
use super::choose::cue_at;
use super::Story;
use crate::analyze::{LineKind, ProfileFacts};
use crate::fit::report::Span;
use crate::fit::EvidenceItem;

/// The best story line for each behavioral question: an achievement line naming the most of its
/// cues (a line with a number breaks ties), each line used for one question only.
pub(super) fn behavioral(bank: &Bank, facts: &ProfileFacts) -> Vec<Story> {
    let stories: Vec<(usize, String)> = facts
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| {
            matches!(
                l.kind,
                LineKind::Highlight | LineKind::Project | LineKind::Strength
            )
        })
        .map(|(i, l)| (i, l.text.to_lowercase()))
        .collect();
    let mut used: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for (k, b) in bank.people.behavioral.iter().enumerate() {
        let cues: Vec<String> = b.cues.iter().map(|c| c.to_lowercase()).collect();
        let best = stories
            .iter()
            .filter_map(|(i, text)| {
                let hits: Vec<(usize, usize)> = cues
                    .iter()
                    .filter_map(|c| cue_at(text, c).map(|at| (at, c.len())))
                    .collect();
                let first = *hits.first()?;
                let number = text.chars().any(|c| c.is_ascii_digit());
                // A line tells one story: a question no unused line fits gets "prepare one".
                if used.contains(i) {
                    return None;
                }
                Some(((hits.len(), number), *i, first))
            })
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let strength = best.map(|b| (k < CORE, b.0 .0, b.0 .1));
        let line = best.map(|(_, i, (at, len))| {
            used.push(i);
            let l = &facts.lines[i];
            // The cue was found in the lowercase text; map it back only when lengths agree, and
            // emphasise the whole word it starts (`Mentored` for `mentor`).
            let same = l.text.len() == l.text.to_lowercase().len()
                && l.text.is_char_boundary(at)
                && l.text.is_char_boundary(at + len);
            let matched = same.then(|| {
                let rest = &l.text[at + len..];
                let tail = rest
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(rest.len());
                // A sign cue (`%`) takes the number before it: `18%`, not `%`.
                let head = l.text[..at]
                    .chars()
                    .rev()
                    .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
                    .map(char::len_utf8)
                    .sum::<usize>();
                Span {
                    start: at - head,
                    end: at + len + tail,
                }
            });
            EvidenceItem {
                text: l.text.clone(),
                source: l.place,
                matched,
                via: None,
            }
        });
        out.push((
            strength,
            Story {
                question: b.question.clone(),
                theme: b.theme.clone(),
                story: line,
            },
        ));
    }
    keep_behavioral(out)
}

/// The bank's first themes (mentoring, incident, leadership, conflict, impact, failure): what
/// every loop asks, kept whenever the profile has a story for them.
const CORE: usize = 6;

/// Behavioral questions a pack asks: the six with the strongest stories in the profile (core
/// themes first, then most cue words, then a line with a number), and enough without a story (at least two, the first in the bank's
/// order: the candidate should prepare one) to make eight.
const WITH_STORY: usize = 6;
const BEHAVIORAL: usize = 8;

/// How good a story a line makes: (a core theme, cue words named, has a number).
type Strength = (bool, usize, bool);

/// The kept questions, in the bank's order.
fn keep_behavioral(all: Vec<(Option<Strength>, Story)>) -> Vec<Story> {
    let mut strong: Vec<Strength> = all.iter().filter_map(|(s, _)| *s).collect();
    strong.sort_by(|a, b| b.cmp(a));
    let with = strong.len().min(WITH_STORY);
    // The weakest story still kept, and how many of that strength fit (ties go in bank order).
    let floor = strong.get(with.wrapping_sub(1)).copied();
    let mut at_floor = strong[..with].iter().filter(|s| Some(**s) == floor).count();
    let mut room_without = (BEHAVIORAL - with).max(2);
    all.into_iter()
        .filter(|(strength, _)| match strength {
            None => {
                let keep = room_without > 0;
                room_without = room_without.saturating_sub(1);
                keep
            }
            Some(s) if Some(*s) == floor => {
                let keep = at_floor > 0;
                at_floor = at_floor.saturating_sub(1);
                keep
            }
            Some(s) => floor.is_some_and(|f| *s > f),
        })
        .map(|(_, story)| story)
        .collect()
}
