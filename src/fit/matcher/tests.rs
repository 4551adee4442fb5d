//! The matcher's rules, one row each, on hand-built facts (no YAML, no text scanning).

use super::*;
use crate::analyze::LineKind;
use crate::fit::reason::Reason;
use crate::model::{Importance, JobPlace, Place};
use crate::skills::taxonomy::Kind;
use std::collections::BTreeMap;

fn tax() -> Taxonomy {
    Taxonomy::builtin()
}

fn id(tax: &Taxonomy, name: &str) -> SkillId {
    tax.resolve(name)
        .unwrap_or_else(|| panic!("{name} is in the taxonomy"))
}

/// A highlight of the first role that shows these skills.
fn line(tax: &Taxonomy, i: usize, skills: &[&str]) -> Line {
    let mut skills: Vec<SkillId> = skills.iter().map(|s| id(tax, s)).collect();
    skills.sort();
    Line {
        place: Place::Highlight { role: 0, i },
        text: format!("highlight {i}"),
        kind: LineKind::Highlight,
        skills,
        mentions: Vec::new(),
        role: Some(0),
    }
}

fn claim(tax: &Taxonomy, i: usize, name: &str, level: Option<Level>, years: Option<f32>) -> Claim {
    Claim {
        skill: id(tax, name),
        written: name.to_string(),
        level,
        years,
        note: None,
        place: Place::Skill(i),
    }
}

fn facts(lines: Vec<Line>, claims: Vec<Claim>, skill_years: &[(SkillId, f32)]) -> ProfileFacts {
    ProfileFacts {
        lines,
        claims,
        years: 5.0,
        skill_years: skill_years.iter().copied().collect::<BTreeMap<_, _>>(),
    }
}

fn req(tax: &Taxonomy, any_of: &[&str], level: Option<Level>, years: Option<f32>) -> Req {
    Req {
        place: JobPlace::Requirement(0),
        skills: any_of.iter().map(|s| id(tax, s)).collect(),
        importance: Importance::Required,
        kind: Kind::Technology,
        level,
        years,
        note: None,
    }
}

fn judge(tax: &Taxonomy, f: &ProfileFacts, r: Req) -> Outcome {
    let jf = JobFacts {
        reqs: vec![r],
        seniority: None,
        min_years: None,
    };
    match_job(tax, f, &jf).remove(0)
}

/// A rule's name, the facts, the requirement; the verdict, claimed only, the reasons and the
/// alternative chosen.
type Row = (
    &'static str,
    ProfileFacts,
    Req,
    Verdict,
    bool,
    Vec<Reason>,
    SkillId,
);

fn check(t: &Taxonomy, rows: Vec<Row>) {
    for (rule, f, r, verdict, claimed_only, reasons, skill) in rows {
        let o = judge(t, &f, r);
        assert_eq!(o.verdict, verdict, "{rule}");
        assert_eq!(o.claimed_only, claimed_only, "{rule}");
        assert_eq!(o.reasons, reasons, "{rule}");
        assert_eq!(o.skill, skill, "{rule}");
    }
}

#[test]
fn each_rule_for_one_skill_gives_its_verdict_and_reasons() {
    let t = tax();
    let go = id(&t, "Go");
    let (k8s, eks, aws, gcp) = (
        id(&t, "Kubernetes"),
        id(&t, "EKS"),
        id(&t, "AWS"),
        id(&t, "GCP"),
    );
    let shown = |s: &[&str]| vec![line(&t, 0, s)];
    // (rule, facts, requirement, verdict, claimed only, reasons, the skill chosen)
    let rows: Vec<Row> = vec![
        (
            "met: a line shows it",
            facts(shown(&["Go"]), vec![], &[]),
            req(&t, &["Go"], None, None),
            Verdict::Met,
            false,
            vec![],
            go,
        ),
        (
            "met through a more specific skill",
            facts(shown(&["EKS"]), vec![], &[]),
            req(&t, &["Kubernetes"], None, None),
            Verdict::Met,
            false,
            vec![Reason::Via(eks)],
            k8s,
        ),
        (
            "claimed only: listed, no line shows it",
            facts(vec![], vec![claim(&t, 0, "Go", None, None)], &[]),
            req(&t, &["Go"], None, None),
            Verdict::Met,
            true,
            vec![Reason::ClaimedOnly],
            go,
        ),
        (
            "learning is partial, with the level asked",
            facts(
                shown(&["Go"]),
                vec![claim(&t, 0, "Go", Some(Level::Learning), None)],
                &[],
            ),
            req(&t, &["Go"], Some(Level::Strong), None),
            Verdict::Partial,
            false,
            vec![Reason::Learning {
                skill: go,
                asked: Some(Level::Strong),
            }],
            go,
        ),
        (
            "a level below the one asked is partial",
            facts(
                shown(&["Go"]),
                vec![claim(&t, 0, "Go", Some(Level::Working), None)],
                &[],
            ),
            req(&t, &["Go"], Some(Level::Expert), None),
            Verdict::Partial,
            false,
            vec![Reason::LevelBelow {
                have: Level::Working,
                need: Level::Expert,
            }],
            go,
        ),
        (
            "the level asked, met",
            facts(
                shown(&["Go"]),
                vec![claim(&t, 0, "Go", Some(Level::Expert), None)],
                &[],
            ),
            req(&t, &["Go"], Some(Level::Strong), None),
            Verdict::Met,
            false,
            vec![],
            go,
        ),
        (
            "a related skill is partial",
            facts(shown(&["AWS"]), vec![], &[]),
            req(&t, &["GCP"], None, None),
            Verdict::Partial,
            false,
            vec![Reason::Related {
                skill: gcp,
                shown: aws,
            }],
            gcp,
        ),
        (
            "a broader skill is not the specific one",
            facts(shown(&["Kubernetes"]), vec![], &[]),
            req(&t, &["Helm"], None, None),
            Verdict::Missing,
            false,
            vec![],
            id(&t, "Helm"),
        ),
        (
            "missing",
            facts(shown(&["Python"]), vec![], &[]),
            req(&t, &["Go"], None, None),
            Verdict::Missing,
            false,
            vec![],
            go,
        ),
    ];
    check(&t, rows);
}

#[test]
fn years_asked_are_checked_against_claimed_then_role_years() {
    let t = tax();
    let go = id(&t, "Go");
    let shown = |s: &[&str]| vec![line(&t, 0, s)];
    let rows: Vec<Row> = vec![
        (
            "fewer years than asked (claimed years win over role years)",
            facts(
                shown(&["Go"]),
                vec![claim(&t, 0, "Go", None, Some(2.0))],
                &[(go, 6.0)],
            ),
            req(&t, &["Go"], None, Some(3.0)),
            Verdict::Partial,
            false,
            vec![Reason::YearsBelow {
                skill: go,
                have: 2.0,
                need: 3.0,
            }],
            go,
        ),
        (
            "years from the roles whose lines show it",
            facts(shown(&["Go"]), vec![], &[(go, 3.0)]),
            req(&t, &["Go"], None, Some(3.0)),
            Verdict::Met,
            false,
            vec![],
            go,
        ),
        (
            "years unknown",
            facts(shown(&["Go"]), vec![], &[]),
            req(&t, &["Go"], None, Some(2.0)),
            Verdict::Partial,
            false,
            vec![Reason::YearsUnknown {
                skill: go,
                need: 2.0,
            }],
            go,
        ),
    ];
    check(&t, rows);
}

#[test]
fn any_of_keeps_the_strongest_alternative() {
    let t = tax();
    let (go, aws, gcp) = (id(&t, "Go"), id(&t, "AWS"), id(&t, "GCP"));
    let shown = |s: &[&str]| vec![line(&t, 0, s)];
    let rows: Vec<Row> = vec![
        (
            "any of: the shown alternative is chosen, the others named",
            facts(shown(&["GCP"]), vec![], &[]),
            req(&t, &["AWS", "GCP"], None, None),
            Verdict::Met,
            false,
            vec![Reason::AnyOf(vec![aws])],
            gcp,
        ),
        (
            "any of: shown beats claimed only",
            facts(shown(&["GCP"]), vec![claim(&t, 0, "AWS", None, None)], &[]),
            req(&t, &["AWS", "GCP"], None, None),
            Verdict::Met,
            false,
            vec![Reason::AnyOf(vec![aws])],
            gcp,
        ),
        (
            "any of, none shown: missing, no alternatives named",
            facts(vec![], vec![], &[]),
            req(&t, &["Go", "Rust"], None, None),
            Verdict::Missing,
            false,
            vec![],
            go,
        ),
    ];
    check(&t, rows);
}

#[test]
fn strength_orders_shown_over_claimed_over_partial_over_missing() {
    let s = |v, c, n| strength(v, c, n);
    assert!(s(Verdict::Met, false, 1) > s(Verdict::Met, true, 0));
    assert!(s(Verdict::Met, true, 0) > s(Verdict::Partial, false, 3));
    assert!(s(Verdict::Partial, false, 0) > s(Verdict::Missing, false, 0));
    assert!(s(Verdict::Met, false, 2) > s(Verdict::Met, false, 1));
}

#[test]
fn unevidenced_claims_are_the_listed_skills_no_line_shows() {
    let t = tax();
    let f = facts(
        vec![line(&t, 0, &["EKS"])],
        vec![
            claim(&t, 0, "Kubernetes", None, None),
            claim(&t, 1, "Rust", None, None),
        ],
        &[],
    );
    assert_eq!(unevidenced_claims(&t, &f), vec![id(&t, "Rust")]);
}

#[test]
fn a_related_skill_only_claimed_earns_nothing() {
    // "no GCP, but related AWS is shown" needs a line of the profile's work that shows AWS.
    let t = tax();
    let f = facts(
        vec![],
        vec![claim(&t, 0, "AWS", Some(Level::Expert), None)],
        &[],
    );
    let o = judge(&t, &f, req(&t, &["GCP"], None, None));
    assert_eq!(o.verdict, Verdict::Missing);
    assert!(o.reasons.is_empty());
}
