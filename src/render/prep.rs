//! The interview-prep pack as Markdown (and terminal text), and as a printable document for the
//! resume's HTML and PDF renderers.
//!
//! Owns the pack's headings and wording around the pack's content. It must not choose content
//! (`prep` did): every quote is printed with its place, every question as the bank wrote it.

use super::markdown::md;
use crate::fit::EvidenceItem;
use crate::prep::PrepPack;
use crate::tailor::resume::{Entry, Resume, Rich, Section, SectionBody, Span};

fn quote_md(e: &EvidenceItem) -> String {
    let (before, hit, after) = e.parts();
    let text = if hit.is_empty() {
        md(&e.text)
    } else {
        format!("{}**{}**{}", md(before), md(hit), md(after))
    };
    format!("“{text}” — `{}`", e.source)
}

/// `title · company · location · seniority`, each part through `esc`.
fn overview_line(p: &PrepPack, esc: fn(&str) -> String) -> String {
    let o = &p.overview;
    let mut parts = vec![esc(&o.title)];
    parts.extend(o.company.as_deref().map(esc));
    parts.extend(o.location.as_deref().map(esc));
    parts.extend(o.seniority.as_deref().map(|s| format!("seniority: {s}")));
    parts.join(" · ")
}

/// The pack as Markdown.
pub fn markdown(p: &PrepPack) -> String {
    let mut out = format!(
        "# Interview prep: {} → {}\n\nFit score {}/100.\n\n## Job overview\n\n{}\n",
        md(&p.candidate),
        md(&p.overview.title),
        p.score,
        overview_line(p, md)
    );
    for s in &p.overview.summary {
        out.push_str(&format!("\n> {}\n", md(s)));
    }
    out.push_str(&format!("\n## {}\n\n", md(&p.fit_heading)));
    for t in &p.fit {
        out.push_str(&format!("- **{}**: {}\n", md(&t.title), md(&t.text)));
        for e in &t.evidence {
            out.push_str(&format!("  > {}\n", quote_md(e)));
        }
    }
    out.push_str("\n## Resume highlights for this role\n\n");
    if p.highlights.is_empty() {
        out.push_str("No line of the profile proves a requirement of this posting yet.\n");
    }
    for e in &p.highlights {
        out.push_str(&format!("- {}\n", quote_md(e)));
    }
    if let Some(c) = &p.company {
        out.push_str("\n## Company summary\n\n");
        if let Some(m) = &c.mission {
            out.push_str(&format!("**Mission:** {}\n\n", md(m)));
        }
        for (title, items) in [
            ("Values", &c.values),
            ("Facts", &c.facts),
            ("Technology", &c.tech_highlights),
        ] {
            if !items.is_empty() {
                let v: Vec<String> = items.iter().map(|x| md(x)).collect();
                out.push_str(&format!("**{title}:** {}\n\n", v.join("; ")));
            }
        }
    }
    out.push_str("\n## Predicted interview questions\n\n### Technical\n\n");
    for t in &p.technical {
        out.push_str(&format!("**{}** ({})\n\n", md(&t.skill), t.why));
        for q in &t.questions {
            out.push_str(&format!("- {}\n", md(q)));
        }
        if let Some(e) = t.evidence.first() {
            out.push_str(&format!("- *What you can point to:* {}\n", quote_md(e)));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "### System design\n\n- {}\n\n### Behavioral\n\n",
        md(&p.system_design)
    ));
    for s in &p.behavioral {
        out.push_str(&format!("- **{}**: {}\n", md(&s.theme), md(&s.question)));
        match &s.story {
            Some(e) => out.push_str(&format!("  - Your story: {}\n", quote_md(e))),
            None => out.push_str("  - Prepare a story: nothing in your profile fits this yet.\n"),
        }
    }
    out.push_str("\n## Questions to ask them\n\n");
    for q in &p.ask {
        out.push_str(&format!("- {}\n", md(&q.question)));
    }
    out.push_str("\n## Concepts to review\n\n");
    for r in &p.review {
        out.push_str(&format!(
            "- **{}** ({}): {}\n",
            md(&r.skill),
            md(&r.why),
            md(&r.topics.join("; "))
        ));
    }
    out.push_str("\n## Strategic advice\n\n");
    for (title, items) in advice(p) {
        out.push_str(&format!("**{title}**\n\n"));
        for a in items {
            out.push_str(&format!("- {}\n", md(a)));
        }
        out.push('\n');
    }
    out
}

const STORIES: &str = "Stories to prepare";

/// The advice's groups that have something to say.
fn advice(p: &PrepPack) -> Vec<(&'static str, &[String])> {
    let a = &p.advice;
    [
        ("Focus", a.focus.as_slice()),
        (STORIES, a.stories.as_slice()),
        ("Red flags to ask about", a.red_flags.as_slice()),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .collect()
}

fn rich(e: &EvidenceItem) -> Rich {
    let (before, hit, after) = e.parts();
    let span = |text: &str, bold: bool| Span {
        text: text.to_string(),
        bold,
    };
    let mut spans = vec![span("“", false), span(before, false)];
    if !hit.is_empty() {
        spans.push(span(hit, true));
    }
    spans.push(span(after, false));
    spans.push(span(&format!("” ({})", e.source), false));
    Rich {
        spans: spans.into_iter().filter(|s| !s.text.is_empty()).collect(),
    }
}

fn bullets(title: &str, items: Vec<Rich>) -> Option<Section> {
    (!items.is_empty()).then(|| Section {
        title: title.to_string(),
        body: SectionBody::Bullets(items),
    })
}

fn entry(title: &str, subtitle: Option<String>, bullets: Vec<Rich>) -> Entry {
    Entry {
        title: title.to_string(),
        subtitle,
        dates: None,
        location: None,
        url: None,
        description: None,
        bullets,
    }
}

/// The pack as a document the resume renderers print (HTML, PDF).
pub fn document(p: &PrepPack) -> Resume {
    let plain = |s: &str| Rich::plain(s);
    let mut overview: Vec<Rich> = vec![plain(&overview_line(p, str::to_string))];
    overview.extend(p.overview.summary.iter().map(|s| plain(s)));
    let fit = p
        .fit
        .iter()
        .map(|t| {
            entry(&t.title, None, {
                let mut v = vec![plain(&t.text)];
                v.extend(t.evidence.iter().map(rich));
                v
            })
        })
        .collect();
    let technical = p
        .technical
        .iter()
        .map(|t| {
            entry(
                &t.skill,
                Some(t.why.clone()),
                t.questions.iter().map(|q| plain(q)).collect(),
            )
        })
        .collect();
    // On paper, the questions a profile line answers in full; the others in one entry, so the
    // document stays within a few pages.
    let mut behavioral: Vec<Entry> = p
        .behavioral
        .iter()
        .filter_map(|s| {
            let story = rich(s.story.as_ref()?);
            Some(entry(&s.theme, None, vec![plain(&s.question), story]))
        })
        .collect();
    let untold: Vec<String> = p
        .behavioral
        .iter()
        .filter(|s| s.story.is_none())
        .map(|s| s.theme.clone())
        .collect();
    if !untold.is_empty() {
        let themes = crate::fit::narrative::join_and(&untold);
        behavioral.push(entry(
            "Prepare a story",
            None,
            vec![plain(&format!(
                "Nothing in your profile tells one yet about: {themes} (the questions are in the Markdown pack)."
            ))],
        ));
    }
    let mut sections: Vec<Option<Section>> = vec![
        bullets("Job overview", overview),
        Some(Section {
            title: p.fit_heading.clone(),
            body: SectionBody::Entries(fit),
        }),
        bullets(
            "Resume highlights for this role",
            p.highlights.iter().map(rich).collect(),
        ),
    ];
    if let Some(c) = &p.company {
        let mut v: Vec<Rich> = c.mission.iter().map(|m| plain(m)).collect();
        v.extend(
            c.values
                .iter()
                .chain(&c.facts)
                .chain(&c.tech_highlights)
                .map(|x| plain(x)),
        );
        sections.push(bullets("Company summary", v));
    }
    sections.extend([
        Some(Section {
            title: "Technical questions".into(),
            body: SectionBody::Entries(technical),
        }),
        bullets("System design", vec![plain(&p.system_design)]),
        Some(Section {
            title: "Behavioral questions".into(),
            body: SectionBody::Entries(behavioral),
        }),
        bullets(
            "Questions to ask them",
            p.ask.iter().map(|q| plain(&q.question)).collect(),
        ),
        bullets(
            "Concepts to review",
            p.review
                .iter()
                .map(|r| plain(&format!("{} ({}): {}", r.skill, r.why, r.topics.join("; "))))
                .collect(),
        ),
        Some(Section {
            title: "Strategic advice".into(),
            body: SectionBody::Entries(
                advice(p)
                    .into_iter()
                    // The stories are in the behavioral section already.
                    .filter(|(title, _)| *title != STORIES)
                    .map(|(title, items)| {
                        entry(title, None, items.iter().map(|a| plain(a)).collect())
                    })
                    .collect(),
            ),
        }),
    ]);
    Resume {
        name: format!("Interview prep: {}", p.overview.title),
        headline: Some(format!("{} · fit score {}/100", p.candidate, p.score)),
        contact: Vec::new(),
        sections: sections.into_iter().flatten().collect(),
        keywords: p.technical.iter().map(|t| t.skill.clone()).collect(),
        title: format!("Interview prep — {} — {}", p.candidate, p.overview.title),
    }
}
