//! Relevance: which profile lines serve the posting, by how much, and which words to bold.
//!
//! Owns the relevance of each `Place` (the weight of the requirements its evidence serves, from
//! `score`), the set of wanted skills, and emphasis on their mentions. It must not choose what
//! to show or leave out: `compose` and `budget` do.

use crate::analyze::{Line, ProfileFacts};
use crate::fit::matcher::Verdict;
use crate::fit::score;
use crate::model::profile::{Highlight, Project};
use crate::model::{Place, Profile};
use crate::skills::taxonomy::{Kind, SkillId, Taxonomy};
use crate::tailor::resume::{Rich, Span};
use crate::tailor::Target;
use std::collections::{BTreeSet, HashMap};

/// Relevance of each profile line (by place) to the posting.
pub(super) fn relevance(facts: &ProfileFacts, target: Option<&Target>) -> HashMap<Place, f32> {
    let mut rel: HashMap<Place, f32> = HashMap::new();
    let Some(t) = target else {
        return rel;
    };
    for o in t.outcomes {
        let req = &t.job.reqs[o.req];
        // A soft skill or domain the posting names still makes a line worth showing, at half
        // the weight a scored requirement of its importance would give.
        let w = score::weight(req.importance, Kind::Technology)
            * if req.kind.is_scored() { 1.0 } else { 0.5 };
        let f = match o.verdict {
            Verdict::Met => 1.0,
            Verdict::Partial => 0.6,
            Verdict::Missing => 0.0,
        };
        for e in &o.evidence {
            *rel.entry(facts.lines[e.line].place).or_default() += w * f;
        }
    }
    rel
}

/// Skills the posting requires or prefers, and every skill that demonstrates one of them.
pub(super) fn wanted(tax: &Taxonomy, target: Option<&Target>) -> BTreeSet<SkillId> {
    let mut out = BTreeSet::new();
    let Some(t) = target else {
        return out;
    };
    let asked: Vec<SkillId> = t
        .job
        .reqs
        .iter()
        .flat_map(|r| r.skills.iter().copied())
        .collect();
    for s in tax.skills() {
        if asked.iter().any(|&a| tax.implies(s.id, a)) {
            out.insert(s.id);
        }
    }
    out
}

/// The line's text with the wanted skills' mentions in bold.
pub(super) fn emphasise(line: Option<&Line>, text: &str, wanted: &BTreeSet<SkillId>) -> Rich {
    let Some(line) = line.filter(|l| l.text == text) else {
        return Rich::plain(text);
    };
    let mut spans = Vec::new();
    let mut at = 0;
    for m in &line.mentions {
        if !wanted.contains(&m.skill) || m.start < at {
            continue;
        }
        if m.start > at {
            spans.push(Span {
                text: text[at..m.start].to_string(),
                bold: false,
            });
        }
        spans.push(Span {
            text: text[m.start..m.end].to_string(),
            bold: true,
        });
        at = m.end;
    }
    if at < text.len() {
        spans.push(Span {
            text: text[at..].to_string(),
            bold: false,
        });
    }
    Rich { spans }
}

/// Everything a resume could show, before the budget.
pub(super) struct Full<'a> {
    pub(super) profile: &'a Profile,
    pub(super) lines: HashMap<Place, &'a Line>,
    pub(super) rel: HashMap<Place, f32>,
    pub(super) wanted: BTreeSet<SkillId>,
}

impl Full<'_> {
    pub(super) fn rel(&self, place: Place) -> f32 {
        self.rel.get(&place).copied().unwrap_or(0.0)
    }

    pub(super) fn rich(&self, place: Place, text: &str) -> Rich {
        emphasise(self.lines.get(&place).copied(), text, &self.wanted)
    }

    /// Highlights of a list, most relevant first (stable), without the dropped ones.
    pub(super) fn bullets(
        &self,
        place: impl Fn(usize) -> Place,
        hs: &[Highlight],
        dropped: &BTreeSet<Place>,
        reorder: bool,
    ) -> Vec<Rich> {
        let mut idx: Vec<usize> = (0..hs.len()).collect();
        if reorder {
            idx.sort_by(|&a, &b| {
                let (ra, rb) = (self.rel(place(a)), self.rel(place(b)));
                rb.total_cmp(&ra).then(a.cmp(&b))
            });
        }
        idx.into_iter()
            .filter(|&i| !dropped.contains(&place(i)))
            .map(|i| self.rich(place(i), &hs[i].text))
            .collect()
    }
}

/// A project's relevance: its description (or name) and its highlights together.
pub(super) fn project_relevance(full: &Full, i: usize, pr: &Project) -> f32 {
    let desc = if pr.description.is_some() {
        Place::ProjectDescription(i)
    } else {
        Place::ProjectName(i)
    };
    full.rel(desc)
        + (0..pr.highlights.len())
            .map(|j| full.rel(Place::ProjectHighlight { project: i, i: j }))
            .sum::<f32>()
}
