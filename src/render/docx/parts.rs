//! The fixed parts of the DOCX package (content types, relationships, styles, numbering) and the
//! document properties (`docProps/core.xml`).
//!
//! Owns the package's parts other than the body, and the styles the body names. It must not lay
//! out resume content (the body is `super`'s).
//!
//! Child elements are written in the order the WordprocessingML schema gives them (in `w:pPr`:
//! `keepNext`, `numPr`, `pBdr`, `tabs`, `spacing`, `ind`, `jc`, `outlineLvl`; in `w:rPr`: `rStyle`,
//! `rFonts`, `b`, `color`, `sz`, `lang`): Word checks the order, LibreOffice does not.

use super::xml;
use crate::render::layout::{hex, Heading, Rgb, Theme};

/// `[Content_Types].xml`.
pub(super) const CONTENT_TYPES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
    r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
    r#"<Default Extension="xml" ContentType="application/xml"/>"#,
    r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
    r#"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#,
    r#"<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>"#,
    r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#,
    r#"</Types>"#
);

/// `_rels/.rels`: the main document and the core properties.
pub(super) const PACKAGE_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#,
    r#"</Relationships>"#
);

/// `word/_rels/document.xml.rels`: styles, numbering, then one external relationship per link
/// (`rId3`, `rId4`… in the order of `links`).
pub(super) fn document_rels(links: &[String]) -> String {
    let mut s = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#,
        r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>"#,
    ));
    for (i, url) in links.iter().enumerate() {
        s.push_str(&format!(
            r#"<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{}" TargetMode="External"/>"#,
            i + 3,
            xml(url)
        ));
    }
    s.push_str("</Relationships>");
    s
}

const MUTED: &str = "666666";

/// A type size in half-points (`w:sz`): `classic` is the size in Calibri for the classic look
/// (set a little larger than the PDF's type, against the wider DejaVu Sans the PDF was set in
/// before Lato); other themes move it as far
/// as their PDF size moves from classic's.
fn half_points(classic: u32, size: f32, classic_size: f32) -> u32 {
    (classic as f32 + (size - classic_size) * 2.0)
        .round()
        .max(2.0) as u32
}

/// `0B7285`: a colour as WordprocessingML writes it.
fn word_colour(c: Rgb) -> String {
    hex(c).trim_start_matches('#').to_uppercase()
}

/// `word/styles.xml`: Calibri (Arial where it is missing) 10.5 pt, and the styles the body uses
/// under the names Word gives its built-in ones, so that ATS and Word's navigation see real
/// headings: Title, Subtitle, Heading 1 (sections), Heading 2 (roles), List Bullet (highlights),
/// Hyperlink; plus Contact for the contact line. Colours and the header's alignment are the
/// theme's (`modern`: left-aligned, upper-case headings over a light rule).
pub(super) fn styles(t: &Theme) -> String {
    let caps = if t.heading == Heading::Hairline {
        "<w:caps/>"
    } else {
        ""
    };
    let jc = if t.centred_header { "center" } else { "left" };
    let fonts =
        r#"<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Arial"/>"#;
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
            r#"<w:docDefaults><w:rPrDefault><w:rPr>{fonts}<w:color w:val="222222"/><w:sz w:val="{BODY}"/><w:szCs w:val="{BODY}"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>"#,
            r#"<w:pPrDefault><w:pPr><w:spacing w:after="40" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#,
            r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#,
            r#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>"#,
            r#"<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
            r#"<w:pPr><w:keepNext/><w:spacing w:after="40"/><w:jc w:val="{jc}"/></w:pPr><w:rPr><w:b/><w:color w:val="{NAME}"/><w:sz w:val="{TITLE}"/><w:szCs w:val="{TITLE}"/></w:rPr></w:style>"#,
            r#"<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
            r#"<w:pPr><w:keepNext/><w:spacing w:after="40"/><w:jc w:val="{jc}"/></w:pPr><w:rPr><w:color w:val="{HEADLINE}"/><w:sz w:val="{SUBTITLE}"/><w:szCs w:val="{SUBTITLE}"/></w:rPr></w:style>"#,
            r#"<w:style w:type="paragraph" w:customStyle="1" w:styleId="Contact"><w:name w:val="Contact"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
            r#"<w:pPr><w:spacing w:after="120"/><w:jc w:val="{jc}"/></w:pPr><w:rPr><w:sz w:val="{CONTACT}"/><w:szCs w:val="{CONTACT}"/></w:rPr></w:style>"#,
            r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>"#,
            r#"<w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="{RULE}"/></w:pBdr><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>"#,
            r#"<w:rPr><w:b/><w:bCs/>{caps}<w:color w:val="{ACCENT}"/><w:sz w:val="{HEADING}"/><w:szCs w:val="{HEADING}"/></w:rPr></w:style>"#,
            r#"<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>"#,
            r#"<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="20"/><w:outlineLvl w:val="1"/></w:pPr>"#,
            r#"<w:rPr><w:sz w:val="{BODY}"/><w:szCs w:val="{BODY}"/></w:rPr></w:style>"#,
            r#"<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:qFormat/>"#,
            r#"<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="20"/><w:ind w:left="360" w:hanging="220"/></w:pPr></w:style>"#,
            r#"<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>"#,
            r#"<w:rPr><w:color w:val="{ACCENT}"/></w:rPr></w:style>"#,
            r#"</w:styles>"#
        ),
        fonts = fonts,
        jc = jc,
        caps = caps,
        NAME = word_colour(t.name_color),
        HEADLINE = if t.name_color == t.accent {
            MUTED.to_string()
        } else {
            word_colour(t.accent)
        },
        RULE = word_colour(t.rule_color),
        BODY = half_points(21, t.body_size, Theme::CLASSIC.body_size),
        TITLE = half_points(48, t.name_size, Theme::CLASSIC.name_size),
        SUBTITLE = half_points(22, t.headline_size, Theme::CLASSIC.headline_size),
        CONTACT = half_points(19, t.contact_size, Theme::CLASSIC.contact_size),
        HEADING = half_points(24, t.heading_size, Theme::CLASSIC.heading_size),
        ACCENT = word_colour(t.accent),
    )
}

/// `word/numbering.xml`: one bullet list (numId 1), the numbering List Bullet uses.
pub(super) const NUMBERING: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    r#"<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>"#,
    r#"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>"#,
    r#"<w:pPr><w:ind w:left="360" w:hanging="220"/></w:pPr><w:rPr><w:color w:val="666666"/></w:rPr></w:lvl>"#,
    r#"</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
);

/// `docProps/core.xml`: title, creator, subject, keywords and the creation date (W3CDTF).
pub(super) fn core(
    title: &str,
    creator: &str,
    subject: &str,
    keywords: &str,
    date: &str,
) -> String {
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            r#"<dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator><cp:keywords>{}</cp:keywords>"#,
            r#"<dc:language>en</dc:language>"#,
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{}</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{}</dcterms:modified>"#,
            r#"</cp:coreProperties>"#
        ),
        xml(title),
        xml(subject),
        xml(creator),
        xml(keywords),
        date,
        date
    )
}

/// Unix seconds as a W3CDTF date-time in UTC, e.g. `2026-11-01T00:00:00Z`.
pub(super) fn w3cdtf(secs: i64) -> String {
    let (year, month, day) = crate::model::date::civil_date(secs);
    let rem = secs.rem_euclid(86_400);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}
