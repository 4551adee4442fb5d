//! `jobfit prep PROFILE JOB`: the interview-prep pack (Markdown by default).

use super::{leak_at_exit, prepare_profile, warn};
use crate::app::cli::{PrepArgs, PrepFormat};
use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use crate::input::load;
use crate::input::yaml;
use crate::model::Job;
use crate::pipeline::{self, Fit, Prepared};
use crate::prep::{self, Bank, BankFile, PrepPack};
use crate::render::{self, html, pdf};
use crate::source::Source;

/// The pack for a fit, the posting's text read from its source (a job file's text fields).
pub(crate) fn pack(fit: &Fit, job: &Job, source: &Source, bank: &Bank) -> PrepPack {
    let text = if load::is_job_file(source) {
        prep::job_text(job)
    } else {
        source.text.to_string()
    };
    prep::build(&prep::Inputs {
        report: &fit.report,
        job,
        facts: &fit.facts,
        posting: &text,
        bank,
    })
}

/// Load the job and fit it, keeping the job and its source for the pack.
pub(crate) fn fit_for_pack<'p>(
    p: &'p Prepared,
    path: &std::path::Path,
    cfg: &Config,
) -> Result<(Fit<'p>, Job, Source), Error> {
    let (job, jsrc) = load::job(path, &p.tax, &p.finder)?;
    let (fit, w) = pipeline::fit(p, &job, &jsrc)?;
    warn(&w, cfg);
    Ok((fit, job, jsrc))
}

pub fn run(args: &PrepArgs, cfg: &Config) -> Result<(), Error> {
    let mut inputs = vec![args.profile.as_path(), args.job.as_path()];
    inputs.extend(cfg.taxonomy.as_deref());
    inputs.extend(args.bank.as_deref());
    output::check_target(args.output.as_deref(), &inputs)?;
    let bank = match &args.bank {
        Some(path) => {
            let src = Source::read(path)?;
            let user: BankFile = yaml::parse(&src).map_err(|d| Error::Diagnostics(vec![*d]))?;
            Bank::builtin().with(user)
        }
        None => Bank::builtin(),
    };
    let p = prepare_profile(&args.profile, cfg)?;
    let (fit, job, jsrc) = fit_for_pack(&p, &args.job, cfg)?;
    let pack = pack(&fit, &job, &jsrc, &bank);
    let bytes = match args.format {
        PrepFormat::Markdown | PrepFormat::Text => render::prep::markdown(&pack).into_bytes(),
        PrepFormat::Json => {
            let mut s = serde_json::to_string_pretty(&pack).expect("a pack serialises");
            s.push('\n');
            s.into_bytes()
        }
        PrepFormat::Html => {
            html::render_html(&render::prep::document(&pack), Default::default()).into_bytes()
        }
        PrepFormat::Pdf => pdf::render_pdf(
            &render::prep::document(&pack),
            &pdf::PdfOptions {
                paper: cfg.paper,
                creation_date: Some(cfg.doc_date),
                ..Default::default()
            },
        ),
    };
    let written = output::emit(args.output.as_deref(), &bytes);
    leak_at_exit(fit);
    leak_at_exit(p);
    written
}
