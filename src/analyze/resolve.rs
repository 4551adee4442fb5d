//! Skill names → skill ids: every name a profile or job writes, resolved through the taxonomy.
//! Unknown names get a "did you mean" warning at their line and are kept as custom skills (the
//! taxonomy is extended). It must not read text for mentions (that is `evidence`'s job).

use crate::analyze::checks::check_job;
use crate::diagnostic::{Diagnostic, Severity};
use crate::locate::{self, path_string, Seg};
use crate::model::{Highlight, Job, Profile};
use crate::skills::taxonomy::Taxonomy;
use crate::source::Source;

/// A skill name at a place in a file, to resolve.
struct NameRef {
    name: String,
    path: Vec<OwnedSeg>,
}

#[derive(Clone)]
enum OwnedSeg {
    Key(&'static str),
    Index(usize),
}

fn segs(p: &[OwnedSeg]) -> Vec<Seg<'_>> {
    p.iter()
        .map(|s| match s {
            OwnedSeg::Key(k) => Seg::Key(k),
            OwnedSeg::Index(i) => Seg::Index(*i),
        })
        .collect()
}

use OwnedSeg::{Index as I, Key as K};

fn profile_names(p: &Profile) -> Vec<NameRef> {
    let mut out = Vec::new();
    for (i, s) in p.skills.iter().enumerate() {
        out.push(NameRef {
            name: s.name.clone(),
            path: vec![K("skills"), I(i), K("name")],
        });
    }
    let mut tags = |hs: &[Highlight], base: Vec<OwnedSeg>| {
        for (j, h) in hs.iter().enumerate() {
            for (k, t) in h.skills.iter().enumerate() {
                let mut path = base.clone();
                path.extend([I(j), K("skills"), I(k)]);
                out.push(NameRef {
                    name: t.clone(),
                    path,
                });
            }
        }
    };
    for (i, e) in p.experience.iter().enumerate() {
        tags(&e.highlights, vec![K("experience"), I(i), K("highlights")]);
    }
    for (i, v) in p.volunteering.iter().enumerate() {
        tags(
            &v.highlights,
            vec![K("volunteering"), I(i), K("highlights")],
        );
    }
    for (i, e) in p.projects.iter().enumerate() {
        tags(&e.highlights, vec![K("projects"), I(i), K("highlights")]);
    }
    for (i, e) in p.education.iter().enumerate() {
        tags(&e.highlights, vec![K("education"), I(i), K("highlights")]);
    }
    tags(&p.strengths, vec![K("strengths")]);
    for (i, l) in p.languages.iter().enumerate() {
        out.push(NameRef {
            name: l.name.clone(),
            path: vec![K("languages"), I(i), K("name")],
        });
    }
    for (i, e) in p.experience.iter().enumerate() {
        for (k, t) in e.skills.iter().enumerate() {
            out.push(NameRef {
                name: t.clone(),
                path: vec![K("experience"), I(i), K("skills"), I(k)],
            });
        }
    }
    for (i, pr) in p.projects.iter().enumerate() {
        for (k, t) in pr.skills.iter().enumerate() {
            out.push(NameRef {
                name: t.clone(),
                path: vec![K("projects"), I(i), K("skills"), I(k)],
            });
        }
    }
    out
}

fn job_names(j: &Job) -> Vec<NameRef> {
    let mut out = Vec::new();
    for (i, r) in j.requirements.iter().enumerate() {
        if let Some(s) = &r.skill {
            out.push(NameRef {
                name: s.clone(),
                path: vec![K("requirements"), I(i), K("skill")],
            });
        }
        for (k, s) in r.any_of.iter().enumerate() {
            out.push(NameRef {
                name: s.clone(),
                path: vec![K("requirements"), I(i), K("any_of"), I(k)],
            });
        }
    }
    out
}

/// How many unknown names of one file get a "did you mean" look-up. Each look-up compares the
/// name with every form the taxonomy knows (bounded, but some thousand comparisons), so a
/// generated file of 300,000 unknown names would otherwise take minutes; a person's file has a
/// handful.
pub const MAX_SUGGESTIONS: usize = 200;

/// Resolve names; unknown ones get a warning (with a suggestion) and become custom skills.
fn resolve_names(tax: &mut Taxonomy, names: &[NameRef], source: &Source) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut looked_up = 0;
    let mut custom = Vec::new();
    // Made at the first problem, once: placing each of 10,000 problems used to read the file again.
    let cell = std::cell::OnceCell::new();
    let outline = || cell.get_or_init(|| locate::Outline::new(&source.text));
    for n in names {
        if n.name.trim().is_empty() {
            diags.push(locate::diagnostic_in(
                outline(),
                source,
                &segs(&n.path),
                None,
                Severity::Error,
                "skill name is empty",
            ));
            continue;
        }
        if tax.resolve(&n.name).is_some() {
            continue;
        }
        let mut d = locate::diagnostic_in(
            outline(),
            source,
            &segs(&n.path),
            Some(n.name.trim()),
            Severity::Warning,
            format!("unknown skill `{}`", n.name.trim()),
        );
        looked_up += 1;
        let suggestion = if looked_up <= MAX_SUGGESTIONS {
            tax.suggest(&n.name)
        } else {
            None
        };
        custom.push(n.name.clone());
        // A spoken language the taxonomy lacks (Tamil) is no typo: it is matched by its name, and
        // only a near miss of a known one (`Germna`) is worth a warning.
        if suggestion.is_none() && matches!(n.path.first(), Some(K(k)) if *k == "languages") {
            continue;
        }
        d = match suggestion {
            Some(s) => d.with_help(format!(
                "did you mean `{s}`? (unknown skills are matched by exact name only)"
            )),
            None => d.with_help(
                "it is matched by exact name only; add it to a taxonomy file (--taxonomy) to give it aliases",
            ),
        };
        diags.push(d);
    }
    tax.with_custom(&custom);
    diags
}

/// Resolve every skill name a profile and/or a job uses, extending the taxonomy with unknown ones.
/// Returns warnings for unknown names and errors for structurally wrong requirements.
pub fn resolve(
    tax: &mut Taxonomy,
    profile: Option<(&Profile, &Source)>,
    job: Option<(&Job, &Source)>,
) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    if let Some((p, src)) = profile {
        diags.extend(resolve_names(tax, &profile_names(p), src));
    }
    if let Some((j, src)) = job {
        diags.extend(check_job(j, src));
        diags.extend(resolve_names(tax, &job_names(j), src));
    }
    diags
}

/// The path string of a field, for messages.
pub fn field_path(path: &[Seg]) -> String {
    path_string(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_first_unknown_names_get_a_did_you_mean() {
        let n = MAX_SUGGESTIONS + 1;
        let mut yaml = String::from("name: A\nskills:\n");
        for i in 0..n {
            yaml.push_str(&format!("  - Kubernetse{}\n", "s".repeat(i % 2)));
        }
        let source = Source::new("p.yaml", &yaml);
        let p: Profile = serde_yaml::from_str(&yaml).unwrap();
        let diags = resolve(&mut Taxonomy::builtin(), Some((&p, &source)), None);
        assert_eq!(diags.len(), n);
        let help = |d: &Diagnostic| d.help.clone().unwrap_or_default();
        assert!(help(&diags[0]).starts_with("did you mean `Kubernetes`?"));
        assert!(help(&diags[n - 2]).starts_with("did you mean `Kubernetes`?"));
        assert!(help(&diags[n - 1]).starts_with("it is matched by exact name only"));
    }
}
