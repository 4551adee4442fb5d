//! What the resume commands (`tailor`, `render`) share: the default output folder's name, the
//! page counter the tailor measures with, and writing `resume.pdf`, `resume.html` and
//! `resume.docx`.
//!
//! Owns the resume's output files and their names. It must not choose resume content (the
//! tailor does) or lay pages out itself (it calls the render stage).

use crate::app::config::Config;
use crate::render::layout::Look;
use crate::render::{docx, html, layout, pdf};
use crate::tailor::resume::{Paper, Resume};
use crate::tailor::Tailored;
use std::path::{Path, PathBuf};

/// File stem for default output folders: `juan` for `profiles/juan.yaml`.
pub(crate) fn stem(p: &Path) -> String {
    let s = p.file_stem().and_then(|s| s.to_str()).unwrap_or("resume");
    let clean: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if clean.is_empty() || clean == "-" {
        "stdin".into()
    } else {
        clean
    }
}

/// Page counter with the real layout, for the tailor's budget.
pub(crate) fn measure(paper: Paper, look: Look) -> impl Fn(&Resume) -> usize {
    move |r: &Resume| layout::layout(r, &layout::LayoutOptions { paper, look }).page_count()
}

/// resume.pdf, resume.html and resume.docx for `dir`, rendered from the same resume in the same
/// look with the same date (the caller writes them as a set).
pub(crate) fn resume_files(
    dir: &Path,
    t: &Tailored,
    look: Look,
    cfg: &Config,
) -> Vec<(PathBuf, Vec<u8>)> {
    let opts = pdf::PdfOptions {
        paper: cfg.paper,
        creation_date: Some(cfg.doc_date),
        look,
    };
    vec![
        (dir.join("resume.pdf"), pdf::render_pdf(&t.resume, &opts)),
        (
            dir.join("resume.html"),
            html::render_html(&t.resume, look).into_bytes(),
        ),
        (
            dir.join("resume.docx"),
            docx::render_docx(
                &t.resume,
                &docx::DocxOptions {
                    paper: cfg.paper,
                    creation_date: Some(cfg.doc_date),
                    look,
                },
            ),
        ),
    ]
}
