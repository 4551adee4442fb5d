//! The tailored resume: what will be printed, in which order, with which words emphasised.
//!
//! This module owns the render-ready model that the tailor step produces and every renderer
//! (HTML, PDF, text) consumes. Every string in it was copied from the profile (or is a section
//! heading or a formatted date); renderers must not add, drop or reorder content — they only lay it
//! out. It must not know about job postings, scores or file systems.

use serde::Serialize;

/// A link a resume may carry: `http`, `https`, `mailto` or `tel` only (never `javascript:` or
/// `data:`), trimmed. Both the tailor and every renderer check links with it.
pub fn safe_url(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|p| lower.starts_with(p))
        .then_some(u)
}

/// A run of text with one style. Text is verbatim profile text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    pub text: String,
    /// Emphasised because it names a skill the posting asks for.
    pub bold: bool,
}

/// A line of styled text (a highlight, a summary, a skill name…).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Rich {
    pub spans: Vec<Span>,
}

impl Rich {
    /// Plain text, no emphasis.
    pub fn plain(text: impl Into<String>) -> Self {
        Rich {
            spans: vec![Span {
                text: text.into(),
                bold: false,
            }],
        }
    }

    /// The text without styling.
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.iter().all(|s| s.text.is_empty())
    }
}

/// One way to reach the candidate, shown in the header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactItem {
    /// What is printed, e.g. `juan@example.com` or `GitHub`.
    pub text: String,
    /// Where it links to, e.g. `mailto:juan@example.com` or `https://github.com/juan`.
    pub url: Option<String>,
}

/// A role, project, degree or certification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// Bold left heading, e.g. the job title or project name.
    pub title: String,
    /// Second part of the heading, e.g. the company (printed after the title).
    pub subtitle: Option<String>,
    /// Right-aligned, e.g. `Mar 2022 – present`.
    pub dates: Option<String>,
    /// Printed under the dates / after the subtitle, e.g. `Madrid, Spain`.
    pub location: Option<String>,
    /// A link for the entry (project URL), if any.
    pub url: Option<String>,
    /// A one-line description printed under the heading (projects), if any.
    pub description: Option<Rich>,
    /// Bullets, already selected and ordered.
    pub bullets: Vec<Rich>,
}

/// A labelled group of skills, e.g. `Cloud & DevOps: Docker, Kubernetes, AWS`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkillGroup {
    pub label: String,
    /// Each item is one skill as the profile names it, possibly with its note,
    /// e.g. `Go (ongoing projects)`; bold when the posting asks for it.
    pub items: Vec<Rich>,
}

/// The body of a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum SectionBody {
    Entries(Vec<Entry>),
    Skills(Vec<SkillGroup>),
    /// Bulleted lines (strengths, a summary split into bullets…).
    Bullets(Vec<Rich>),
    /// A paragraph.
    Paragraph(Rich),
}

impl SectionBody {
    /// Nothing to draw: renderers leave such a section out, heading and all.
    pub fn is_empty(&self) -> bool {
        match self {
            SectionBody::Entries(e) => e.is_empty(),
            SectionBody::Skills(g) => g.is_empty(),
            SectionBody::Bullets(b) => b.iter().all(Rich::is_empty),
            SectionBody::Paragraph(p) => p.is_empty(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// Heading, e.g. `Experience`.
    pub title: String,
    pub body: SectionBody,
}

/// Paper size for print layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height in PDF points.
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// A complete resume ready to be rendered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resume {
    pub name: String,
    pub headline: Option<String>,
    pub contact: Vec<ContactItem>,
    pub sections: Vec<Section>,
    /// Skills for the document metadata (PDF keywords), e.g. the matched skills.
    pub keywords: Vec<String>,
    /// Document title for metadata, e.g. `Juan Pérez — Senior Go Developer, Booking.com`.
    pub title: String,
}

#[cfg(test)]
mod tests {
    use super::safe_url;

    #[test]
    fn only_web_mail_and_phone_links_are_safe() {
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("JavaScript:alert(1)"), None);
        assert_eq!(safe_url("data:text/html,<b>x</b>"), None);
        assert_eq!(safe_url(" https://x.example "), Some("https://x.example"));
        assert_eq!(safe_url("MAILTO:a@b.c"), Some("MAILTO:a@b.c"));
        assert_eq!(safe_url("tel:+31 20 000"), Some("tel:+31 20 000"));
        assert_eq!(safe_url("ftp://x.example"), None);
        assert_eq!(safe_url("ht"), None);
    }
}
