use super::parts::w3cdtf;
use super::*;
use crate::render::samples;
use crate::render::zip::unzip;
use crate::tailor::resume::{ContactItem, Section};

fn part(bytes: &[u8], name: &str) -> String {
    let (_, data) = unzip(bytes)
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no part {name}"));
    String::from_utf8(data).expect("utf-8")
}

fn at(hay: &str, needle: &str) -> usize {
    hay.find(needle)
        .unwrap_or_else(|| panic!("{needle} not in {hay}"))
}

#[test]
fn the_package_has_its_parts_and_the_body_follows_the_pdf_order() {
    let bytes = render_docx(&samples::backend(), &DocxOptions::default());
    let names: Vec<String> = unzip(&bytes).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/numbering.xml",
            "docProps/core.xml"
        ]
    );
    let doc = part(&bytes, "word/document.xml");
    let order = [
        r#"<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">Juan Pérez</w:t>"#,
        r#"<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Summary</w:t>"#,
        r#"<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Experience</w:t>"#,
        r#"<w:pStyle w:val="Heading2"/>"#,
        r#"<w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t xml:space="preserve">Designed and shipped a </w:t></w:r><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Go</w:t>"#,
        ">Projects<",
        ">Skills<",
        r#"<w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Languages:</w:t>"#,
        ">Certifications<",
        ">Education<",
        ">Strengths<",
    ];
    let pos: Vec<usize> = order.iter().map(|n| at(&doc, n)).collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "{pos:?}");
    // The contact's mail link is a relationship.
    let rels = part(&bytes, "word/_rels/document.xml.rels");
    assert!(rels.contains(
        r#"Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:juan.perez@example.com" TargetMode="External""#
    ), "{rels}");
    assert!(doc.contains(r#"<w:hyperlink r:id="rId3" w:history="1">"#));
    let styles = part(&bytes, "word/styles.xml");
    for name in [
        "Title",
        "heading 1",
        "heading 2",
        "List Bullet",
        "Hyperlink",
    ] {
        assert!(
            styles.contains(&format!(r#"<w:name w:val="{name}"/>"#)),
            "{name}"
        );
    }
    let core = part(&bytes, "docProps/core.xml");
    assert!(
        core.contains("<dc:creator>Juan Pérez</dc:creator>"),
        "{core}"
    );
    assert!(core.contains(">1980-01-01T00:00:00Z</dcterms:created>"));
}

#[test]
fn the_same_resume_gives_the_same_bytes_and_the_date_is_the_given_one() {
    let opts = DocxOptions {
        paper: Paper::Letter,
        creation_date: Some(1_793_491_200),
        ..Default::default()
    };
    let a = render_docx(&samples::backend(), &opts);
    assert_eq!(a, render_docx(&samples::backend(), &opts));
    assert!(part(&a, "docProps/core.xml").contains(">2026-11-01T00:00:00Z</dcterms:modified>"));
    assert!(part(&a, "word/document.xml").contains(r#"<w:pgSz w:w="12240" w:h="15840"/>"#));
}

#[test]
fn user_text_is_escaped_and_controls_are_dropped() {
    let mut r = samples::backend();
    r.name = "<b>Ann</b> & \"Co\" 'x'\u{1}\u{7}\tok".into();
    r.title = "T<&>".into();
    r.contact = vec![
        ContactItem {
            text: "click <me>".into(),
            url: Some("javascript:alert(1)".into()),
        },
        ContactItem {
            text: "site".into(),
            url: Some("https://example.com/?a=1&b=\"2\"".into()),
        },
    ];
    r.sections.push(Section {
        title: "R&D <w:p>".into(),
        body: SectionBody::Paragraph(samples::rich(&[("x < y & z\u{0}", true)])),
    });
    let bytes = render_docx(&r, &DocxOptions::default());
    let doc = part(&bytes, "word/document.xml");
    assert!(
        doc.contains(">&lt;b&gt;Ann&lt;/b&gt; &amp; &quot;Co&quot; &apos;x&apos; ok</w:t>"),
        "{doc}"
    );
    assert!(doc.contains(">click &lt;me&gt;</w:t>"));
    assert!(!doc.contains("javascript"));
    assert!(doc.contains(">R&amp;D &lt;w:p&gt;</w:t>"));
    assert!(doc.contains(">x &lt; y &amp; z</w:t>"));
    assert!(!doc.chars().any(|c| c < ' ' && c != '\n'));
    let rels = part(&bytes, "word/_rels/document.xml.rels");
    assert!(
        rels.contains(r#"Target="https://example.com/?a=1&amp;b=&quot;2&quot;""#),
        "{rels}"
    );
    let core = part(&bytes, "docProps/core.xml");
    assert!(core.contains("<dc:title>T&lt;&amp;&gt;</dc:title>"));
    assert!(!core.contains('\u{1}'));
}

#[test]
fn empty_sections_are_left_out_as_in_the_pdf() {
    let mut r = samples::backend();
    r.sections.push(Section {
        title: "Nothing".into(),
        body: SectionBody::Bullets(vec![Rich::plain("")]),
    });
    let doc = part(
        &render_docx(&r, &DocxOptions::default()),
        "word/document.xml",
    );
    assert!(!doc.contains(">Nothing<"));
}

#[test]
fn dates_are_w3cdtf_in_utc() {
    assert_eq!(w3cdtf(0), "1970-01-01T00:00:00Z");
    assert_eq!(w3cdtf(315_532_800), "1980-01-01T00:00:00Z");
    assert_eq!(w3cdtf(951_782_400 + 3_661), "2000-02-29T01:01:01Z");
    assert_eq!(w3cdtf(-1), "1969-12-31T23:59:59Z");
}

/// `cargo test -- --ignored docx_sample` writes /tmp/jobfit-sample.docx
#[test]
#[ignore]
fn docx_sample() {
    std::fs::write(
        "/tmp/jobfit-sample.docx",
        render_docx(&samples::backend(), &DocxOptions::default()),
    )
    .unwrap();
}

#[test]
fn the_theme_sets_the_margins_type_sizes_and_heading_case() {
    use crate::model::design::{Colour, ThemeName};
    let with = |theme, accent| {
        render_docx(
            &samples::backend(),
            &DocxOptions {
                look: Look { theme, accent },
                ..Default::default()
            },
        )
    };
    let classic = with(ThemeName::Classic, None);
    assert!(part(&classic, "word/document.xml").contains(r#"<w:pgMar w:top="920""#));
    let styles = part(&classic, "word/styles.xml");
    assert!(styles.contains(r#"<w:color w:val="004F90"/><w:sz w:val="48"/>"#));
    assert!(!styles.contains("<w:caps/>"));
    let compact = with(ThemeName::Compact, None);
    assert!(part(&compact, "word/document.xml").contains(r#"<w:pgMar w:top="720""#));
    assert!(part(&compact, "word/styles.xml").contains(r#"<w:sz w:val="20"/>"#));
    let modern = with(ThemeName::Modern, Some(Colour([0x7a, 0x1f, 0x5c])));
    let styles = part(&modern, "word/styles.xml");
    assert!(styles.contains("<w:caps/>"));
    assert!(styles.contains(r#"<w:jc w:val="left"/>"#));
    assert!(styles.contains(r#"<w:color w:val="7A1F5C"/>"#));
}
