//! `jobfit check FILE...`: validate files and print every problem.

use crate::analyze;
use crate::app::cli::CheckArgs;
use crate::app::config::Config;
use crate::app::output;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::extract;
use crate::input::load::{self, FileKind};
use crate::input::yaml;
use crate::model::{Job, Profile};
use crate::skills::mentions::MentionFinder;
use crate::skills::taxonomy::{Taxonomy, TaxonomyFile};
use crate::source::Source;

fn check_one(
    path: &std::path::Path,
    base: &Taxonomy,
    finder: &MentionFinder,
) -> Result<(String, Vec<Diagnostic>), Error> {
    let source = Source::read(path)?;
    let kind = load::sniff(&source)?;
    let parse_err = |d: Box<Diagnostic>| Error::Diagnostics(vec![*d]);
    Ok(match kind {
        FileKind::Profile => {
            let p: Profile = yaml::parse(&source).map_err(parse_err)?;
            let mut tax = base.clone();
            let mut diags = analyze::check_profile(&p, &source);
            diags.extend(analyze::resolve(&mut tax, Some((&p, &source)), None));
            let lines = p
                .experience
                .iter()
                .map(|e| e.highlights.len())
                .sum::<usize>();
            (
                format!(
                    "profile, {} skills, {} roles, {} highlights",
                    p.skills.len(),
                    p.experience.len(),
                    lines
                ),
                diags,
            )
        }
        FileKind::Job => {
            let j: Job = yaml::parse(&source).map_err(parse_err)?;
            let mut tax = base.clone();
            let diags = analyze::resolve(&mut tax, None, Some((&j, &source)));
            (format!("job, {} requirements", j.requirements.len()), diags)
        }
        FileKind::Taxonomy => {
            let t: TaxonomyFile = yaml::parse(&source).map_err(parse_err)?;
            let n = t.skills.len();
            let base_src = Source::new("data/taxonomy.yaml", crate::skills::taxonomy::BUILTIN);
            let b = crate::skills::taxonomy::builtin_file();
            let (_, diags) = Taxonomy::build(vec![(b, &base_src), (t, &source)]);
            (format!("taxonomy, {n} skills"), diags)
        }
        FileKind::Posting => {
            let ex = extract::extract(&source.text, base, finder);
            (
                format!("posting, {} skills found", ex.skills.len()),
                Vec::new(),
            )
        }
    })
}

pub fn run(args: &CheckArgs, cfg: &Config) -> Result<(), Error> {
    let (base, tw) = load::taxonomy(cfg.taxonomy.as_deref())?;
    super::warn(&tw, cfg);
    let finder = MentionFinder::new(&base);
    let mut failed = 0;
    let mut summary = String::new();
    for path in &args.files {
        match check_one(path, &base, &finder) {
            Ok((what, diags)) => {
                super::warn(&diags, cfg);
                let errors = diags.iter().filter(|d| d.is_error()).count();
                let warnings = diags.len() - errors;
                if errors > 0 {
                    failed += 1;
                    summary.push_str(&format!(
                        "{}: {} ({what}), {errors} error(s), {warnings} warning(s)\n",
                        path.display(),
                        cfg.out_style.red("invalid")
                    ));
                } else if warnings > 0 {
                    summary.push_str(&format!(
                        "{}: {} ({what}), {warnings} warning(s)\n",
                        path.display(),
                        cfg.out_style.yellow("ok")
                    ));
                } else {
                    summary.push_str(&format!(
                        "{}: {} ({what})\n",
                        path.display(),
                        cfg.out_style.green("ok")
                    ));
                }
            }
            Err(Error::Diagnostics(diags)) => {
                super::warn(&diags, cfg);
                failed += 1;
                summary.push_str(&format!(
                    "{}: {}\n",
                    path.display(),
                    cfg.out_style.red("invalid")
                ));
            }
            Err(e @ Error::File { .. }) => {
                eprintln!("{}: {e}", cfg.err_style.red_bold("error"));
                failed += 1;
                summary.push_str(&format!(
                    "{}: {}\n",
                    path.display(),
                    cfg.out_style.red("unreadable")
                ));
            }
            Err(e) => return Err(e),
        }
    }
    output::write_stdout(summary.as_bytes())?;
    if failed > 0 {
        return Err(Error::Reported(format!(
            "{failed} of {} file(s) have errors",
            args.files.len()
        )));
    }
    Ok(())
}
