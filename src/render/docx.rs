//! DOCX export: the resume as a Word document (WordprocessingML in a ZIP package) with real
//! styles — Title for the name, Heading 1 for sections, Heading 2 for roles, List Bullet for
//! highlights — so that Word's navigation and ATS parsers see the structure.
//!
//! Same content in the same order as the PDF and HTML, from the same [`Resume`]: empty sections,
//! contact items and bullets are skipped as the PDF skips them, emphasis is bold, and links are
//! only made for the URLs [`safe_url`] accepts. Every user string is XML-escaped, with the control
//! characters XML 1.0 cannot carry dropped (tab and line breaks become spaces). Output is a pure
//! function of its input: the creation date comes from [`DocxOptions`], never the clock, and the
//! ZIP has fixed timestamps and a fixed part order. Page layout is left to the word processor.

mod parts;
#[cfg(test)]
mod tests;

use super::url::display_url;
use super::zip::zip;
use crate::render::layout::{Look, Theme};
use crate::render::pdf::DEFAULT_CREATION_DATE;
use crate::tailor::resume::{safe_url, Entry, Paper, Resume, Rich, SectionBody, SkillGroup};

/// Options of the DOCX export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DocxOptions {
    pub paper: Paper,
    /// Creation and modification date in Unix seconds, as the PDF's; `None` writes
    /// [`DEFAULT_CREATION_DATE`].
    pub creation_date: Option<i64>,
    /// Theme and accent colour: the accent colours the name and headings, as in the PDF.
    pub look: Look,
}

/// The separator of contact items and of an entry's heading parts, as in the PDF.
const SEP: &str = " · ";

/// Renders `resume` as a DOCX package.
pub fn render_docx(resume: &Resume, opts: &DocxOptions) -> Vec<u8> {
    let theme = Theme::of(opts.look);
    let mut body = Body {
        paper: opts.paper,
        // The PDF's margins, in twentieths of a point.
        margin: (theme.margin * 20.0).round() as u32,
        ..Body::default()
    };
    body.header(resume);
    for s in &resume.sections {
        body.section(&s.title, &s.body);
    }
    let document = body.document();
    let date = parts::w3cdtf(opts.creation_date.unwrap_or(DEFAULT_CREATION_DATE));
    let core = parts::core(
        &resume.title,
        &resume.name,
        resume.headline.as_deref().unwrap_or(""),
        &resume.keywords.join(", "),
        &date,
    );
    let styles = parts::styles(&theme);
    let rels = parts::document_rels(&body.links);
    zip(&[
        ("[Content_Types].xml", parts::CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", parts::PACKAGE_RELS.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/_rels/document.xml.rels", rels.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/numbering.xml", parts::NUMBERING.as_bytes()),
        ("docProps/core.xml", core.as_bytes()),
    ])
}

/// `s` escaped for XML text and attribute values, without the characters XML 1.0 forbids
/// (controls other than tab and line breaks, U+FFFE, U+FFFF); tab and line breaks become spaces,
/// since every string of a resume is one line.
pub(crate) fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// One piece of a paragraph.
enum Piece<'a> {
    Text {
        text: &'a str,
        bold: bool,
    },
    Link {
        text: &'a str,
        url: &'a str,
        bold: bool,
    },
    Tab,
}

fn text(text: &str) -> Piece<'_> {
    Piece::Text { text, bold: false }
}

fn rich(r: &Rich) -> impl Iterator<Item = Piece<'_>> {
    r.spans
        .iter()
        .filter(|s| !s.text.is_empty())
        .map(|s| Piece::Text {
            text: &s.text,
            bold: s.bold,
        })
}

/// The body of `word/document.xml` and the links it refers to.
#[derive(Default)]
struct Body {
    xml: String,
    /// External link targets; the link at index `i` is relationship `rId{i + 3}`.
    links: Vec<String>,
    paper: Paper,
    /// Page margins in twentieths of a point.
    margin: u32,
}

impl Body {
    fn run(&mut self, text: &str, bold: bool, style: Option<&str>) {
        self.xml.push_str("<w:r>");
        if bold || style.is_some() {
            self.xml.push_str("<w:rPr>");
            if let Some(s) = style {
                self.xml.push_str(&format!(r#"<w:rStyle w:val="{s}"/>"#));
            }
            if bold {
                self.xml.push_str("<w:b/><w:bCs/>");
            }
            self.xml.push_str("</w:rPr>");
        }
        self.xml.push_str(&format!(
            r#"<w:t xml:space="preserve">{}</w:t></w:r>"#,
            xml(text)
        ));
    }

    /// A paragraph of `style` (Normal when `None`), with extra paragraph properties `ppr`.
    fn para<'a>(
        &mut self,
        style: Option<&str>,
        ppr: &str,
        pieces: impl IntoIterator<Item = Piece<'a>>,
    ) {
        self.xml.push_str("<w:p>");
        if style.is_some() || !ppr.is_empty() {
            self.xml.push_str("<w:pPr>");
            if let Some(s) = style {
                self.xml.push_str(&format!(r#"<w:pStyle w:val="{s}"/>"#));
            }
            self.xml.push_str(ppr);
            self.xml.push_str("</w:pPr>");
        }
        for p in pieces {
            match p {
                Piece::Text { text, bold } => self.run(text, bold, None),
                Piece::Link { text, url, bold } => {
                    self.links.push(url.to_string());
                    self.xml.push_str(&format!(
                        r#"<w:hyperlink r:id="rId{}" w:history="1">"#,
                        self.links.len() + 2
                    ));
                    self.run(text, bold, Some("Hyperlink"));
                    self.xml.push_str("</w:hyperlink>");
                }
                Piece::Tab => self.xml.push_str("<w:r><w:tab/></w:r>"),
            }
        }
        self.xml.push_str("</w:p>");
    }

    /// Name, headline and the contact line, as the PDF's header.
    fn header(&mut self, r: &Resume) {
        self.para(Some("Title"), "", [text(&r.name)]);
        if let Some(h) = r.headline.as_deref().filter(|h| !h.trim().is_empty()) {
            self.para(Some("Subtitle"), "", [text(h)]);
        }
        let mut pieces = Vec::new();
        for c in r.contact.iter().filter(|c| !c.text.trim().is_empty()) {
            if !pieces.is_empty() {
                pieces.push(text(SEP));
            }
            pieces.push(match c.url.as_deref().and_then(safe_url) {
                Some(url) => Piece::Link {
                    text: &c.text,
                    url,
                    bold: false,
                },
                None => text(&c.text),
            });
        }
        if !pieces.is_empty() {
            self.para(Some("Contact"), "", pieces);
        }
    }

    fn section(&mut self, title: &str, body: &SectionBody) {
        if body.is_empty() {
            return;
        }
        self.para(Some("Heading1"), "", [text(title)]);
        match body {
            SectionBody::Entries(entries) => entries.iter().for_each(|e| self.entry(e)),
            SectionBody::Skills(groups) => groups.iter().for_each(|g| self.skill_group(g)),
            SectionBody::Bullets(bullets) => self.bullets(bullets),
            SectionBody::Paragraph(p) => self.para(None, "", rich(p)),
        }
    }

    /// **Title**, Subtitle · location · url, then the dates at a right tab: a Heading 2.
    fn entry(&mut self, e: &Entry) {
        let link = e.url.as_deref().and_then(safe_url);
        let sub = e
            .subtitle
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|s| format!(", {s}"));
        let loc = e
            .location
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|l| format!("{SEP}{l}"));
        let mut pieces = vec![match link {
            Some(url) => Piece::Link {
                text: &e.title,
                url,
                bold: true,
            },
            None => Piece::Text {
                text: &e.title,
                bold: true,
            },
        }];
        pieces.extend(sub.as_deref().map(text));
        pieces.extend(loc.as_deref().map(text));
        if let Some(url) = link {
            pieces.push(text(SEP));
            pieces.push(Piece::Link {
                text: display_url(url),
                url,
                bold: false,
            });
        }
        if let Some(d) = e.dates.as_deref().filter(|d| !d.trim().is_empty()) {
            pieces.push(Piece::Tab);
            pieces.push(text(d));
        }
        // A right tab stop at the right margin for the dates.
        let right = page_twips(self.paper).0 - 2 * self.margin;
        let tabs = format!(r#"<w:tabs><w:tab w:val="right" w:pos="{right}"/></w:tabs>"#);
        self.para(Some("Heading2"), &tabs, pieces);
        if let Some(d) = e.description.as_ref().filter(|d| !d.is_empty()) {
            self.para(None, "", rich(d));
        }
        self.bullets(&e.bullets);
    }

    fn bullets(&mut self, bullets: &[Rich]) {
        for b in bullets.iter().filter(|b| !b.is_empty()) {
            self.para(Some("ListBullet"), "", rich(b));
        }
    }

    /// **Label:** item, item…
    fn skill_group(&mut self, g: &SkillGroup) {
        let label = format!("{}:", g.label);
        let mut pieces = vec![Piece::Text {
            text: &label,
            bold: true,
        }];
        for (i, item) in g.items.iter().filter(|i| !i.is_empty()).enumerate() {
            pieces.push(text(if i == 0 { " " } else { ", " }));
            pieces.extend(rich(item));
        }
        self.para(None, r#"<w:ind w:left="240" w:hanging="240"/>"#, pieces);
    }

    /// `word/document.xml` around the body, with the page size of `paper`.
    fn document(&self) -> String {
        let (w, h) = page_twips(self.paper);
        format!(
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
                r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
                r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
                r#"<w:body>{}<w:sectPr><w:pgSz w:w="{}" w:h="{}"/>"#,
                r#"<w:pgMar w:top="{m}" w:right="{m}" w:bottom="{m}" w:left="{m}" w:header="0" w:footer="0" w:gutter="0"/>"#,
                r#"</w:sectPr></w:body></w:document>"#
            ),
            self.xml,
            w,
            h,
            m = self.margin
        )
    }
}

/// Page width and height in twentieths of a point.
fn page_twips(paper: Paper) -> (u32, u32) {
    match paper {
        Paper::A4 => (11_906, 16_838),
        Paper::Letter => (12_240, 15_840),
    }
}
