//! resume.docx: the Word document `tailor` and `render` write beside the PDF.
//!
//! Owns: the tests of the written DOCX (its text against the PDF's, escaping, same bytes across
//! runs). Must not: test the package's XML in detail (the unit tests of `render::docx` do) or
//! which lines tailoring selects (`tailor` does).

use crate::harness::BOOKING;
use crate::harness::JUAN;
use crate::render::{pdf_text, tailor};
use std::io::Read;

/// The parts of a ZIP archive (the local headers in order; jobfit writes no data descriptors).
pub fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let le16 = |at: usize| usize::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]));
    let le32 = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
    let mut parts = Vec::new();
    let mut at = 0;
    while le32(at) == 0x0403_4b50 {
        let (packed, name_len) = (le32(at + 18), le16(at + 26));
        let data = at + 30 + name_len + le16(at + 28);
        let mut out = Vec::new();
        flate2::read::DeflateDecoder::new(&bytes[data..data + packed])
            .read_to_end(&mut out)
            .unwrap();
        let name = String::from_utf8(bytes[at + 30..at + 30 + name_len].to_vec()).unwrap();
        parts.push((name, out));
        at = data + packed;
    }
    parts
}

/// The paragraphs of `word/document.xml` as text: tags stripped, a tab as a space, entities
/// decoded.
pub fn docx_paragraphs(bytes: &[u8]) -> Vec<String> {
    let (_, doc) = unzip(bytes)
        .into_iter()
        .find(|(n, _)| n == "word/document.xml")
        .expect("word/document.xml");
    let doc = String::from_utf8(doc).unwrap();
    doc.split("</w:p>")
        .map(|p| {
            let mut text = String::new();
            let mut rest = p;
            while let Some(lt) = rest.find('<') {
                text.push_str(&rest[..lt]);
                let gt = lt + rest[lt..].find('>').unwrap();
                if rest[lt..=gt].starts_with("<w:tab/") {
                    text.push(' ');
                }
                rest = &rest[gt + 1..];
            }
            text.push_str(rest);
            text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
        })
        .filter(|p| !p.trim().is_empty())
        .collect()
}

/// Text without spaces, bullets and separators: what is left is the same in a PDF that wraps
/// lines (and contact rows) and a DOCX whose paragraphs the word processor wraps.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '•' && *c != '·')
        .collect()
}

#[test]
fn tailor_writes_a_docx_with_the_pdf_text_in_the_pdf_order() {
    let out = tailor(JUAN, BOOKING).ignore_stdout().run();
    let docx = out.read("out/resume.docx");
    assert!(docx.starts_with(b"PK\x03\x04"));
    let paragraphs = docx_paragraphs(&docx);
    assert_eq!(paragraphs[0], "Juan Pérez");
    assert!(paragraphs.iter().any(|p| p == "Experience"));
    let pdf = squash(&pdf_text(&out.read("out/resume.pdf")));
    // Every paragraph is in the PDF, each after the one before it, and nothing else is there.
    let mut at = 0;
    for p in &paragraphs {
        let p = squash(p);
        let found = pdf[at..]
            .find(&p)
            .unwrap_or_else(|| panic!("`{p}` not in the PDF after offset {at}:\n{}", &pdf[at..]));
        assert_eq!(
            found,
            0,
            "the PDF has `{}` before `{p}`",
            &pdf[at..at + found]
        );
        at += p.len();
    }
    assert_eq!(at, pdf.len(), "the PDF has more: {}", &pdf[at..]);
    // Same inputs, same bytes.
    let again = tailor(JUAN, BOOKING).ignore_stdout().run();
    assert!(
        again.read("out/resume.docx") == docx,
        "resume.docx differs between runs"
    );
}

#[test]
fn hostile_text_is_escaped_in_docx() {
    let out = tailor("tests/fixtures/hostile/profile.yaml", BOOKING)
        .ignore_stdout()
        .run();
    let docx = out.read("out/resume.docx");
    let text = docx_paragraphs(&docx).join("\n");
    assert!(
        text.contains("<script>alert(1)</script>"),
        "shown as text: {text}"
    );
    assert!(text.contains("Smith & Sons"));
    assert!(text.contains("Иван Петров"));
    let (_, rels) = unzip(&docx)
        .into_iter()
        .find(|(n, _)| n == "word/_rels/document.xml.rels")
        .unwrap();
    assert!(!String::from_utf8(rels).unwrap().contains("javascript:"));
}

/// The LibreOffice command on this machine (`soffice`, or `libreoffice`), if any.
fn office() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|bin| {
        std::process::Command::new(bin)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// LibreOffice opens `resume.docx` and lays it out with the PDF's text: converted headless to PDF,
/// every paragraph of the document is in it, in order. Skipped only where LibreOffice is not
/// installed; `.ci/run` installs it (`libreoffice-writer-nogui`).
#[test]
fn libreoffice_opens_the_docx_with_the_pdf_text() {
    let Some(office) = office() else {
        eprintln!("skipped: LibreOffice (soffice) is not installed");
        return;
    };
    let out = tailor(JUAN, BOOKING).ignore_stdout().run();
    let converted = std::process::Command::new(office)
        // A profile of its own: a user's running LibreOffice, or none at all (CI), is not disturbed.
        .arg(format!(
            "-env:UserInstallation=file://{}",
            out.path("office-profile").display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(out.path("office"))
        .arg(out.path("out/resume.docx"))
        .output()
        .unwrap();
    assert!(
        converted.status.success(),
        "{office} failed: {}",
        String::from_utf8_lossy(&converted.stderr)
    );
    let office_pdf = std::fs::read(out.path("office/resume.pdf")).expect("LibreOffice wrote a PDF");
    let text = squash(&pdf_text(&office_pdf));
    let mut at = 0;
    for p in docx_paragraphs(&out.read("out/resume.docx")) {
        let p = squash(&p);
        let found = text[at..].find(&p).unwrap_or_else(|| {
            panic!(
                "`{p}` not in LibreOffice's PDF after offset {at}:\n{}",
                &text[at..]
            )
        });
        at += found + p.len();
    }
}
