//! `jobfit tailor PROFILE JOB`: a resume made for one posting (PDF, HTML, DOCX) and the fit report.

use super::resume_files::{measure, resume_files, stem};
use super::{leak_at_exit, prepare_profile};
use crate::app::cli::TailorArgs;
use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use crate::render::{self, ReportFormat};
use crate::style::Style;
use crate::tailor::{self, Target};
use std::path::PathBuf;

pub fn run(args: &TailorArgs, cfg: &Config) -> Result<(), Error> {
    let prep = prepare_profile(&args.profile, cfg)?;
    super::warn_glyphs(&prep, cfg);
    super::warn_light_accent(cfg);
    let look = cfg.look(&prep.profile);
    let (fit, job, jsrc) = super::prep::fit_for_pack(&prep, &args.job, cfg)?;
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
        &measure(cfg.paper, look),
    );
    let dir = args.output.clone().unwrap_or_else(|| {
        PathBuf::from("out").join(format!("{}-{}", stem(&args.profile), stem(&args.job)))
    });
    // The resume, the report and the prep pack are written as a set: all or none replaced.
    let mut files = resume_files(&dir, &t, look, cfg);
    let report = render::render_report(&fit.report, ReportFormat::Markdown, &Style::plain());
    files.push((dir.join("fit-report.md"), report));
    let pack = super::prep::pack(&fit, &job, &jsrc, &crate::prep::Bank::builtin());
    files.push((
        dir.join("interview-prep.md"),
        render::prep::markdown(&pack).into_bytes(),
    ));
    output::write_files(&files)?;
    let written: Vec<PathBuf> = files.into_iter().map(|(p, _)| p).collect();

    let st = &cfg.out_style;
    let mut out = format!(
        "{} → {}\nfit score {}/100 · {} page{} ({})\n",
        st.bold(&fit.report.candidate),
        st.bold(&fit.report.job_label()),
        fit.report.score,
        t.pages,
        if t.pages == 1 { "" } else { "s" },
        cfg.paper_name()
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
    let written = output::write_stdout(output::terminal_text(&out, &cfg.out_style).as_bytes());
    leak_at_exit(t);
    leak_at_exit(fit);
    leak_at_exit(prep);
    written
}
