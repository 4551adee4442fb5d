//! "Why this job is a fit": a few themes, each a sentence backed by quoted profile lines.
//!
//! Owns grouping met and partial requirements into themes (technical alignment, a skill being
//! learned, distributed systems, cloud & DevOps, leadership & collaboration) and wording them.
//! Every quote is a profile line verbatim; the sentences only name skills the report already
//! found, so the narrative can never claim more than the evidence.

use crate::fit::matcher::Verdict;
use crate::fit::{EvidenceItem, FitReport, RequirementReport, Theme};
use crate::model::{Importance, Profile};
use crate::skills::taxonomy::{Category, Taxonomy};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Technical,
    Growing,
    Architecture,
    CloudDevops,
    Leadership,
}

fn kind_of(category: Category) -> Kind {
    match category {
        Category::Architecture | Category::Protocol | Category::Practice => Kind::Architecture,
        Category::Cloud
        | Category::Devops
        | Category::CiCd
        | Category::Observability
        | Category::Platform => Kind::CloudDevops,
        Category::Leadership | Category::Soft | Category::Methodology => Kind::Leadership,
        _ => Kind::Technical,
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

fn category_of(tax: &Taxonomy, r: &RequirementReport) -> Category {
    tax.resolve(&r.skill)
        .map(|id| tax.skill(id).category)
        .unwrap_or(Category::Other)
}

/// The themes, strongest first.
pub fn themes(tax: &Taxonomy, profile: &Profile, report: &FitReport) -> Vec<Theme> {
    let first = profile
        .name
        .split_whitespace()
        .next()
        .unwrap_or("The candidate")
        .to_string();
    let possessive = if first.ends_with('s') {
        format!("{first}'")
    } else {
        format!("{first}'s")
    };
    let company = report
        .company
        .clone()
        .unwrap_or_else(|| "the team".to_string());
    let mut used: Vec<String> = Vec::new();
    let mut out = Vec::new();

    let shown = |r: &&RequirementReport| r.verdict != Verdict::Missing && !r.evidence.is_empty();
    let learning = |r: &RequirementReport| {
        r.verdict == Verdict::Partial && r.reasons.iter().any(|x| x.contains("learning"))
    };

    // Pick up to `n` quotes not used by an earlier theme, strongest (first listed) first.
    let mut quotes = |reqs: &[&RequirementReport], n: usize| -> Vec<EvidenceItem> {
        let mut picked: Vec<EvidenceItem> = Vec::new();
        for pass in 0..2 {
            for r in reqs {
                for e in &r.evidence {
                    if picked.len() >= n {
                        break;
                    }
                    let fresh = !used.contains(&e.source);
                    let highlight = e.source.contains("highlights")
                        || e.source.starts_with("strengths")
                        || e.source.starts_with("certifications")
                        || e.source.starts_with("projects");
                    if fresh
                        && (pass == 1 || highlight)
                        && !picked.iter().any(|p| p.source == e.source)
                    {
                        picked.push(e.clone());
                    }
                }
            }
        }
        for p in &picked {
            used.push(p.source.clone());
        }
        picked
    };

    let mut groups: Vec<(Kind, Vec<&RequirementReport>)> = Vec::new();
    for r in report.requirements.iter().filter(shown) {
        let k = if learning(r) {
            Kind::Growing
        } else {
            kind_of(category_of(tax, r))
        };
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, v)) => v.push(r),
            None => groups.push((k, vec![r])),
        }
    }
    groups.sort_by_key(|(k, _)| *k);

    for (kind, reqs) in groups {
        let met: Vec<&RequirementReport> = reqs
            .iter()
            .copied()
            .filter(|r| r.verdict == Verdict::Met)
            .collect();
        let names = |v: &[&RequirementReport], max: usize| -> Vec<String> {
            let mut v: Vec<&RequirementReport> = v.to_vec();
            v.sort_by_key(|r| r.importance);
            v.iter().take(max).map(|r| r.skill.clone()).collect()
        };
        let theme = match kind {
            Kind::Technical if !met.is_empty() => {
                let ev = quotes(&met, 2);
                Some(Theme {
                    title: "Technical alignment".into(),
                    text: format!(
                        "{possessive} hands-on experience with {} maps directly to {company}'s stack.",
                        join_and(&names(&met, 5))
                    ),
                    evidence: ev,
                })
            }
            Kind::Growing => {
                let mut ts = Vec::new();
                for r in &reqs {
                    let ev = quotes(&[*r], 2);
                    let asked = r
                        .reasons
                        .iter()
                        .find(|x| x.contains("asks"))
                        .map(|x| x.rsplit("asks ").next().unwrap_or("").to_string());
                    let tail = match (r.importance, asked) {
                        (Importance::Required, Some(level)) => format!(
                            " The posting asks for {level} {}: this is the skill to deepen before the interview.",
                            r.skill
                        ),
                        (Importance::Required, None) => format!(" {} is required, so this is the skill to deepen.", r.skill),
                        _ => String::new(),
                    };
                    ts.push(Theme {
                        title: format!("Growing {} expertise", r.skill),
                        text: format!("{first} is already building with {} and learning it in practice.{tail}", r.skill),
                        evidence: ev,
                    });
                }
                out.extend(ts);
                None
            }
            Kind::Architecture if !met.is_empty() => {
                let distributed = met.iter().any(|r| {
                    let s = r.skill.to_lowercase();
                    s.contains("distributed")
                        || s.contains("microservice")
                        || s.contains("latency")
                        || s.contains("scalab")
                });
                let ev = quotes(&met, 2);
                Some(Theme {
                    title: if distributed {
                        "Distributed systems".into()
                    } else {
                        "Architecture & APIs".into()
                    },
                    text: format!(
                        "A track record with {} matches what the role needs at {company}'s scale.",
                        join_and(&names(&met, 5))
                    ),
                    evidence: ev,
                })
            }
            Kind::CloudDevops if !met.is_empty() => {
                let ev = quotes(&met, 3);
                let cert = ev
                    .iter()
                    .find(|e| e.source.starts_with("certifications"))
                    .map(|e| e.text.clone());
                let cert_txt = cert
                    .map(|c| format!(" and holds the {c}"))
                    .unwrap_or_default();
                Some(Theme {
                    title: "Cloud & DevOps".into(),
                    text: format!(
                        "{first} works with {}{cert_txt}, ready for a team built on cloud and automation.",
                        join_and(&names(&met, 6))
                    ),
                    evidence: ev,
                })
            }
            Kind::Leadership if !met.is_empty() => {
                let ev = quotes(&met, 2);
                Some(Theme {
                    title: "Leadership & collaboration".into(),
                    text: format!(
                        "Experience with {} positions {first} to mentor others and help drive technical decisions.",
                        join_and(&names(&met, 4)).to_lowercase_first()
                    ),
                    evidence: ev,
                })
            }
            _ => None,
        };
        if let Some(t) = theme {
            out.push(t);
        }
    }
    // Keep the seed's order: technical first, the growing skill next, then the rest.
    out.sort_by_key(|t| {
        if t.title == "Technical alignment" {
            0
        } else if t.title.starts_with("Growing") {
            1
        } else if t.title == "Distributed systems" || t.title == "Architecture & APIs" {
            2
        } else if t.title == "Cloud & DevOps" {
            3
        } else {
            4
        }
    });
    if out.is_empty() {
        out.push(Theme {
            title: "Little overlap".into(),
            text: format!(
                "None of the posting's requirements is shown in {possessive} profile yet; see the gaps below."
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
