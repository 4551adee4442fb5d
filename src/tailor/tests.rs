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
    lines.div_ceil(60)
}

/// Every string of the parsed profile, joined: the only text a resume may show.
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
    out
}

fn tailored(profile: &str, job: &str, pages: usize) -> (Tailored, String) {
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
        &lines_measure,
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

const CAREER: (&str, &str) = (
    "tests/fixtures/career/profile.yaml",
    "tests/fixtures/career/job.yaml",
);

fn skill_items(r: &Resume) -> Vec<&Rich> {
    r.sections
        .iter()
        .filter_map(|s| match &s.body {
            SectionBody::Skills(gs) => Some(gs.iter().flat_map(|g| g.items.iter())),
            _ => None,
        })
        .flatten()
        .collect()
}

/// Every line but the skills list: summary, bullets, descriptions.
fn prose_lines(r: &Resume) -> Vec<&Rich> {
    let mut out = Vec::new();
    for s in &r.sections {
        match &s.body {
            SectionBody::Entries(es) => {
                for e in es {
                    out.extend(e.description.iter());
                    out.extend(e.bullets.iter());
                }
            }
            SectionBody::Bullets(bs) => out.extend(bs.iter()),
            SectionBody::Paragraph(p) => out.push(p),
            SectionBody::Skills(_) => {}
        }
    }
    out
}

#[test]
fn a_learning_skill_follows_every_stronger_asked_one_and_is_never_bold() {
    let (t, _) = tailored(CAREER.0, CAREER.1, 10);
    let items = skill_items(&t.resume);
    let pos = |name: &str| {
        items
            .iter()
            .position(|i| i.spans[0].text == name)
            .unwrap_or_else(|| panic!("{name} listed"))
    };
    // In its group (programming languages), after every stronger asked-for one.
    for stronger in ["Python", "Go"] {
        assert!(pos(stronger) < pos("Scala"), "{stronger} before Scala");
    }
    // Ordered by level among asked skills: the expert's Python before the strong Go.
    assert!(pos("Python") < pos("Go"));
    let scala = items[pos("Scala")];
    assert!(scala.spans.iter().all(|s| !s.bold), "{scala:?}");
    assert_eq!(scala.text(), "Scala (learning)");
    assert!(prose_lines(&t.resume)
        .iter()
        .flat_map(|l| &l.spans)
        .all(|s| !(s.bold && s.text == "Scala")));
}

#[test]
fn emphasis_is_whole_skill_names_at_most_two_a_line_never_half_a_title() {
    let (t, _) = tailored(CAREER.0, CAREER.1, 10);
    for line in prose_lines(&t.resume) {
        let bold: BTreeSet<&str> = line
            .spans
            .iter()
            .filter(|s| s.bold)
            .map(|s| s.text.as_str())
            .collect();
        assert!(bold.len() <= 2, "{bold:?} in {:?}", line.text());
        // Whole names: the text around a bold span is not a letter.
        for w in line.spans.windows(2) {
            if w[0].bold || w[1].bold {
                let a = w[0].text.chars().next_back().unwrap();
                let b = w[1].text.chars().next().unwrap();
                assert!(
                    !(a.is_alphanumeric() && b.is_alphanumeric()),
                    "{:?}",
                    line.text()
                );
            }
        }
    }
    // "Results-driven Python Engineer": Python is half of a title there, not bold.
    let summary = prose_lines(&t.resume)[0];
    assert!(summary.text().starts_with("Results-driven"));
    let bold: Vec<&str> = summary
        .spans
        .iter()
        .filter(|s| s.bold)
        .map(|s| s.text.as_str())
        .collect();
    assert!(!bold.contains(&"Python"), "{bold:?}");
    assert_eq!(bold, ["Kafka", "Docker"]);
    // Titles and headings are plain strings: nothing in them can be bold.
}

#[test]
fn a_note_that_repeats_the_skill_name_is_dropped() {
    let (t, _) = tailored(CAREER.0, CAREER.1, 10);
    let items = skill_items(&t.resume);
    let text = |n: &str| {
        items
            .iter()
            .find(|i| i.spans[0].text == n)
            .map(|i| i.text())
            .unwrap()
    };
    assert_eq!(text("Terraform"), "Terraform");
    assert_eq!(text("Kafka"), "Kafka (Kafka Streams, Connect)");
    assert!(compose::echoes_name("Terraform", "Terraform practitioner"));
    assert!(compose::echoes_name("SQL", "sql skills"));
    assert!(!compose::echoes_name("Go", "goroutines, channels"));
    assert!(!compose::echoes_name(
        "AWS",
        "EC2, S3; AWS Certified Developer"
    ));
}

#[test]
fn contact_links_print_a_readable_address() {
    let (t, yaml) = tailored(CAREER.0, CAREER.1, 10);
    let texts: Vec<&str> = t.resume.contact.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "mei@example.com",
            "github.com/mei-lin",
            "linkedin.com/in/meilin"
        ]
    );
    assert_eq!(
        t.resume.contact[1].url.as_deref(),
        Some("https://github.com/mei-lin/")
    );
    assert_eq!(compose::readable_url("HTTP://www.x.dev/"), "x.dev");
    assert_nothing_invented(&t.resume, &yaml);
}

#[test]
fn the_budget_keeps_the_current_roles_results_before_older_bullets() {
    let base = Taxonomy::builtin();
    let psrc = Source::new("p.yaml", std::fs::read_to_string(CAREER.0).unwrap());
    let jsrc = Source::new("j.yaml", std::fs::read_to_string(CAREER.1).unwrap());
    let p: Profile = crate::input::yaml::parse(&psrc).unwrap();
    let j: crate::model::Job = crate::input::yaml::parse(&jsrc).unwrap();
    let (prep, _) = pipeline::prepare(&base, p, psrc, AS_OF).unwrap();
    let (fit, _) = pipeline::fit(&prep, &j, &jsrc).unwrap();
    let target = Target {
        job: &fit.job,
        outcomes: &fit.outcomes,
        label: "x".into(),
        matched: vec![],
    };
    // One page holds six bullets.
    let bullets = |r: &Resume| -> usize {
        r.sections
            .iter()
            .map(|s| match &s.body {
                SectionBody::Entries(es) => es.iter().map(|e| e.bullets.len()).sum(),
                _ => 0,
            })
            .sum()
    };
    let measure = |r: &Resume| 1 + usize::from(bullets(r) > 6);
    let t = tailor(
        &fit.tax,
        &prep.profile,
        &fit.facts,
        Some(&target),
        1,
        &measure,
    );
    assert!(t.fits);
    let SectionBody::Entries(es) = &t
        .resume
        .sections
        .iter()
        .find(|s| s.title == "Experience")
        .unwrap()
        .body
    else {
        panic!()
    };
    let now: Vec<String> = es[0].bullets.iter().map(Rich::text).collect();
    assert!(
        now.iter().any(|b| b.contains("38%")),
        "{now:?} omitted {:#?}",
        t.omitted
    );
    assert!(now.iter().any(|b| b.contains("ingestion")), "{now:?}");
    assert!(es[1].bullets.len() < 7);
}
