use super::*;
use crate::model::YearMonth;
use crate::pipeline;
use crate::source::Source;
use crate::tailor::resume::{Rich, SectionBody};
use std::collections::BTreeSet;

const AS_OF: YearMonth = YearMonth {
    year: 2026,
    month: Some(11),
};

/// A stand-in for the PDF layout: 60 lines a page.
fn lines_measure(r: &Resume) -> usize {
    line_count(r).div_ceil(60)
}

/// The lines a resume takes, roughly: 100 characters a line.
fn line_count(r: &Resume) -> usize {
    let mut lines = 4;
    for s in &r.sections {
        lines += 2;
        match &s.body {
            SectionBody::Entries(es) => {
                for e in es {
                    lines += 1 + e.description.is_some() as usize;
                    lines += e
                        .bullets
                        .iter()
                        .map(|b| 1 + b.text().len() / 100)
                        .sum::<usize>();
                }
            }
            SectionBody::Skills(gs) => lines += gs.len(),
            SectionBody::Bullets(bs) => lines += bs.len(),
            SectionBody::Paragraph(p) => lines += 1 + p.text().len() / 100,
        }
    }
    lines
}

/// Every string of the parsed profile, joined, and the addresses its contact shortcuts stand for
/// as printed (`github: jane` → `github.com/jane`): the only text a resume may show.
fn profile_text(p: &Profile) -> String {
    fn walk(v: &serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push('\n');
            }
            serde_json::Value::Number(n) => {
                out.push_str(&n.to_string());
                out.push('\n');
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    walk(&serde_json::to_value(p).unwrap(), &mut out);
    for url in p.contact.shortcut_urls() {
        out.push_str(&contact::readable_url(&url));
        out.push('\n');
    }
    out
}

fn tailored(profile: &str, job: &str, pages: usize) -> (Tailored, String) {
    tailored_by(profile, job, pages, &lines_measure)
}

/// `tailored` with another page measure.
fn tailored_by(
    profile: &str,
    job: &str,
    pages: usize,
    measure: &dyn Fn(&Resume) -> usize,
) -> (Tailored, String) {
    let base = Taxonomy::builtin();
    let psrc = Source::new("p.yaml", std::fs::read_to_string(profile).unwrap());
    let jsrc = Source::new("j.yaml", std::fs::read_to_string(job).unwrap());
    let p: Profile = crate::input::yaml::parse(&psrc).unwrap();
    let j: crate::model::Job = crate::input::yaml::parse(&jsrc).unwrap();
    let (prep, _) = pipeline::prepare(&base, p, psrc.clone(), AS_OF).unwrap();
    let (fit, _) = pipeline::fit(&prep, &j, &jsrc).unwrap();
    let target = Target {
        job: &fit.job,
        outcomes: &fit.outcomes,
        label: fit.report.job_label(),
        matched: fit.report.matched.clone(),
    };
    let t = tailor(
        &fit.tax,
        &prep.profile,
        &fit.facts,
        Some(&target),
        pages,
        measure,
    );
    (t, profile_text(&prep.profile))
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every piece of text in the resume is profile text, a heading or a formatted date.
fn assert_nothing_invented(r: &Resume, profile_yaml: &str) {
    // `profile_yaml` is every string of the parsed profile (see `profile_text`).
    let profile = squash(profile_yaml);
    let in_profile = |s: &str| s.trim().is_empty() || profile.contains(&squash(s));
    assert!(in_profile(&r.name));
    for c in &r.contact {
        assert!(in_profile(&c.text), "contact {:?}", c.text);
    }
    let mut texts: Vec<String> = Vec::new();
    for s in &r.sections {
        match &s.body {
            SectionBody::Entries(es) => {
                for e in es {
                    texts.push(e.title.clone());
                    texts.extend(e.subtitle.clone());
                    texts.extend(e.location.clone());
                    texts.extend(e.description.as_ref().map(Rich::text));
                    texts.extend(e.bullets.iter().map(Rich::text));
                    if let Some(d) = &e.dates {
                        // Dates are formatted, but every year in them is the profile's.
                        for y in d
                            .split(|c: char| !c.is_ascii_digit())
                            .filter(|y| y.len() == 4)
                        {
                            assert!(profile.contains(y), "date {d}");
                        }
                    }
                }
            }
            SectionBody::Skills(gs) => {
                for g in gs {
                    for item in &g.items {
                        // `Name (learning; note)`: the name and the note are the profile's.
                        let t = item.text();
                        let (name, rest) = t.split_once(" (").unwrap_or((&t, ""));
                        texts.push(name.to_string());
                        for part in rest.trim_end_matches(')').split("; ") {
                            texts.push(part.to_string());
                        }
                    }
                }
            }
            SectionBody::Bullets(bs) => texts.extend(bs.iter().map(Rich::text)),
            // `Tamil (native) · German (B2)`: each name and level is the profile's.
            SectionBody::Paragraph(p) if s.title == "Languages" => {
                for l in p.text().split(" · ") {
                    let (name, level) = l.split_once(" (").unwrap_or((l, ""));
                    texts.push(name.to_string());
                    texts.push(level.trim_end_matches(')').to_string());
                }
            }
            SectionBody::Paragraph(p) => texts.push(p.text()),
        }
    }
    for t in texts {
        assert!(in_profile(&t), "not in the profile: {t:?}");
    }
    // Every number printed is a number of the profile.
    let all: String = serde_json::to_string(&r.sections).unwrap();
    for n in all
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
    {
        assert!(profile_yaml.contains(n), "number {n} not in the profile");
    }
}

#[test]
fn never_invents_on_the_example_and_an_unrelated_profile() {
    for (p, j) in [
        ("profiles/juan.yaml", "jobs/booking_go.yaml"),
        (
            "tests/fixtures/alice/profile.yaml",
            "tests/fixtures/alice/job.yaml",
        ),
        (
            "tests/fixtures/long/profile.yaml",
            "tests/fixtures/long/job.yaml",
        ),
        (
            "tests/fixtures/hostile/profile.yaml",
            "jobs/booking_go.yaml",
        ),
        CAREER,
        SECTIONS,
    ] {
        for pages in [1, 2, 10] {
            let (t, yaml) = tailored(p, j, pages);
            assert_nothing_invented(&t.resume, &yaml);
        }
    }
}

#[test]
fn asked_for_skills_come_first_and_are_bold() {
    let (t, _) = tailored("profiles/juan.yaml", "jobs/booking_go.yaml", 2);
    let SectionBody::Skills(groups) = &t.resume.sections[1].body else {
        panic!("skills second")
    };
    let first = &groups[0].items[0];
    assert!(first.spans[0].bold, "{first:?}");
    // Emphasis in highlights: `AWS` and `microservices` are bold in the ECS line; `Docker`, the
    // third skill of that line, is not (two a line at most).
    let exp = t
        .resume
        .sections
        .iter()
        .find(|s| s.title == "Experience")
        .unwrap();
    let SectionBody::Entries(es) = &exp.body else {
        panic!()
    };
    let bolds: Vec<&str> = es[0]
        .bullets
        .iter()
        .flat_map(|b| b.spans.iter())
        .filter(|s| s.bold)
        .map(|s| s.text.as_str())
        .collect();
    assert!(bolds.contains(&"AWS"), "{bolds:?}");
    assert!(!bolds.contains(&"Docker"), "{bolds:?}");
    // The most relevant bullet of the first role comes first.
    assert!(
        es[0].bullets[0].text().contains("microservices"),
        "{:?}",
        es[0].bullets[0].text()
    );
}

#[test]
fn long_profile_is_fitted_to_one_page_keeping_required_evidence() {
    let (t, _) = tailored(
        "tests/fixtures/long/profile.yaml",
        "tests/fixtures/long/job.yaml",
        1,
    );
    assert_eq!(t.pages, 1, "{:#?}", t.omitted);
    assert!(t.fits);
    assert!(!t.omitted.is_empty());
    let (full, _) = tailored(
        "tests/fixtures/long/profile.yaml",
        "tests/fixtures/long/job.yaml",
        10,
    );
    assert!(full.omitted.is_empty());
    assert!(lines_measure(&full.resume) > 1);
    // Role headings all stay.
    let roles = |r: &Resume| {
        r.sections
            .iter()
            .find(|s| s.title == "Experience")
            .map(|s| match &s.body {
                SectionBody::Entries(es) => es.len(),
                _ => 0,
            })
    };
    assert_eq!(roles(&t.resume), roles(&full.resume));
}

#[test]
fn impossible_budget_gives_the_shortest_honest_version() {
    let never = |_: &Resume| 5;
    let base = Taxonomy::builtin();
    let src = Source::new(
        "p.yaml",
        std::fs::read_to_string("profiles/juan.yaml").unwrap(),
    );
    let jsrc = Source::new(
        "j.yaml",
        std::fs::read_to_string("jobs/booking_go.yaml").unwrap(),
    );
    let p: Profile = crate::input::yaml::parse(&src).unwrap();
    let j: crate::model::Job = crate::input::yaml::parse(&jsrc).unwrap();
    let (prep, _) = pipeline::prepare(&base, p, src, AS_OF).unwrap();
    let (fit, _) = pipeline::fit(&prep, &j, &jsrc).unwrap();
    let target = Target {
        job: &fit.job,
        outcomes: &fit.outcomes,
        label: "x".into(),
        matched: vec![],
    };
    let t = tailor(
        &fit.tax,
        &prep.profile,
        &fit.facts,
        Some(&target),
        1,
        &never,
    );
    assert!(!t.fits);
    assert_eq!(t.pages, 5);
    assert!(!t.omitted.is_empty());
}

#[test]
fn untailored_keeps_profile_order() {
    let base = Taxonomy::builtin();
    let src = Source::new(
        "p.yaml",
        std::fs::read_to_string("profiles/juan.yaml").unwrap(),
    );
    let p: Profile = crate::input::yaml::parse(&src).unwrap();
    let (prep, _) = pipeline::prepare(&base, p, src, AS_OF).unwrap();
    let t = tailor(
        &prep.tax,
        &prep.profile,
        &prep.facts,
        None,
        usize::MAX,
        &lines_measure,
    );
    let exp = t
        .resume
        .sections
        .iter()
        .find(|s| s.title == "Experience")
        .unwrap();
    let SectionBody::Entries(es) = &exp.body else {
        panic!()
    };
    assert_eq!(
        es[0].bullets[0].text(),
        prep.profile.experience[0].highlights[0].text
    );
    assert!(es
        .iter()
        .flat_map(|e| &e.bullets)
        .all(|b| b.spans.iter().all(|s| !s.bold)));
}

/// Every section of a profile filled (languages, awards, a talk, volunteering, role descriptions).
const SECTIONS: (&str, &str) = (
    "tests/fixtures/sections/profile.yaml",
    "tests/fixtures/sections/job.yaml",
);

const CAREER: (&str, &str) = (
    "tests/fixtures/career/profile.yaml",
    "tests/fixtures/career/job.yaml",
);

/// The tailoring rules of issue 16 (learning skills, emphasis, notes, links, budget).
mod career;
/// Languages, awards, publications, volunteering and role descriptions on the resume.
mod sections;
