//! Relevance: which profile lines serve the posting, by how much, and which words to bold.
//!
//! Owns the relevance of each `Place` (the weight of the requirements its evidence serves, from
//! `score`), the set of wanted skills, and emphasis on their mentions. It must not choose what
//! to show or leave out: `compose` and `budget` do.

use crate::analyze::{Line, ProfileFacts};
use crate::fit::matcher::Verdict;
use crate::fit::score;
use crate::model::profile::{Highlight, Level, Project};
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
    let mut asked: Vec<SkillId> = t
        .job
        .reqs
        .iter()
        .flat_map(|r| r.skills.iter().copied())
        .collect();
    asked.sort_unstable();
    asked.dedup();
    // `s` implies an asked skill when it is one or its closure holds one: looked up in the sorted
    // list from each (usually empty) closure, not every asked skill tried against every skill.
    let is_asked = |id: SkillId| asked.binary_search(&id).is_ok();
    for s in tax.skills() {
        if is_asked(s.id) || tax.implied_by(s.id).iter().any(|&i| is_asked(i)) {
            out.insert(s.id);
        }
    }
    out
}

/// Skills that may be bold: wanted technologies the candidate does not claim to be `learning`
/// (nor its parts).
/// A practice, a soft skill or a domain ("Backend", "Led", "mentoring") is never bold: recruiters
/// read bold verbs and field names as keyword stuffing.
pub(super) fn emphasis(
    tax: &Taxonomy,
    profile: &Profile,
    wanted: &BTreeSet<SkillId>,
) -> BTreeSet<SkillId> {
    let learning: BTreeSet<SkillId> = profile
        .skills
        .iter()
        .filter(|s| s.level == Some(Level::Learning))
        .filter_map(|s| tax.resolve(&s.name))
        .collect();
    wanted
        .iter()
        .copied()
        .filter(|&id| tax.skill(id).kind == Kind::Technology)
        // Nor what proves a skill being learnt: no bold `goroutines` when Go is `learning`.
        .filter(|&id| !learning.iter().any(|&l| id == l || tax.implies(id, l)))
        .collect()
}

/// At most this many bold skills on one line.
pub(super) const MAX_BOLD: usize = 2;

/// Words that make a skill name half of a job title ("Backend Engineer", "Go Developer"): the
/// skill is not emphasised there.
const ROLE_NOUNS: &[&str] = &[
    "engineer",
    "engineers",
    "developer",
    "developers",
    "architect",
    "scientist",
    "analyst",
    "administrator",
    "consultant",
    "specialist",
    "lead",
    "manager",
    "programmer",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A mention that may be bold: a whole word (not part of a longer one) that does not start a job
/// title.
fn whole_name(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
        return false;
    }
    let next_word: String = text[end..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    !ROLE_NOUNS.contains(&next_word.as_str())
}

/// The line's text with the emphasised skills' mentions in bold: whole names only, the first
/// `MAX_BOLD` distinct skills, never half of a job title.
pub(super) fn emphasise(line: Option<&Line>, text: &str, bold: &BTreeSet<SkillId>) -> Rich {
    let Some(line) = line.filter(|l| l.text == text) else {
        return Rich::plain(text);
    };
    let mut spans = Vec::new();
    let mut at = 0;
    let mut shown: Vec<SkillId> = Vec::new();
    for m in &line.mentions {
        if !bold.contains(&m.skill) || m.start < at || !whole_name(text, m.start, m.end) {
            continue;
        }
        if !shown.contains(&m.skill) {
            if shown.len() == MAX_BOLD {
                continue;
            }
            shown.push(m.skill);
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
    /// The wanted skills that may be bold (see `emphasis`).
    pub(super) bold: BTreeSet<SkillId>,
}

impl Full<'_> {
    pub(super) fn rel(&self, place: Place) -> f32 {
        self.rel.get(&place).copied().unwrap_or(0.0)
    }

    pub(super) fn rich(&self, place: Place, text: &str) -> Rich {
        emphasise(self.lines.get(&place).copied(), text, &self.bold)
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
