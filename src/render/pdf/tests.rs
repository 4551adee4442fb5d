use super::*;
use crate::render::samples;

fn pdf(r: &Resume) -> Vec<u8> {
    render_pdf(r, &PdfOptions::default())
}

fn extract(bytes: &[u8]) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(bytes).expect("pdf-extract reads our PDF")
}

/// Collapses whitespace so words can be searched regardless of line breaks.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn one_page_sample_is_small_valid_and_extracts_in_order() {
    let r = samples::backend();
    let bytes = pdf(&r);
    assert!(bytes.starts_with(b"%PDF-"));
    // Subset embedding, and only the faces used: a Latin-only resume embeds DejaVu alone.
    assert!(bytes.len() < 40_000, "{} bytes", bytes.len());
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("JFREGU") && !raw.contains("JFCJK") && !raw.contains("JFDEV"));
    let pages = extract(&bytes);
    assert_eq!(pages.len(), 1);
    let text = flat(&pages[0]);
    assert!(text.starts_with("Juan Pérez"), "{text}");
    for word in [
        "Go",
        "Python",
        "SQL",
        "Rust (side projects)",
        "Kubernetes",
        "Docker",
        "Terraform",
        "AWS",
        "GitHub Actions",
        "PostgreSQL",
        "Kafka",
        "Redis",
    ] {
        assert!(text.contains(word), "{word} missing from {text}");
    }
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
    .map(|h| text.find(h).unwrap_or_else(|| panic!("{h} missing")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(
        text.contains("Designed and shipped a Go payments service"),
        "{text}"
    );
}

#[test]
fn same_input_same_bytes() {
    let r = samples::backend();
    let a = pdf(&r);
    let _other = pdf(&samples::long()); // advances printpdf's global id counter
    let b = pdf(&r);
    assert!(a == b, "two renders differ");
    let dated = render_pdf(
        &r,
        &PdfOptions {
            paper: Paper::A4,
            creation_date: Some(1_700_000_000),
            ..Default::default()
        },
    );
    assert!(dated != a);
    assert!(dated.windows(16).any(|w| w == b"D:20231114221320"));
}

/// printpdf writes info strings as UTF-16BE hex: `<feff…>`.
fn utf16_hex(s: &str) -> String {
    let mut out = String::from("<feff");
    for u in s.encode_utf16() {
        out.push_str(&format!("{u:04x}"));
    }
    out.push('>');
    out
}

#[test]
fn metadata_is_set() {
    let r = samples::backend();
    let bytes = pdf(&r);
    let s = String::from_utf8_lossy(&bytes).to_lowercase();
    assert!(
        s.contains(&format!("/creator{}", utf16_hex("jobfit"))),
        "creator"
    );
    assert!(
        s.contains(&format!("/author{}", utf16_hex(&r.name))),
        "author"
    );
    assert!(
        s.contains(&format!("/title{}", utf16_hex(&r.title))),
        "title"
    );
    assert!(
        s.contains(&format!("/keywords{}", utf16_hex("Go,Kubernetes,Kafka"))),
        "keywords"
    );
    assert!(s.contains("(d:19800101000000+00'00')"), "date");
    let raw = String::from_utf8_lossy(&bytes);
    assert!(
        raw.contains("/Type/Catalog/PageLayout/OneColumn/Lang(en)"),
        "lang"
    );
    // No claim of a standard the file does not meet (printpdf writes an empty PDF/X key).
    assert!(
        !raw.contains("GTS_PDFX") && !raw.contains("pdfaid"),
        "no PDF/X or PDF/A claim"
    );
}

#[test]
fn fonts_are_embedded_subsets_not_builtin() {
    let bytes = pdf(&samples::backend());
    let s = String::from_utf8_lossy(&bytes);
    assert!(s.contains("+Lato-Regular"), "subset tag");
    assert!(
        !s.contains("DejaVu"),
        "a Latin-only resume embeds Lato alone"
    );
    assert!(s.contains("FontFile2"));
    assert!(!s.contains("/Helvetica"));
}

#[test]
fn unicode_names_and_places_extract() {
    let bytes = pdf(&samples::unicode());
    let text = flat(&extract(&bytes).join("\n"));
    assert!(text.starts_with("Zoë Ødegård"), "{text}");
    assert!(text.contains("Łódź, Polska"), "{text}");
    assert!(text.contains("Иван Петров и партнёры"), "{text}");
}

#[test]
fn long_resume_has_as_many_pdf_pages_as_layout_pages_with_footers() {
    let r = samples::long();
    let l = layout(&r, &LayoutOptions::default());
    assert!(l.page_count() > 1);
    let bytes = render_layout(&l, &r, &PdfOptions::default());
    let pages = extract(&bytes);
    assert_eq!(pages.len(), l.page_count());
    for (i, p) in pages.iter().enumerate() {
        let want = format!("Juan Pérez — page {} of {}", i + 1, l.page_count());
        assert!(flat(p).contains(&want), "{want} not in page {i}");
    }
    assert!(flat(&pages[0]).starts_with("Juan Pérez"));
}

#[test]
fn letter_paper_has_letter_media_box() {
    let bytes = render_pdf(
        &samples::backend(),
        &PdfOptions {
            paper: Paper::Letter,
            creation_date: None,
            ..Default::default()
        },
    );
    let s = String::from_utf8_lossy(&bytes);
    assert!(
        s.contains("/MediaBox[0 0 612 792]") || s.contains("/MediaBox [0 0 612 792]"),
        "media box"
    );
}

/// `cargo test --release -- --ignored --nocapture pdf_speed` (also writes /tmp/jobfit-*.pdf)
#[test]
#[ignore]
fn pdf_speed() {
    let r = samples::backend();
    let long = samples::long();
    std::fs::write("/tmp/jobfit-sample.pdf", pdf(&r)).unwrap();
    std::fs::write(
        "/tmp/jobfit-letter.pdf",
        render_pdf(
            &r,
            &PdfOptions {
                paper: Paper::Letter,
                creation_date: None,
                ..Default::default()
            },
        ),
    )
    .unwrap();
    std::fs::write("/tmp/jobfit-long.pdf", pdf(&long)).unwrap();
    std::fs::write("/tmp/jobfit-unicode.pdf", pdf(&samples::unicode())).unwrap();
    let n = 100;
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(pdf(&r));
    }
    eprintln!(
        "layout+render 1-page sample: {:?}/iter, {} bytes",
        t.elapsed() / n,
        pdf(&r).len()
    );
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(pdf(&long));
    }
    eprintln!(
        "layout+render long sample: {:?}/iter, {} bytes",
        t.elapsed() / n,
        pdf(&long).len()
    );
}
