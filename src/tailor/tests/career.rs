//! Tailoring a candidate would sign: each rule on `tests/fixtures/career`.

use super::*;

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
    assert_eq!(contact::readable_url("HTTP://www.x.dev/"), "x.dev");
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
