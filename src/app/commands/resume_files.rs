//! What the resume commands (`tailor`, `render`) share: the default output folder's name, the
//! page counter the tailor measures with, and writing `resume.pdf` + `resume.html`.
//!
//! Owns the resume's output files and their names. It must not choose resume content (the
//! tailor does) or lay pages out itself (it calls the render stage).

use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use crate::render::{html, layout, pdf};
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
pub(crate) fn measure(paper: Paper) -> impl Fn(&Resume) -> usize {
    move |r: &Resume| layout::layout(r, &layout::LayoutOptions { paper }).page_count()
}

/// Write resume.pdf and resume.html into `dir`; returns the written paths.
pub(crate) fn write_resume(dir: &Path, t: &Tailored, cfg: &Config) -> Result<Vec<PathBuf>, Error> {
    let opts = pdf::PdfOptions {
        paper: cfg.paper,
        creation_date: cfg.epoch,
    };
    let bytes = pdf::render_pdf(&t.resume, &opts);
    let pdf_path = dir.join("resume.pdf");
    output::write_file(&pdf_path, &bytes)?;
    let html_path = dir.join("resume.html");
    output::write_file(&html_path, html::render_html(&t.resume).as_bytes())?;
    Ok(vec![pdf_path, html_path])
}
