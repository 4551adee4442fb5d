//! The fit report for a terminal: coloured when asked, readable when not.

use super::{clip, window};
use crate::fit::matcher::Verdict;
use crate::fit::{EvidenceItem, FitReport, RequirementReport};
use crate::model::Importance;
use crate::style::Style;

/// What a report says when the posting lists no requirements.
/// Why the spoken languages a posting asks for are not judged (`FitReport::unstated_languages`).
pub const UNSTATED_LANGUAGES: &str = "your profile says nothing of spoken languages; list them under `languages:` to be judged on them";

pub const LOW_CONFIDENCE: &str = "Low confidence: no requirements section was found, so every skill counted is one the posting names somewhere.";

fn mark(v: Verdict, st: &Style) -> String {
    match v {
        Verdict::Met => st.green("✓"),
        Verdict::Partial => st.yellow("~"),
        Verdict::Missing => st.red("✗"),
    }
}

fn fmt_num(x: f32) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

fn requirement(out: &mut String, r: &RequirementReport, st: &Style) {
    let name = if r.any_of.is_empty() {
        r.skill.clone()
    } else {
        r.any_of.join(" / ")
    };
    out.push_str(&format!(
        "  {} {:<26} {:<11} {:>4}/{:<3}",
        mark(r.verdict, st),
        clip(&name, 26),
        r.importance.as_str(),
        fmt_num(r.points),
        fmt_num(r.weight),
    ));
    if !r.reasons.is_empty() {
        out.push_str(&st.dim(&format!("  {}", crate::fit::reason::join(&r.reasons))));
    }
    out.push('\n');
    for e in r.evidence.iter().take(2) {
        let via = e
            .via
            .as_deref()
            .map(|v| format!(" (via {v})"))
            .unwrap_or_default();
        out.push_str(&format!(
            "      “{}” {}\n",
            quote(e, st),
            st.dim(&format!("{}{via}", e.source))
        ));
    }
}

/// A quote of about 90 characters around the words that prove the skill, those words in bold.
fn quote(e: &EvidenceItem, st: &Style) -> String {
    let (before, hit, after) = window(e, 90);
    format!("{before}{}{after}", st.bold(&hit))
}

/// Render the report as terminal text.
pub fn render(r: &FitReport, st: &Style) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{} → {}\n",
        st.bold(&r.candidate),
        st.bold(&r.job_label())
    ));
    let (m, p, x) = r.counts(Importance::Required);
    let score = format!("{}/100", fmt_num(r.score));
    let score = if r.score >= 70.0 {
        st.green(&score)
    } else if r.score >= 45.0 {
        st.yellow(&score)
    } else {
        st.red(&score)
    };
    out.push_str(&format!(
        "Fit score {}   required: {m} met, {p} partial, {x} missing\n",
        st.bold(&score)
    ));
    if r.low_confidence {
        out.push_str(&st.yellow(LOW_CONFIDENCE));
        out.push('\n');
    }
    out.push('\n');

    out.push_str(&st.bold(&format!("{}\n", r.narrative_heading())));
    for t in &r.narrative {
        out.push_str(&format!("  • {}: {}\n", st.bold(&t.title), t.text));
        for e in &t.evidence {
            out.push_str(&format!(
                "      “{}” {}\n",
                quote(e, st),
                st.dim(&e.source.to_string())
            ));
        }
    }
    out.push('\n');

    for (title, rows) in r.sections() {
        out.push_str(&st.bold(&format!("{title}\n")));
        for q in rows {
            requirement(&mut out, q, st);
        }
        out.push('\n');
    }

    if let Some(e) = &r.experience {
        out.push_str(&format!(
            "{} {} years of experience; {} {}\n",
            mark(e.verdict, st),
            fmt_num(e.years),
            e.basis,
            st.dim(&format!(
                "{}/{}",
                fmt_num((e.weight * e.credit * 10.0).round() / 10.0),
                fmt_num(e.weight)
            ))
        ));
    }
    if !r.claimed_without_evidence.is_empty() {
        out.push_str(&format!(
            "{} {}\n",
            st.yellow("claimed, no evidence:"),
            r.claimed_without_evidence.join(", ")
        ));
    }
    if !r.unstated_languages.is_empty() {
        out.push_str(&format!(
            "{} {} ({})\n",
            st.yellow("not judged:"),
            r.unstated_languages.join(", "),
            UNSTATED_LANGUAGES
        ));
    }
    if !r.review.is_empty() {
        out.push_str(&st.bold("\nConcepts to review\n"));
        for i in r.review.iter().take(12) {
            out.push_str(&format!("  • {} — {}\n", st.bold(&i.skill), i.why));
        }
        if r.review.len() > 12 {
            out.push_str(&st.dim(&format!(
                "  … and {} more (see --format json)\n",
                r.review.len() - 12
            )));
        }
    }
    out.push_str(&st.dim(&format!(
        "\nscore = 100 × Σ(weight × credit) / Σ weight = 100 × {} / {}; weights: required 3, preferred 1.5, posting text 0.5; credit: met 1, claimed only 0.75, partial 0.5, missing 0\n",
        fmt_num((r.earned * 10.0).round() / 10.0),
        fmt_num(r.possible)
    )));
    out
}
