//! Checks of a profile's and a job's values that YAML types cannot express (a requirement with
//! no skill, years out of range, an end before its start), as positioned diagnostics.

use crate::diagnostic::{Diagnostic, Severity};
use crate::locate::{self, Seg};
use crate::model::design::MIN_ACCENT_CONTRAST;
use crate::model::{Date, Job, Profile, YearMonth};
use crate::source::Source;

/// Structural checks serde cannot express.
pub fn check_job(job: &Job, source: &Source) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for (i, r) in job.requirements.iter().enumerate() {
        let path = [Seg::Key("requirements"), Seg::Index(i)];
        if r.skill.is_none() && r.any_of.is_empty() {
            diags.push(
                locate::diagnostic_at(
                    source,
                    &path,
                    None,
                    Severity::Error,
                    "requirement has no skill",
                )
                .with_help("add `skill: Name`, or `any_of: [A, B]` when either will do"),
            );
        } else if r.skill.is_some() && !r.any_of.is_empty() {
            diags.push(
                locate::diagnostic_at(
                    source,
                    &path,
                    None,
                    Severity::Error,
                    "requirement has both `skill` and `any_of`",
                )
                .with_help("use `skill` for one skill, or put it into the `any_of` list"),
            );
        }
        for (field, v) in [("years", r.years)] {
            if v.is_some_and(|y| !(0.0..=60.0).contains(&y)) {
                diags.push(locate::diagnostic_at(
                    source,
                    &[Seg::Key("requirements"), Seg::Index(i), Seg::Key(field)],
                    None,
                    Severity::Error,
                    format!("`{field}` must be between 0 and 60"),
                ));
            }
        }
    }
    if job.min_years.is_some_and(|y| !(0.0..=60.0).contains(&y)) {
        diags.push(locate::diagnostic_at(
            source,
            &[Seg::Key("min_years")],
            None,
            Severity::Error,
            "`min_years` must be between 0 and 60",
        ));
    }
    diags.extend(super::lengths::check(job, source));
    diags
}

/// Checks of a profile that serde cannot express (end before start, negative years, an accent
/// too light to read).
pub fn check_profile(p: &Profile, source: &Source) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for (i, e) in p.experience.iter().enumerate() {
        if let (Date::Month(s), Some(Date::Month(en))) = (e.start, e.end) {
            if en < s {
                diags.push(
                    locate::diagnostic_at(
                        source,
                        &[Seg::Key("experience"), Seg::Index(i), Seg::Key("end")],
                        None,
                        Severity::Error,
                        format!("`end` ({en}) is before `start` ({s})"),
                    )
                    .with_help("swap the two dates"),
                );
            }
        }
    }
    for (i, s) in p.skills.iter().enumerate() {
        if s.years.is_some_and(|y| !(0.0..=60.0).contains(&y)) {
            diags.push(locate::diagnostic_at(
                source,
                &[Seg::Key("skills"), Seg::Index(i), Seg::Key("years")],
                None,
                Severity::Error,
                "`years` must be between 0 and 60",
            ));
        }
    }
    if let Some(c) = p
        .style
        .accent
        .filter(|c| c.contrast_on_white() < MIN_ACCENT_CONTRAST)
    {
        diags.push(
            locate::diagnostic_at(
                source,
                &[Seg::Key("style"), Seg::Key("accent")],
                None,
                Severity::Warning,
                format!(
                    "the accent {c} is hard to read on white (contrast {:.1}:1)",
                    c.contrast_on_white()
                ),
            )
            .with_help("headings need a contrast of 3:1 or more: choose a darker colour, e.g. `\"#0b7285\"`"),
        );
    }
    if p.name.trim().is_empty() {
        diags.push(locate::diagnostic_at(
            source,
            &[Seg::Key("name")],
            None,
            Severity::Error,
            "`name` is empty",
        ));
    }
    diags.extend(super::lengths::check(p, source));
    diags
}

/// A role, project or volunteer role that starts after `as_of` (the run's month): a warning, as it is most often a
/// typo of the year; `present` means `as_of` and is never in the future.
pub fn check_future(p: &Profile, source: &Source, as_of: YearMonth) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut warn = |path: &[Seg], d: YearMonth| {
        diags.push(
            locate::diagnostic_at(
                source,
                path,
                None,
                Severity::Warning,
                format!("`start` ({d}) is in the future (as of {as_of})"),
            )
            .with_help(format!(
                "check the year: a role that has not begun is not experience yet \
                 (or pass `--as-of {d}` to see the profile as of that month)"
            )),
        );
    };
    for (i, e) in p.experience.iter().enumerate() {
        if let Date::Month(s) = e.start {
            if s > as_of {
                warn(
                    &[Seg::Key("experience"), Seg::Index(i), Seg::Key("start")],
                    s,
                );
            }
        }
    }
    let projects = p.projects.iter().map(|pr| ("projects", pr.start));
    let volunteering = p.volunteering.iter().map(|v| ("volunteering", v.start));
    let mut index = std::collections::HashMap::new();
    for (key, start) in projects.chain(volunteering) {
        let i: &mut usize = index.entry(key).or_default();
        if let Some(Date::Month(s)) = start {
            if s > as_of {
                warn(&[Seg::Key(key), Seg::Index(*i), Seg::Key("start")], s);
            }
        }
        *i += 1;
    }
    diags
}
