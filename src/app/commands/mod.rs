//! One function per subcommand. The only layer that writes files or standard output.
//!
//! Owns orchestration: each command reads through `input`, runs the stages, renders and writes.
//! A command receives its clap arguments and the [`Config`] (never clap's `Global`), and must
//! not read files itself, hold product rules, or import helpers from a sibling command: shared
//! helpers live here and in `resume_files`.

mod check;
mod completions;
mod export;
mod extract;
mod import;
mod new;
mod prep;
mod rank;
mod render;
mod schema;
mod report;
mod resume_files;
mod tailor;

use crate::app::cli::{Cli, Command};
use crate::app::config::Config;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

/// Run a parsed command line.
pub fn run(cli: &Cli) -> Result<(), Error> {
    let cfg = Config::new(cli)?;
    match &cli.command {
        Command::Match(a) => watched(a.watch, &[&a.profile, &a.job], &cfg, || {
            report::run(a, &cfg)
        }),
        Command::Tailor(a) => watched(a.watch, &[&a.profile, &a.job], &cfg, || {
            tailor::run(a, &cfg)
        }),
        Command::Render(a) => watched(a.watch, &[&a.profile], &cfg, || render::run(a, &cfg)),
        Command::Extract(a) => extract::run(a, &cfg),
        Command::Prep(a) => {
            let mut inputs = vec![a.profile.as_path(), a.job.as_path()];
            inputs.extend(a.bank.as_deref());
            watched(a.watch, &inputs, &cfg, || prep::run(a, &cfg))
        }
        Command::Rank(a) => rank::run(a, &cfg),
        Command::Check(a) => check::run(a, &cfg),
        Command::Import(a) => import::run(a, &cfg),
        Command::Export(a) => export::run(a, &cfg),
        Command::New(a) => new::run(a, &cfg),
        Command::Completions(a) => completions::run(a),
        Command::Man => completions::man(),
        Command::Schema(a) => schema::run(a),
    }
}

/// Run a command once, or with `--watch` (`on`) again each time one of `inputs` or the
/// `--taxonomy` file changes.
fn watched<P: AsRef<Path>>(
    on: bool,
    inputs: &[P],
    cfg: &Config,
    run: impl FnMut() -> Result<(), Error>,
) -> Result<(), Error> {
    let mut run = run;
    if !on {
        return run();
    }
    WATCHING.store(true, Ordering::Relaxed);
    let mut paths: Vec<&Path> = inputs.iter().map(AsRef::as_ref).collect();
    paths.extend(cfg.taxonomy.as_deref());
    crate::app::watch::run(&paths, cfg, run)
}

/// Set under `--watch`: the process runs the command again, so a run's values are dropped, not
/// left to the exit (see [`leak_at_exit`]).
static WATCHING: AtomicBool = AtomicBool::new(false);

/// The taxonomy and the profile at `path`, analysed; warnings printed.
pub(crate) fn prepare_profile(
    path: &Path,
    cfg: &Config,
) -> Result<crate::pipeline::Prepared, Error> {
    let (base, tw) = crate::input::load::taxonomy(cfg.taxonomy.as_deref())?;
    warn(&tw, cfg);
    let (profile, psrc, notes) = crate::input::load::profile(path)?;
    warn(&notes, cfg);
    let (prep, w) = crate::pipeline::prepare_owned(base, profile, psrc, cfg.as_of)?;
    warn(&w, cfg);
    Ok(prep)
}

/// The warnings about profile text the PDF cannot draw as written (once per run of `tailor` and
/// `render`, the commands that write a PDF).
pub(crate) fn warn_glyphs(prep: &crate::pipeline::Prepared, cfg: &Config) {
    let pdf = crate::input::check::pdf_text();
    warn(
        &crate::analyze::check_glyphs(&prep.profile, &prep.source, pdf),
        cfg,
    );
}

/// `--accent` too light to read on white: a warning (a profile's own accent gets a located one).
pub(crate) fn warn_light_accent(cfg: &Config) {
    use crate::model::design::MIN_ACCENT_CONTRAST;
    if let Some(c) = cfg
        .accent
        .filter(|c| c.contrast_on_white() < MIN_ACCENT_CONTRAST)
    {
        if !cfg.quiet {
            eprintln!(
                "{}: --accent {c} is hard to read on white (contrast {:.1}:1)\n  = help: headings need a contrast of 3:1 or more: choose a darker colour, e.g. '#0b7285'",
                cfg.err_style.yellow_bold("warning"),
                c.contrast_on_white()
            );
        }
    }
}

/// The job at `path` (YAML or text) matched against a prepared profile; warnings printed.
pub(crate) fn fit_job<'p>(
    prep: &'p crate::pipeline::Prepared,
    path: &Path,
    cfg: &Config,
) -> Result<crate::pipeline::Fit<'p>, Error> {
    let (job, jsrc) = crate::input::load::job(path, &prep.tax, &prep.finder)?;
    let (fit, w) = crate::pipeline::fit(prep, &job, &jsrc)?;
    warn(&w, cfg);
    Ok(fit)
}

/// Print diagnostics to standard error; with `--quiet`, only the errors.
pub(crate) fn warn(diags: &[Diagnostic], cfg: &Config) {
    if cfg.quiet {
        let errors: Vec<Diagnostic> = diags.iter().filter(|d| d.is_error()).cloned().collect();
        if !errors.is_empty() {
            eprint!("{}", crate::diagnostic::render_all(&errors, &cfg.err_style));
        }
    } else if !diags.is_empty() {
        eprint!("{}", crate::diagnostic::render_all(diags, &cfg.err_style));
    }
}

/// Give up `value` without dropping it, because the process is about to exit (under `--watch`,
/// where it is not, `value` is dropped).
///
/// A command calls this on its large values (the taxonomy and mention finder inside a prepared
/// profile, a fit, every ranked row) right before it returns to `main`. Dropping them would free
/// thousands of small allocations one by one, which can be the slowest thing a short command
/// does, while the operating system reclaims the whole heap at exit in one step. Use it only
/// for values a command is done with, on the path that ends the process; nothing is leaked
/// that outlives it, and no destructor with an effect (a file, a lock) may be skipped this way.
pub(crate) fn leak_at_exit<T>(value: T) {
    if WATCHING.load(Ordering::Relaxed) {
        drop(value);
    } else {
        std::mem::forget(value);
    }
}
