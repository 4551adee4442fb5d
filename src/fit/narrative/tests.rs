use super::*;
use crate::fit::reason::Reason;
use crate::model::JobPlace;
use crate::skills::taxonomy::{Kind, SkillId};

fn row(
    skill: &str,
    category: Category,
    importance: Importance,
    verdict: Verdict,
    evidence: &[Place],
    reasons: Vec<Reason<String>>,
) -> RequirementReport {
    RequirementReport {
        kind: Kind::Technology,
        skill: skill.to_string(),
        skill_id: SkillId(0),
        any_of: Vec::new(),
        category,
        importance,
        verdict,
        evidence: evidence
            .iter()
            .map(|&p| EvidenceItem {
                text: format!("line at {p}"),
                source: p,
                matched: None,
                via: None,
            })
            .collect(),
        reasons,
        claimed_without_evidence: false,
        weight: 3.0,
        credit: 1.0,
        points: 3.0,
        source: JobPlace::Requirement(0),
    }
}

#[test]
fn themes_follow_the_seeds_order_and_quote_each_line_once() {
    use Category as C;
    use Importance::{Preferred as P, Required as R};
    let h = |i| Place::Highlight { role: 0, i };
    let reqs = vec![
        row("Kubernetes", C::Platform, R, Verdict::Met, &[h(2)], vec![]),
        row(
            "Go",
            C::Language,
            R,
            Verdict::Partial,
            &[Place::ProjectDescription(0)],
            vec![Reason::Learning {
                skill: "Go".into(),
                asked: Some(Level::Strong),
            }],
        ),
        row(
            "Microservices",
            C::Architecture,
            R,
            Verdict::Met,
            &[h(0)],
            vec![],
        ),
        row(
            "PostgreSQL",
            C::Database,
            R,
            Verdict::Met,
            &[Place::Summary, h(1)],
            vec![],
        ),
        row("Redis", C::Database, P, Verdict::Met, &[h(1)], vec![]),
        row(
            "AWS",
            C::Cloud,
            R,
            Verdict::Met,
            &[Place::Certification(0), h(2)],
            vec![],
        ),
        row("Mentoring", C::Leadership, P, Verdict::Met, &[h(3)], vec![]),
        row("Rust", C::Language, R, Verdict::Missing, &[], vec![]),
        // Partial for another reason than learning: technical, but not "met", so unnamed.
        row(
            "SQL",
            C::Language,
            R,
            Verdict::Partial,
            &[h(4)],
            vec![Reason::YearsUnknown {
                skill: "SQL".into(),
                need: 3.0,
            }],
        ),
    ];
    let themes = themes("Juan Pérez", Some("Booking.com"), &reqs, 70.0);
    let kinds: Vec<ThemeKind> = themes.iter().map(|t| t.kind).collect();
    assert_eq!(
        kinds,
        [
            ThemeKind::Technical,
            ThemeKind::Growing,
            ThemeKind::Architecture,
            ThemeKind::CloudDevops,
            ThemeKind::Leadership
        ]
    );
    assert_eq!(
        themes[0].text,
        "Juan's hands-on experience with PostgreSQL and Redis maps directly to Booking.com's stack."
    );
    // An achievement is quoted before the summary, and a line only once in the whole story.
    assert_eq!(themes[0].evidence[0].source, h(1));
    assert_eq!(themes[1].title, "Growing Go expertise");
    assert!(themes[1].text.ends_with(
        "The posting asks for strong Go: this is the skill to deepen before the interview."
    ));
    assert_eq!(themes[2].title, "Distributed systems");
    assert!(themes[3]
        .text
        .contains("Kubernetes and AWS and holds the line at certifications[0].name"));
    assert!(themes[4]
        .text
        .starts_with("Experience with mentoring positions Juan"));
    let mut quoted: Vec<Place> = themes
        .iter()
        .flat_map(|t| t.evidence.iter().map(|e| e.source))
        .collect();
    let n = quoted.len();
    quoted.sort();
    quoted.dedup();
    assert_eq!(quoted.len(), n, "a line quoted twice");
}

#[test]
fn a_skill_named_learning_is_not_a_skill_being_learned() {
    // Reasons are typed: "Machine Learning" in a reason's words does not make it "growing".
    let r = row(
        "Machine Learning",
        Category::DataMl,
        Importance::Required,
        Verdict::Partial,
        &[Place::Highlight { role: 0, i: 0 }],
        vec![Reason::YearsUnknown {
            skill: "Machine Learning".into(),
            need: 2.0,
        }],
    );
    let themes = themes("Ana", None, &[r], 70.0);
    assert!(themes.iter().all(|t| t.kind != ThemeKind::Growing));
}

#[test]
fn nothing_shown_is_said_plainly() {
    let r = row(
        "Go",
        Category::Language,
        Importance::Required,
        Verdict::Missing,
        &[],
        vec![],
    );
    let themes = themes("James Doe", None, &[r], 0.0);
    assert_eq!(themes.len(), 1);
    assert_eq!(themes[0].kind, ThemeKind::LittleOverlap);
    assert_eq!(
        themes[0].text,
        "None of the posting's requirements is shown in James' profile yet; see the gaps below."
    );
}
