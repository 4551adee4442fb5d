//! Tailoring: choose, order and emphasise profile content for one posting, within a page budget.
//!
//! Owns relevance (which requirement each line serves), the order of skills, highlights and
//! projects, the bold words, and what is left out to fit. Pure: page counts come from a
//! `measure` function the caller passes (the real PDF layout). It must never write a word
//! that is not in the profile — only headings and formatted dates are added.

pub mod resume;

use crate::analyze::JobFacts;
use crate::analyze::{Line, LineKind, ProfileFacts};
use crate::fit::matcher::{Outcome, Verdict};
use crate::fit::score;
use crate::model::date::display_range;
use crate::model::profile::Project;
use crate::model::profile::{Highlight, Level};
use crate::model::{Importance, Place, Profile};
use crate::skills::taxonomy::{SkillId, Taxonomy};
use crate::tailor::resume::{
    safe_url, ContactItem, Entry, Resume, Rich, Section, SectionBody, SkillGroup, Span,
};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

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

/// A line that can be left out, in the order it would be.
#[derive(Debug, Clone)]
struct Droppable {
    source: Place,
    text: String,
}

/// Relevance of each profile line (by place) to the posting.
fn relevance(facts: &ProfileFacts, target: Option<&Target>) -> HashMap<Place, f32> {
    let mut rel: HashMap<Place, f32> = HashMap::new();
    let Some(t) = target else {
        return rel;
    };
    for o in t.outcomes {
        let imp = t.job.reqs[o.req].importance;
        let f = match o.verdict {
            Verdict::Met => 1.0,
            Verdict::Partial => 0.6,
            Verdict::Missing => 0.0,
        };
        for e in &o.evidence {
            *rel.entry(facts.lines[e.line].place).or_default() += score::weight(imp) * f;
        }
    }
    rel
}

/// Skills the posting requires or prefers, and every skill that demonstrates one of them.
fn wanted(tax: &Taxonomy, target: Option<&Target>) -> BTreeSet<SkillId> {
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
fn emphasise(line: Option<&Line>, text: &str, wanted: &BTreeSet<SkillId>) -> Rich {
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
struct Full<'a> {
    profile: &'a Profile,
    lines: HashMap<Place, &'a Line>,
    rel: HashMap<Place, f32>,
    wanted: BTreeSet<SkillId>,
}

impl Full<'_> {
    fn rel(&self, place: Place) -> f32 {
        self.rel.get(&place).copied().unwrap_or(0.0)
    }

    fn rich(&self, place: Place, text: &str) -> Rich {
        emphasise(self.lines.get(&place).copied(), text, &self.wanted)
    }

    /// Highlights of a list, most relevant first (stable), without the dropped ones.
    fn bullets(
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

fn skill_item(
    tax: &Taxonomy,
    name: &str,
    level: Option<Level>,
    note: Option<&str>,
    wanted: &BTreeSet<SkillId>,
) -> Rich {
    let bold = tax.resolve(name).is_some_and(|id| wanted.contains(&id));
    let mut spans = vec![Span {
        text: name.to_string(),
        bold,
    }];
    let mut extra = Vec::new();
    if level == Some(Level::Learning) {
        extra.push("learning".to_string());
    }
    // A note that only repeats the group ("Prometheus (observability)" under Observability) adds
    // nothing; a long one would not fit a skills line.
    let category = tax.resolve(name).map(|id| tax.skill(id).category);
    let repeats = |n: &str| {
        category.is_some_and(|c| {
            n.eq_ignore_ascii_case(c.as_str()) || n.eq_ignore_ascii_case(c.group_label())
        })
    };
    if let Some(n) = note.filter(|n| n.chars().count() <= 40 && !repeats(n.trim())) {
        extra.push(n.to_string());
    }
    if !extra.is_empty() {
        spans.push(Span {
            text: format!(" ({})", extra.join("; ")),
            bold: false,
        });
    }
    Rich { spans }
}

/// A skills group being assembled: its best relevance, the profile index of its first skill, and
/// its items with their relevance and profile index.
struct GroupAcc {
    rel: f32,
    first: usize,
    items: Vec<(f32, usize, Rich)>,
}

/// A project's relevance: its description (or name) and its highlights together.
fn project_relevance(full: &Full, i: usize, pr: &Project) -> f32 {
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

fn build_resume(
    full: &Full,
    tax: &Taxonomy,
    target: Option<&Target>,
    dropped: &BTreeSet<Place>,
) -> Resume {
    let p = full.profile;
    let reorder = target.is_some();
    let mut contact = Vec::new();
    if let Some(e) = &p.contact.email {
        contact.push(ContactItem {
            text: e.clone(),
            url: safe_url(&format!("mailto:{}", e.trim())).map(str::to_string),
        });
    }
    if let Some(ph) = &p.contact.phone {
        let digits: String = ph
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        contact.push(ContactItem {
            text: ph.clone(),
            url: (!digits.is_empty()).then(|| format!("tel:{digits}")),
        });
    }
    if let Some(l) = &p.contact.location {
        contact.push(ContactItem {
            text: l.clone(),
            url: None,
        });
    }
    for l in &p.contact.links {
        contact.push(ContactItem {
            text: l.label.clone(),
            url: safe_url(&l.url).map(str::to_string),
        });
    }

    let mut sections = Vec::new();
    if let Some(s) = &p.summary {
        sections.push(Section {
            title: "Summary".into(),
            body: SectionBody::Paragraph(full.rich(Place::Summary, s)),
        });
    }

    // Skills, grouped by category; asked-for groups and skills first.
    if !p.skills.is_empty() {
        let mut groups: BTreeMap<&str, GroupAcc> = BTreeMap::new();
        for (i, s) in p.skills.iter().enumerate() {
            let id = tax.resolve(&s.name);
            let label = id.map_or("Other", |id| tax.skill(id).category.group_label());
            let asked = id.is_some_and(|id| full.wanted.contains(&id));
            let r = if asked && reorder { 1.0 } else { 0.0 };
            let g = groups.entry(label).or_insert(GroupAcc {
                rel: 0.0,
                first: i,
                items: Vec::new(),
            });
            g.rel = g.rel.max(r);
            let item = skill_item(tax, &s.name, s.level, s.note.as_deref(), &full.wanted);
            g.items.push((r, i, item));
        }
        let mut gs: Vec<(&str, GroupAcc)> = groups.into_iter().collect();
        gs.sort_by(|a, b| b.1.rel.total_cmp(&a.1.rel).then(a.1.first.cmp(&b.1.first)));
        let body = gs
            .into_iter()
            .map(|(label, mut g)| {
                g.items
                    .sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
                SkillGroup {
                    label: label.to_string(),
                    items: g.items.into_iter().map(|x| x.2).collect(),
                }
            })
            .collect();
        sections.push(Section {
            title: "Skills".into(),
            body: SectionBody::Skills(body),
        });
    }

    if !p.experience.is_empty() {
        let entries = p
            .experience
            .iter()
            .enumerate()
            .map(|(i, e)| Entry {
                title: e.title.clone(),
                subtitle: Some(e.company.clone()),
                dates: display_range(Some(e.start), e.end.or(Some(crate::model::Date::Present))),
                location: e.location.clone(),
                url: None,
                description: None,
                bullets: full.bullets(
                    |j| Place::Highlight { role: i, i: j },
                    &e.highlights,
                    dropped,
                    reorder,
                ),
            })
            .collect();
        sections.push(Section {
            title: "Experience".into(),
            body: SectionBody::Entries(entries),
        });
    }

    let mut projects: Vec<(f32, usize)> = p
        .projects
        .iter()
        .enumerate()
        .filter(|&(i, _)| !dropped.contains(&Place::Project(i)))
        .map(|(i, pr)| (project_relevance(full, i, pr), i))
        .collect();
    if reorder {
        projects.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    }
    if !projects.is_empty() {
        let entries = projects
            .into_iter()
            .map(|(_, i)| {
                let pr = &p.projects[i];
                Entry {
                    title: pr.name.clone(),
                    subtitle: None,
                    dates: display_range(pr.start, pr.end),
                    location: None,
                    url: pr.url.as_deref().and_then(safe_url).map(str::to_string),
                    description: pr
                        .description
                        .as_ref()
                        .map(|d| full.rich(Place::ProjectDescription(i), d)),
                    bullets: full.bullets(
                        |j| Place::ProjectHighlight { project: i, i: j },
                        &pr.highlights,
                        dropped,
                        reorder,
                    ),
                }
            })
            .collect();
        sections.push(Section {
            title: "Projects".into(),
            body: SectionBody::Entries(entries),
        });
    }

    let strengths = full.bullets(Place::Strength, &p.strengths, dropped, reorder);
    if !strengths.is_empty() {
        sections.push(Section {
            title: "Leadership & Collaboration".into(),
            body: SectionBody::Bullets(strengths),
        });
    }

    if !p.certifications.is_empty() {
        let entries = p
            .certifications
            .iter()
            .map(|c| Entry {
                title: c.name.clone(),
                subtitle: c.issuer.clone(),
                dates: c.date.map(|d| d.display()),
                location: None,
                url: c.url.as_deref().and_then(safe_url).map(str::to_string),
                description: None,
                bullets: Vec::new(),
            })
            .collect();
        sections.push(Section {
            title: "Certifications".into(),
            body: SectionBody::Entries(entries),
        });
    }

    if !p.education.is_empty() {
        let entries = p
            .education
            .iter()
            .enumerate()
            .map(|(i, ed)| Entry {
                title: ed.degree.clone().unwrap_or_else(|| ed.institution.clone()),
                subtitle: ed.degree.as_ref().map(|_| ed.institution.clone()),
                dates: display_range(ed.start, ed.end),
                location: ed.location.clone(),
                url: None,
                description: None,
                bullets: full.bullets(
                    |j| Place::EducationHighlight { entry: i, i: j },
                    &ed.highlights,
                    dropped,
                    reorder,
                ),
            })
            .collect();
        sections.push(Section {
            title: "Education".into(),
            body: SectionBody::Entries(entries),
        });
    }

    let title = match target {
        Some(t) => format!("{} — {}", p.name, t.label),
        None => format!("{} — Resume", p.name),
    };
    Resume {
        name: p.name.clone(),
        headline: p.headline.clone(),
        contact,
        sections,
        keywords: target.map(|t| t.matched.clone()).unwrap_or_default(),
        title,
    }
}

/// Lines that may be left out, least valuable first: irrelevant highlights (oldest role
/// first), then projects, then the remaining highlights of older roles. The first evidence of
/// every met required skill is never on the list.
fn drop_order(
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
    let full = Full {
        profile,
        lines: facts.lines.iter().map(|l| (l.place, l)).collect(),
        rel: relevance(facts, target),
        wanted: wanted(tax, target),
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
mod tests {
    use super::*;
    use crate::model::YearMonth;
    use crate::pipeline;
    use crate::source::Source;

    const AS_OF: YearMonth = YearMonth {
        year: 2026,
        month: Some(11),
    };

    /// A stand-in for the PDF layout: 60 lines a page.
    fn lines_measure(r: &Resume) -> usize {
        let mut lines = 4;
        for s in &r.sections {
            lines += 2;
            match &s.body {
                SectionBody::Entries(es) => {
                    for e in es {
                        lines += 1 + e.description.is_some() as usize;
                        lines += e
                            .bullets
                            .iter()
                            .map(|b| 1 + b.text().len() / 100)
                            .sum::<usize>();
                    }
                }
                SectionBody::Skills(gs) => lines += gs.len(),
                SectionBody::Bullets(bs) => lines += bs.len(),
                SectionBody::Paragraph(p) => lines += 1 + p.text().len() / 100,
            }
        }
        lines.div_ceil(60)
    }

    /// Every string of the parsed profile, joined: the only text a resume may show.
    fn profile_text(p: &Profile) -> String {
        fn walk(v: &serde_json::Value, out: &mut String) {
            match v {
                serde_json::Value::String(s) => {
                    out.push_str(s);
                    out.push('\n');
                }
                serde_json::Value::Number(n) => {
                    out.push_str(&n.to_string());
                    out.push('\n');
                }
                serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
                serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, out)),
                _ => {}
            }
        }
        let mut out = String::new();
        walk(&serde_json::to_value(p).unwrap(), &mut out);
        out
    }

    fn tailored(profile: &str, job: &str, pages: usize) -> (Tailored, String) {
        let base = Taxonomy::builtin();
        let psrc = Source::new("p.yaml", std::fs::read_to_string(profile).unwrap());
        let jsrc = Source::new("j.yaml", std::fs::read_to_string(job).unwrap());
        let p: Profile = crate::input::yaml::parse(&psrc).unwrap();
        let j: crate::model::Job = crate::input::yaml::parse(&jsrc).unwrap();
        let (prep, _) = pipeline::prepare(&base, p, psrc.clone(), AS_OF).unwrap();
        let (fit, _) = pipeline::fit(&prep, &j, &jsrc).unwrap();
        let target = Target {
            job: &fit.job,
            outcomes: &fit.outcomes,
            label: fit.report.job_label(),
            matched: fit.report.matched.clone(),
        };
        let t = tailor(
            &fit.tax,
            &prep.profile,
            &fit.facts,
            Some(&target),
            pages,
            &lines_measure,
        );
        (t, profile_text(&prep.profile))
    }

    fn squash(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Every piece of text in the resume is profile text, a heading or a formatted date.
    fn assert_nothing_invented(r: &Resume, profile_yaml: &str) {
        // `profile_yaml` is every string of the parsed profile (see `profile_text`).
        let profile = squash(profile_yaml);
        let in_profile = |s: &str| s.trim().is_empty() || profile.contains(&squash(s));
        assert!(in_profile(&r.name));
        for c in &r.contact {
            assert!(in_profile(&c.text), "contact {:?}", c.text);
        }
        let mut texts: Vec<String> = Vec::new();
        for s in &r.sections {
            match &s.body {
                SectionBody::Entries(es) => {
                    for e in es {
                        texts.push(e.title.clone());
                        texts.extend(e.subtitle.clone());
                        texts.extend(e.location.clone());
                        texts.extend(e.description.as_ref().map(Rich::text));
                        texts.extend(e.bullets.iter().map(Rich::text));
                        if let Some(d) = &e.dates {
                            // Dates are formatted, but every year in them is the profile's.
                            for y in d
                                .split(|c: char| !c.is_ascii_digit())
                                .filter(|y| y.len() == 4)
                            {
                                assert!(profile.contains(y), "date {d}");
                            }
                        }
                    }
                }
                SectionBody::Skills(gs) => {
                    for g in gs {
                        for item in &g.items {
                            // `Name (learning; note)`: the name and the note are the profile's.
                            let t = item.text();
                            let (name, rest) = t.split_once(" (").unwrap_or((&t, ""));
                            texts.push(name.to_string());
                            for part in rest.trim_end_matches(')').split("; ") {
                                texts.push(part.to_string());
                            }
                        }
                    }
                }
                SectionBody::Bullets(bs) => texts.extend(bs.iter().map(Rich::text)),
                SectionBody::Paragraph(p) => texts.push(p.text()),
            }
        }
        for t in texts {
            assert!(in_profile(&t), "not in the profile: {t:?}");
        }
        // Every number printed is a number of the profile.
        let all: String = serde_json::to_string(&r.sections).unwrap();
        for n in all
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
        {
            assert!(profile_yaml.contains(n), "number {n} not in the profile");
        }
    }

    #[test]
    fn never_invents_on_the_example_and_an_unrelated_profile() {
        for (p, j) in [
            ("profiles/juan.yaml", "jobs/booking_go.yaml"),
            (
                "tests/fixtures/alice/profile.yaml",
                "tests/fixtures/alice/job.yaml",
            ),
            (
                "tests/fixtures/long/profile.yaml",
                "tests/fixtures/long/job.yaml",
            ),
            (
                "tests/fixtures/hostile/profile.yaml",
                "jobs/booking_go.yaml",
            ),
        ] {
            for pages in [1, 2, 10] {
                let (t, yaml) = tailored(p, j, pages);
                assert_nothing_invented(&t.resume, &yaml);
            }
        }
    }

    #[test]
    fn asked_for_skills_come_first_and_are_bold() {
        let (t, _) = tailored("profiles/juan.yaml", "jobs/booking_go.yaml", 2);
        let SectionBody::Skills(groups) = &t.resume.sections[1].body else {
            panic!("skills second")
        };
        let first = &groups[0].items[0];
        assert!(first.spans[0].bold, "{first:?}");
        // Emphasis in highlights: `Docker` is bold in the ECS line.
        let exp = t
            .resume
            .sections
            .iter()
            .find(|s| s.title == "Experience")
            .unwrap();
        let SectionBody::Entries(es) = &exp.body else {
            panic!()
        };
        let bolds: Vec<&str> = es[0]
            .bullets
            .iter()
            .flat_map(|b| b.spans.iter())
            .filter(|s| s.bold)
            .map(|s| s.text.as_str())
            .collect();
        assert!(bolds.contains(&"Docker"), "{bolds:?}");
        // The most relevant bullet of the first role comes first.
        assert!(
            es[0].bullets[0].text().contains("microservices"),
            "{:?}",
            es[0].bullets[0].text()
        );
    }

    #[test]
    fn long_profile_is_fitted_to_one_page_keeping_required_evidence() {
        let (t, _) = tailored(
            "tests/fixtures/long/profile.yaml",
            "tests/fixtures/long/job.yaml",
            1,
        );
        assert_eq!(t.pages, 1, "{:#?}", t.omitted);
        assert!(t.fits);
        assert!(!t.omitted.is_empty());
        let (full, _) = tailored(
            "tests/fixtures/long/profile.yaml",
            "tests/fixtures/long/job.yaml",
            10,
        );
        assert!(full.omitted.is_empty());
        assert!(lines_measure(&full.resume) > 1);
        // Role headings all stay.
        let roles = |r: &Resume| {
            r.sections
                .iter()
                .find(|s| s.title == "Experience")
                .map(|s| match &s.body {
                    SectionBody::Entries(es) => es.len(),
                    _ => 0,
                })
        };
        assert_eq!(roles(&t.resume), roles(&full.resume));
    }

    #[test]
    fn impossible_budget_gives_the_shortest_honest_version() {
        let never = |_: &Resume| 5;
        let base = Taxonomy::builtin();
        let src = Source::new(
            "p.yaml",
            std::fs::read_to_string("profiles/juan.yaml").unwrap(),
        );
        let jsrc = Source::new(
            "j.yaml",
            std::fs::read_to_string("jobs/booking_go.yaml").unwrap(),
        );
        let p: Profile = crate::input::yaml::parse(&src).unwrap();
        let j: crate::model::Job = crate::input::yaml::parse(&jsrc).unwrap();
        let (prep, _) = pipeline::prepare(&base, p, src, AS_OF).unwrap();
        let (fit, _) = pipeline::fit(&prep, &j, &jsrc).unwrap();
        let target = Target {
            job: &fit.job,
            outcomes: &fit.outcomes,
            label: "x".into(),
            matched: vec![],
        };
        let t = tailor(
            &fit.tax,
            &prep.profile,
            &fit.facts,
            Some(&target),
            1,
            &never,
        );
        assert!(!t.fits);
        assert_eq!(t.pages, 5);
        assert!(!t.omitted.is_empty());
    }

    #[test]
    fn untailored_keeps_profile_order() {
        let base = Taxonomy::builtin();
        let src = Source::new(
            "p.yaml",
            std::fs::read_to_string("profiles/juan.yaml").unwrap(),
        );
        let p: Profile = crate::input::yaml::parse(&src).unwrap();
        let (prep, _) = pipeline::prepare(&base, p, src, AS_OF).unwrap();
        let t = tailor(
            &prep.tax,
            &prep.profile,
            &prep.facts,
            None,
            usize::MAX,
            &lines_measure,
        );
        let exp = t
            .resume
            .sections
            .iter()
            .find(|s| s.title == "Experience")
            .unwrap();
        let SectionBody::Entries(es) = &exp.body else {
            panic!()
        };
        assert_eq!(
            es[0].bullets[0].text(),
            prep.profile.experience[0].highlights[0].text
        );
        assert!(es
            .iter()
            .flat_map(|e| &e.bullets)
            .all(|b| b.spans.iter().all(|s| !s.bold)));
    }
}
