//! `jobfit tailor PROFILE JOB`: a resume made for one posting (PDF + HTML) and the fit report.

use super::{fitted, prepared_profile};
use crate::app::cli::{Global, PaperArg, TailorArgs};
use crate::app::config::Config;
use crate::app::output;
use crate::app::style::Style;
use crate::error::Error;
use crate::render::{self, html, layout, pdf, ReportFormat};
use crate::tailor::resume::{Paper, Resume};
use crate::tailor::{self, Tailored, Target};
use std::path::{Path, PathBuf};

pub(crate) fn paper(p: PaperArg) -> Paper {
    match p {
        PaperArg::A4 => Paper::A4,
        PaperArg::Letter => Paper::Letter,
    }
}

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
pub(crate) fn write_resume(
    dir: &Path,
    t: &Tailored,
    paper: Paper,
    cfg: &Config,
) -> Result<Vec<PathBuf>, Error> {
    let opts = pdf::PdfOptions {
        paper,
        creation_date: cfg.epoch,
    };
    let bytes = pdf::render_pdf(&t.resume, &opts);
    let pdf_path = dir.join("resume.pdf");
    output::write_file(&pdf_path, &bytes)?;
    let html_path = dir.join("resume.html");
    output::write_file(&html_path, html::render_html(&t.resume).as_bytes())?;
    Ok(vec![pdf_path, html_path])
}

pub fn run(args: &TailorArgs, g: &Global, cfg: &Config) -> Result<(), Error> {
    let prep = prepared_profile(&args.profile, g, cfg)?;
    let fit = fitted(&prep, &args.job, cfg)?;
    let paper = paper(args.paper);
    let target = Target {
        job: &fit.job,
        outcomes: &fit.outcomes,
        label: fit.report.job_label().replacen(" at ", ", ", 1),
        matched: fit.report.matched.clone(),
    };
    let t = tailor::tailor(
        &fit.tax,
        &prep.profile,
        &fit.facts,
        Some(&target),
        args.pages as usize,
        &measure(paper),
    );
    let dir = args.output.clone().unwrap_or_else(|| {
        PathBuf::from("out").join(format!("{}-{}", stem(&args.profile), stem(&args.job)))
    });
    let mut written = write_resume(&dir, &t, paper, cfg)?;
    let report_path = dir.join("fit-report.md");
    let report = render::render_report(&fit.report, ReportFormat::Markdown, &Style::plain());
    output::write_file(&report_path, &report)?;
    written.push(report_path);

    let st = &cfg.out_style;
    let mut out = format!(
        "{} → {}\nfit score {}/100 · {} page{} ({})\n",
        st.bold(&fit.report.candidate),
        st.bold(&fit.report.job_label()),
        fit.report.score,
        t.pages,
        if t.pages == 1 { "" } else { "s" },
        match args.paper {
            PaperArg::A4 => "A4",
            PaperArg::Letter => "US Letter",
        }
    );
    if !t.fits {
        out.push_str(&st.yellow(&format!(
            "does not fit in {} page(s) even with everything optional left out; this is the shortest honest version\n",
            args.pages
        )));
    }
    if !t.omitted.is_empty() {
        out.push_str(&format!("left out to fit {} page(s):\n", args.pages));
        for o in &t.omitted {
            out.push_str(&format!(
                "  - {} {}\n",
                render::clip(&o.text, 70),
                st.dim(&format!("({})", o.source))
            ));
        }
    }
    out.push_str("wrote:\n");
    for p in &written {
        out.push_str(&format!("  {}\n", p.display()));
    }
    let written = output::write_stdout(out.as_bytes());
    // The process ends next: skip freeing the taxonomy and finder piece by piece.
    std::mem::forget(t);
    std::mem::forget(fit);
    std::mem::forget(prep);
    written
}
