//! HTML export: one self-contained page (inline CSS, no scripts, no external requests) that shows
//! the same content in the same order as the PDF, with a print stylesheet.
//!
//! The template is compiled in by askama and auto-escapes every value. Links are only emitted
//! for http, https, mailto and tel URLs; anything else (e.g. `javascript:`) is shown as text.

use askama::Template;

use super::layout::{hex, Look, Theme};
use super::url::display_url;
use crate::tailor::resume::{safe_url, Resume, Rich, SectionBody};

/// Renders `resume` as a complete HTML document in `look`: the PDF's colours, type sizes,
/// margins and heading treatment.
pub fn render_html(resume: &Resume, look: Look) -> String {
    let page = ResumePage::new(resume, Css::of(&Theme::of(look)));
    page.render()
        .expect("rendering a template of owned strings cannot fail")
}

/// The theme as the stylesheet's custom properties; sizes in pt.
struct Css {
    /// `classic`, `compact` or `modern`: the class of `<body>`.
    theme: &'static str,
    ink: String,
    accent: String,
    muted: String,
    rule: String,
    name_color: String,
    margin: f32,
    name_size: f32,
    headline_size: f32,
    contact_size: f32,
    heading_size: f32,
    body_size: f32,
    leading: f32,
    gap_before_section: f32,
    gap_before_entry: f32,
    bullet_text: f32,
    skill_hang: f32,
}

impl Css {
    fn of(t: &Theme) -> Css {
        Css {
            theme: t.name.as_str(),
            ink: hex(t.ink),
            accent: hex(t.accent),
            muted: hex(t.muted),
            rule: hex(t.rule_color),
            name_color: hex(t.name_color),
            margin: t.margin,
            name_size: t.name_size,
            headline_size: t.headline_size,
            contact_size: t.contact_size,
            heading_size: t.heading_size,
            body_size: t.body_size,
            leading: t.leading,
            gap_before_section: t.gap_before_section,
            gap_before_entry: t.gap_before_entry,
            bullet_text: t.bullet_text,
            skill_hang: t.skill_hang,
        }
    }
}

#[derive(Template)]
#[template(path = "resume.html")]
struct ResumePage<'a> {
    css: Css,
    title: &'a str,
    name: &'a str,
    headline: &'a str,
    author: &'a str,
    keywords: String,
    contact: Vec<LinkView<'a>>,
    sections: Vec<SectionView<'a>>,
}

struct Run<'a> {
    text: &'a str,
    bold: bool,
}

struct LinkView<'a> {
    text: &'a str,
    /// Empty when there is no (safe) link.
    href: &'a str,
}

struct EntryView<'a> {
    title: &'a str,
    subtitle: &'a str,
    dates: &'a str,
    location: &'a str,
    href: &'a str,
    url_text: &'a str,
    description: Vec<Run<'a>>,
    bullets: Vec<Vec<Run<'a>>>,
}

struct SkillView<'a> {
    label: &'a str,
    items: Vec<Vec<Run<'a>>>,
}

struct SectionView<'a> {
    title: &'a str,
    /// `entries`, `skills`, `bullets` or `paragraph`: a CSS class.
    kind: &'static str,
    entries: Vec<EntryView<'a>>,
    skills: Vec<SkillView<'a>>,
    bullets: Vec<Vec<Run<'a>>>,
    paragraph: Vec<Run<'a>>,
}

fn runs(rich: &Rich) -> Vec<Run<'_>> {
    rich.spans
        .iter()
        .filter(|s| !s.text.is_empty())
        .map(|s| Run {
            text: &s.text,
            bold: s.bold,
        })
        .collect()
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().map(str::trim).unwrap_or("")
}

impl<'a> ResumePage<'a> {
    fn new(r: &'a Resume, css: Css) -> Self {
        let contact = r
            .contact
            .iter()
            .filter(|c| !c.text.trim().is_empty())
            .map(|c| LinkView {
                text: &c.text,
                href: c.url.as_deref().and_then(safe_url).unwrap_or(""),
            })
            .collect();
        let sections = r
            .sections
            .iter()
            .map(|s| {
                let mut v = SectionView {
                    title: &s.title,
                    kind: "",
                    entries: Vec::new(),
                    skills: Vec::new(),
                    bullets: Vec::new(),
                    paragraph: Vec::new(),
                };
                match &s.body {
                    SectionBody::Entries(es) => {
                        v.kind = "entries";
                        v.entries = es
                            .iter()
                            .map(|e| {
                                let href = e.url.as_deref().and_then(safe_url).unwrap_or("");
                                EntryView {
                                    title: &e.title,
                                    subtitle: opt(&e.subtitle),
                                    dates: opt(&e.dates),
                                    location: opt(&e.location),
                                    href,
                                    url_text: display_url(href),
                                    description: e
                                        .description
                                        .as_ref()
                                        .map(runs)
                                        .unwrap_or_default(),
                                    bullets: e
                                        .bullets
                                        .iter()
                                        .filter(|b| !b.is_empty())
                                        .map(runs)
                                        .collect(),
                                }
                            })
                            .collect();
                    }
                    SectionBody::Skills(gs) => {
                        v.kind = "skills";
                        v.skills = gs
                            .iter()
                            .map(|g| SkillView {
                                label: &g.label,
                                items: g.items.iter().filter(|i| !i.is_empty()).map(runs).collect(),
                            })
                            .collect();
                    }
                    SectionBody::Bullets(bs) => {
                        v.kind = "bullets";
                        v.bullets = bs.iter().filter(|b| !b.is_empty()).map(runs).collect();
                    }
                    SectionBody::Paragraph(p) => {
                        v.kind = "paragraph";
                        v.paragraph = runs(p);
                    }
                }
                v
            })
            .filter(|v| {
                !(v.entries.is_empty()
                    && v.skills.is_empty()
                    && v.bullets.is_empty()
                    && v.paragraph.is_empty())
            })
            .collect();
        ResumePage {
            css,
            title: &r.title,
            name: &r.name,
            headline: opt(&r.headline),
            author: &r.name,
            keywords: r.keywords.join(", "),
            contact,
            sections,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::samples;
    use crate::tailor::resume::{ContactItem, Section};

    #[test]
    fn renders_a_self_contained_page_in_pdf_order() {
        let html = render_html(&samples::backend(), Look::default());
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<h1>Juan Pérez</h1>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("<link"));
        assert!(!html.contains("@import"));
        assert!(!html.contains("url("));
        assert!(html.contains("@media print"));
        // The PDF's faces, Lato first, from the system (nothing is downloaded: no url() above).
        assert!(html.contains(r#"font-family: Lato, "DejaVu Sans","#));
        let order: Vec<usize> = [
            "Summary",
            "Experience",
            "Projects",
            "Skills",
            "Certifications",
            "Education",
            "Strengths",
        ]
        .iter()
        .map(|h| {
            html.find(&format!("<h2>{h}</h2>"))
                .unwrap_or_else(|| panic!("{h}"))
        })
        .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]));
        assert!(html.contains("Designed and shipped a <strong>Go</strong> payments service"));
        assert!(
            html.contains(r#"<a href="mailto:juan.perez@example.com">juan.perez@example.com</a>"#)
        );
        assert!(html.contains(r#"<span class="dates">Mar 2023 – present</span>"#));
        assert!(html.contains("<strong class=\"label\">Languages:</strong> <strong>Go</strong>, <strong>Python</strong>, SQL"));
    }

    #[test]
    fn escapes_user_text_and_drops_unsafe_links() {
        let mut r = samples::backend();
        r.name = "<script>alert('x')</script> & Co".into();
        r.contact.push(ContactItem {
            text: "click <me>".into(),
            url: Some("javascript:alert(1)".into()),
        });
        r.contact.push(ContactItem {
            text: "site".into(),
            url: Some("https://example.com/?a=1&b=\"2\"".into()),
        });
        r.sections.push(Section {
            title: "R&D <b>".into(),
            body: SectionBody::Paragraph(samples::rich(&[("x < y & z", true)])),
        });
        let html = render_html(&r, Look::default());
        // askama writes numeric character references (`&#60;` for `<`, `&#38;` for `&`).
        assert!(!html.contains("<script>"), "{html}");
        assert!(
            html.contains("<h1>&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62; &#38; Co</h1>"),
            "{html}"
        );
        assert!(html.contains("click &#60;me&#62;"));
        assert!(!html.contains("javascript:"));
        assert!(html.contains("<h2>R&#38;D &#60;b&#62;</h2>"));
        assert!(html.contains("<strong>x &#60; y &#38; z</strong>"));
        assert!(
            html.contains(r#"<a href="https://example.com/?a=1&#38;b=&#34;2&#34;">site</a>"#),
            "{html}"
        );
        // In the document head too.
        assert!(html.contains("<meta name=\"author\" content=\"&#60;script&#62;"));
    }

    /// `cargo test -- --ignored html_sample` writes /tmp/jobfit-sample.html
    #[test]
    #[ignore]
    fn html_sample() {
        std::fs::write(
            "/tmp/jobfit-sample.html",
            render_html(&samples::backend(), Look::default()),
        )
        .unwrap();
        std::fs::write(
            "/tmp/jobfit-unicode.html",
            render_html(&samples::unicode(), Look::default()),
        )
        .unwrap();
    }
}
