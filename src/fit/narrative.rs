//! "Why this job is a fit": a few themes, each a sentence backed by quoted profile lines.
//!
//! Owns grouping met and partial requirements into themes (technical alignment, a skill being
//! learned, distributed systems, cloud & DevOps, leadership & collaboration) and wording them.
//! Every quote is a profile line verbatim; the sentences only name skills the report already
//! found, so the narrative can never claim more than the evidence.

use crate::fit::matcher::Verdict;
use crate::fit::reason::Reason;
use crate::fit::report::{EvidenceItem, RequirementReport, Theme, ThemeKind};
use crate::model::{Importance, Level, Place};
use crate::skills::taxonomy::{Category, Kind};

/// The theme a met requirement belongs to: by its category; a soft skill is always
/// leadership and collaboration.
fn kind_of(kind: Kind, category: Category) -> ThemeKind {
    if kind == Kind::Soft {
        return ThemeKind::Leadership;
    }
    match category {
        Category::Architecture | Category::Protocol | Category::Practice => ThemeKind::Architecture,
        Category::Cloud
        | Category::Devops
        | Category::CiCd
        | Category::Observability
        | Category::Platform => ThemeKind::CloudDevops,
        Category::Leadership | Category::Soft | Category::Methodology => ThemeKind::Leadership,
        _ => ThemeKind::Technical,
    }
}

/// `A`, `A and B`, `A, B and C`.
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [a] => a.clone(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

/// A partial requirement the candidate is learning, and the level the posting asks of it.
fn learning(r: &RequirementReport) -> Option<Option<Level>> {
    if r.verdict != Verdict::Partial {
        return None;
    }
    r.reasons.iter().find_map(|x| match x {
        Reason::Learning { asked, .. } => Some(*asked),
        _ => None,
    })
}

/// A skill whose name says it is about systems at scale (the architecture theme's title).
fn names_distributed_work(skill: &str) -> bool {
    let s = skill.to_lowercase();
    ["distributed", "microservice", "latency", "scalab"]
        .iter()
        .any(|w| s.contains(w))
}

/// The words a theme needs, and the quotes already used (a line is quoted once).
struct Writer {
    first: String,
    possessive: String,
    company: String,
    used: Vec<Place>,
}

impl Writer {
    fn new(candidate: &str, company: Option<&str>) -> Writer {
        let first = candidate
            .split_whitespace()
            .next()
            .unwrap_or("The candidate")
            .to_string();
        let possessive = if first.ends_with('s') {
            format!("{first}'")
        } else {
            format!("{first}'s")
        };
        Writer {
            first,
            possessive,
            company: company.unwrap_or("the team").to_string(),
            used: Vec::new(),
        }
    }

    /// Up to `n` quotes not used by an earlier theme, strongest (first listed) first;
    /// achievements (highlights, projects, strengths, certifications) before the summary, a
    /// title or a degree. A skill's own note or the headline is never quoted: it proves
    /// nothing a theme claims. The same words are quoted once.
    fn quotes(&mut self, reqs: &[&RequirementReport], n: usize) -> Vec<EvidenceItem> {
        let mut picked: Vec<EvidenceItem> = Vec::new();
        for pass in 0..2 {
            for r in reqs {
                for e in &r.evidence {
                    if picked.len() >= n {
                        break;
                    }
                    let fresh = !self.used.contains(&e.source);
                    let label = matches!(
                        e.source,
                        Place::SkillNote(_) | Place::Skill(_) | Place::Headline
                    );
                    if fresh
                        && !label
                        && (pass == 1 || e.source.is_achievement())
                        && !picked
                            .iter()
                            .any(|p| p.source == e.source || p.text == e.text)
                    {
                        picked.push(e.clone());
                    }
                }
            }
        }
        self.used.extend(picked.iter().map(|p| p.source));
        picked
    }
}

/// Up to `max` skill names, most important first.
fn names(reqs: &[&RequirementReport], max: usize) -> Vec<String> {
    let mut v: Vec<&RequirementReport> = reqs.to_vec();
    v.sort_by_key(|r| r.importance);
    v.iter().take(max).map(|r| r.skill.clone()).collect()
}

fn technical(w: &mut Writer, met: &[&RequirementReport]) -> Theme {
    Theme {
        kind: ThemeKind::Technical,
        title: "Technical alignment".into(),
        text: format!(
            "{} hands-on experience with {} maps directly to {}'s stack.",
            w.possessive,
            join_and(&names(met, 5)),
            w.company
        ),
        evidence: w.quotes(met, 2),
    }
}

fn growing(w: &mut Writer, r: &RequirementReport, asked: Option<Level>) -> Theme {
    let evidence = w.quotes(&[r], 2);
    let tail = match (r.importance, asked) {
        (Importance::Required, Some(level)) => format!(
            " The posting asks for {} {}: this is the skill to deepen before the interview.",
            level.as_str(),
            r.skill
        ),
        (Importance::Required, None) => {
            format!(" {} is required, so this is the skill to deepen.", r.skill)
        }
        _ => String::new(),
    };
    Theme {
        kind: ThemeKind::Growing,
        title: format!("Growing {} expertise", r.skill),
        text: format!(
            "{} is already building with {} and learning it in practice.{tail}",
            w.first, r.skill
        ),
        evidence,
    }
}

fn architecture(w: &mut Writer, met: &[&RequirementReport]) -> Theme {
    let distributed = met.iter().any(|r| names_distributed_work(&r.skill));
    Theme {
        kind: ThemeKind::Architecture,
        title: if distributed {
            "Distributed systems".into()
        } else {
            "Architecture & APIs".into()
        },
        text: if distributed {
            format!(
                "{} has built with {}, as the role needs at {}'s scale.",
                w.first,
                join_and(&names(met, 5)),
                w.company
            )
        } else {
            format!(
                "{} has worked with {}, which the posting asks for.",
                w.first,
                join_and(&names(met, 5))
            )
        },
        evidence: w.quotes(met, 2),
    }
}

fn cloud_devops(w: &mut Writer, met: &[&RequirementReport]) -> Theme {
    let evidence = w.quotes(met, 3);
    let cert = evidence
        .iter()
        .find(|e| e.source.is_certification())
        .map(|e| format!(" and holds the {}", e.text))
        .unwrap_or_default();
    Theme {
        kind: ThemeKind::CloudDevops,
        title: "Cloud & DevOps".into(),
        text: format!(
            "{} works with {}{cert}, ready for a team built on cloud and automation.",
            w.first,
            join_and(&names(met, 6))
        ),
        evidence,
    }
}

fn leadership(w: &mut Writer, met: &[&RequirementReport]) -> Theme {
    let evidence = w.quotes(met, 2);
    Theme {
        kind: ThemeKind::Leadership,
        title: "Leadership & collaboration".into(),
        text: format!(
            "Experience with {} positions {} to mentor others and help drive technical decisions.",
            join_and(&names(met, 4)).to_lowercase_first(),
            w.first
        ),
        evidence,
    }
}

/// Below this score the story opens with where the candidate fits and where not.
pub const WEAK_FIT: f32 = 50.0;

/// The opening of a weak fit's story: what the candidate shows of what the posting asks most
/// (its required skills, or all it names when it lists none), and what is not shown.
fn balance(w: &Writer, requirements: &[RequirementReport]) -> Theme {
    let scored: Vec<&RequirementReport> =
        requirements.iter().filter(|r| r.kind.is_scored()).collect();
    let required: Vec<&RequirementReport> = scored
        .iter()
        .copied()
        .filter(|r| r.importance == Importance::Required)
        .collect();
    let (pool, what) = if required.is_empty() {
        (scored, "skills the posting names")
    } else {
        (required, "required skills")
    };
    let named = |v: Verdict| -> Vec<String> {
        pool.iter()
            .filter(|r| r.verdict == v)
            .map(|r| r.skill.clone())
            .collect()
    };
    let (met, partial, missing) = (
        named(Verdict::Met),
        named(Verdict::Partial),
        named(Verdict::Missing),
    );
    let few = |v: &[String]| {
        let mut shown: Vec<String> = v.iter().take(4).cloned().collect();
        if v.len() > 4 {
            shown.push(format!("{} more", v.len() - 4));
        }
        join_and(&shown)
    };
    let mut text = if met.is_empty() {
        format!(
            "{} profile shows none of the {} {what} in full",
            w.possessive,
            pool.len()
        )
    } else {
        format!(
            "{} shows {} of the {} {what} ({})",
            w.first,
            met.len(),
            pool.len(),
            few(&met)
        )
    };
    if !partial.is_empty() {
        text.push_str(&format!("; {} in part", few(&partial)));
    }
    if !missing.is_empty() {
        text.push_str(&format!(
            "; {} {} not shown",
            few(&missing),
            if missing.len() == 1 { "is" } else { "are" }
        ));
    }
    text.push('.');
    Theme {
        kind: ThemeKind::Balance,
        title: "A partial fit".into(),
        text,
        evidence: Vec::new(),
    }
}

/// The themes, in the seed's order: technical first, the growing skill next, then the rest;
/// below `WEAK_FIT` a `balance` theme comes first. `requirements` are the report's rows.
pub fn themes(
    candidate: &str,
    company: Option<&str>,
    requirements: &[RequirementReport],
    score: f32,
) -> Vec<Theme> {
    let mut w = Writer::new(candidate, company);
    let mut groups: Vec<(ThemeKind, Vec<&RequirementReport>)> = Vec::new();
    // Spoken languages and domains are not a stack: the report lists them, the story does not.
    let shown = |r: &&RequirementReport| {
        r.verdict != Verdict::Missing
            && !r.evidence.is_empty()
            && !matches!(r.kind, Kind::Language | Kind::Domain)
    };
    for r in requirements.iter().filter(shown) {
        let k = if learning(r).is_some() {
            ThemeKind::Growing
        } else {
            kind_of(r.kind, r.category)
        };
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, v)) => v.push(r),
            None => groups.push((k, vec![r])),
        }
    }
    groups.sort_by_key(|(k, _)| *k);

    let mut out = Vec::new();
    for (kind, reqs) in groups {
        if kind == ThemeKind::Growing {
            for r in reqs {
                let asked = learning(r).flatten();
                out.push(growing(&mut w, r, asked));
            }
            continue;
        }
        let met: Vec<&RequirementReport> = reqs
            .into_iter()
            .filter(|r| r.verdict == Verdict::Met)
            .collect();
        if met.is_empty() {
            continue;
        }
        let theme = match kind {
            ThemeKind::Technical => technical(&mut w, &met),
            ThemeKind::Architecture => architecture(&mut w, &met),
            ThemeKind::CloudDevops => cloud_devops(&mut w, &met),
            _ => leadership(&mut w, &met),
        };
        // A theme nothing but skill notes would prove is not told.
        if !theme.evidence.is_empty() {
            out.push(theme);
        }
    }
    if !out.is_empty() && score < WEAK_FIT {
        out.insert(0, balance(&w, requirements));
    }
    if out.is_empty() {
        out.push(Theme {
            kind: ThemeKind::LittleOverlap,
            title: "Little overlap".into(),
            text: format!(
                "None of the posting's requirements is shown in {} profile yet; see the gaps below.",
                w.possessive
            ),
            evidence: Vec::new(),
        });
    }
    out
}

trait LowerFirst {
    fn to_lowercase_first(&self) -> String;
}

impl LowerFirst for String {
    /// `Mentoring and Code Review` → `mentoring and code review`, keeping acronyms (`CI/CD`).
    fn to_lowercase_first(&self) -> String {
        self.split(' ')
            .map(|w| {
                let upper = w.chars().filter(|c| c.is_uppercase()).count();
                if upper == 1 && w.chars().next().is_some_and(char::is_uppercase) {
                    w.to_lowercase()
                } else {
                    w.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests;
