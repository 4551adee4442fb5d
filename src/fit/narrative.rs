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
use crate::skills::taxonomy::Category;

/// The theme a met requirement of this category belongs to.
fn kind_of(category: Category) -> ThemeKind {
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
    /// achievements (highlights, projects, strengths, certifications) before labels.
    fn quotes(&mut self, reqs: &[&RequirementReport], n: usize) -> Vec<EvidenceItem> {
        let mut picked: Vec<EvidenceItem> = Vec::new();
        for pass in 0..2 {
            for r in reqs {
                for e in &r.evidence {
                    if picked.len() >= n {
                        break;
                    }
                    let fresh = !self.used.contains(&e.source);
                    if fresh
                        && (pass == 1 || e.source.is_achievement())
                        && !picked.iter().any(|p| p.source == e.source)
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
        text: format!(
            "A track record with {} matches what the role needs at {}'s scale.",
            join_and(&names(met, 5)),
            w.company
        ),
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

/// The themes, in the seed's order: technical first, the growing skill next, then the rest.
/// `requirements` are the report's rows.
pub fn themes(
    candidate: &str,
    company: Option<&str>,
    requirements: &[RequirementReport],
) -> Vec<Theme> {
    let mut w = Writer::new(candidate, company);
    let mut groups: Vec<(ThemeKind, Vec<&RequirementReport>)> = Vec::new();
    let shown = |r: &&RequirementReport| r.verdict != Verdict::Missing && !r.evidence.is_empty();
    for r in requirements.iter().filter(shown) {
        let k = if learning(r).is_some() {
            ThemeKind::Growing
        } else {
            kind_of(r.category)
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
        out.push(match kind {
            ThemeKind::Technical => technical(&mut w, &met),
            ThemeKind::Architecture => architecture(&mut w, &met),
            ThemeKind::CloudDevops => cloud_devops(&mut w, &met),
            _ => leadership(&mut w, &met),
        });
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
