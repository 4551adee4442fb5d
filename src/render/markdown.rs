//! The fit report as Markdown (also written beside a tailored resume as `fit-report.md`).

use crate::fit::matcher::Verdict;
use crate::fit::{EvidenceItem, FitReport, RequirementReport};
use crate::model::Importance;

/// Escape text for a Markdown table cell or line.
pub(crate) fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Met => "✅ met",
        Verdict::Partial => "🟡 partial",
        Verdict::Missing => "❌ missing",
    }
}

pub fn render(r: &FitReport) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "# Fit report: {} → {}\n\n",
        md(&r.candidate),
        md(&r.job_label())
    ));
    let (m, p, x) = r.counts(Importance::Required);
    out.push_str(&format!(
        "**Score: {}/100** — required: {m} met, {p} partial, {x} missing.\n\n",
        r.score
    ));
    if r.low_confidence {
        out.push_str(&format!("> {}\n\n", super::text::LOW_CONFIDENCE));
    }
    out.push_str(&format!("## {}\n\n", r.narrative_heading()));
    for t in &r.narrative {
        out.push_str(&format!("- **{}**: {}\n", md(&t.title), md(&t.text)));
        for e in &t.evidence {
            out.push_str(&format!("  > “{}” — `{}`\n", emphasised(e), e.source));
        }
    }
    for (title, rows) in r.sections() {
        requirements(&mut out, title, &rows);
    }
    if let Some(e) = &r.experience {
        out.push_str(&format!(
            "\n**Experience:** {} years; {} — {}.\n",
            e.years,
            md(&e.basis),
            verdict(e.verdict)
        ));
    }
    if !r.claimed_without_evidence.is_empty() {
        out.push_str(&format!(
            "\n**Claimed, no evidence:** {} (listed under skills, but no profile line shows them).\n",
            md(&r.claimed_without_evidence.join(", "))
        ));
    }
    if !r.unstated_languages.is_empty() {
        out.push_str(&format!(
            "\n**Not judged:** {} ({}).\n",
            md(&r.unstated_languages.join(", ")),
            md(super::text::UNSTATED_LANGUAGES)
        ));
    }
    if !r.review.is_empty() {
        out.push_str("\n## Concepts to review\n\n");
        for i in &r.review {
            out.push_str(&format!(
                "- **{}** ({}) — {}\n",
                md(&i.skill),
                i.category,
                md(&i.why)
            ));
        }
    }
    out.push_str(&format!(
        "\n## How the score is computed\n\nscore = 100 × Σ(weight × credit) / Σ weight = 100 × {} / {}. Weights: required 3, preferred 1.5, mentioned in the posting text 0.5, experience 3. Credit: met 1, met but claimed only 0.75, partial 0.5, missing 0.\n",
        r.earned, r.possible
    ));
    out
}

/// One group of requirement rows as a table under its heading.
fn requirements(out: &mut String, title: &str, rows: &[&RequirementReport]) {
    out.push_str(&format!(
        "\n## {title}\n\n| | Skill | Kind | Points | Evidence / notes |\n|---|---|---|---|---|\n"
    ));
    for q in rows {
        let name = if q.any_of.is_empty() {
            q.skill.clone()
        } else {
            q.any_of.join(" / ")
        };
        let mut notes: Vec<String> = q
            .evidence
            .iter()
            .take(2)
            .map(|e| format!("“{}” (`{}`)", emphasised(e), e.source))
            .collect();
        notes.extend(
            q.reasons
                .iter()
                .map(|s| format!("*{}*", md(&s.to_string()))),
        );
        out.push_str(&format!(
            "| {} | {} | {} | {}/{} | {} |\n",
            verdict(q.verdict),
            md(&name),
            q.kind,
            q.points,
            q.weight,
            notes.join("<br>")
        ));
    }
}

/// The line (a window around the match when it is long), escaped, with the words that prove
/// the skill in bold.
fn emphasised(e: &EvidenceItem) -> String {
    let (before, hit, after) = super::window(e, super::WIDE_QUOTE);
    if hit.is_empty() {
        return md(&before);
    }
    format!("{}**{}**{}", md(&before), md(&hit), md(&after))
}
