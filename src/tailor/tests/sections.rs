//! The profile's newer sections on the resume: where each appears, and that the page budget
//! leaves them out before the current role's strongest lines (languages stay).

use super::*;

fn section<'a>(r: &'a Resume, title: &str) -> Option<&'a SectionBody> {
    r.sections
        .iter()
        .find(|s| s.title == title)
        .map(|s| &s.body)
}

#[test]
fn every_section_appears_with_the_words_of_the_profile() {
    let (t, yaml) = tailored(SECTIONS.0, SECTIONS.1, 10);
    let r = &t.resume;
    let titles: Vec<&str> = r.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Summary",
            "Skills",
            "Experience",
            "Projects",
            "Talks",
            "Awards",
            "Education",
            "Volunteering",
            "Languages"
        ]
    );
    let contact: Vec<&str> = r.contact.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        contact[3..],
        [
            "priyaraman.example.com/notes",
            "github.com/priya-raman-example",
            "linkedin.com/in/priya-raman-example"
        ]
    );
    assert_eq!(
        r.contact[5].url.as_deref(),
        Some("https://www.linkedin.com/in/priya-raman-example")
    );
    let Some(SectionBody::Entries(roles)) = section(r, "Experience") else {
        panic!("experience")
    };
    assert_eq!(
        roles[0].description.as_ref().map(Rich::text).as_deref(),
        Some("Grocery delivery in five German cities; I lead the data platform team of four.")
    );
    assert_eq!(
        roles[0].url.as_deref(),
        Some("https://frischkiste.example.com")
    );
    let Some(SectionBody::Entries(talks)) = section(r, "Talks") else {
        panic!("talks")
    };
    assert_eq!(talks[0].subtitle.as_deref(), Some("Berlin Buzzwords"));
    // The heading says they are talks; the entry does not repeat it.
    assert_eq!(talks[0].location, None);
    let Some(SectionBody::Entries(vol)) = section(r, "Volunteering") else {
        panic!("volunteering")
    };
    assert_eq!(vol[0].dates.as_deref(), Some("Feb 2021 – present"));
    let Some(SectionBody::Paragraph(langs)) = section(r, "Languages") else {
        panic!("languages")
    };
    assert_eq!(langs.text(), "Tamil (native) · English (C2) · German (B2)");
    assert_nothing_invented(r, &yaml);
}

/// Pages of 30 lines, so that a page budget bites.
fn short_pages(r: &Resume) -> usize {
    line_count(r).div_ceil(30)
}

#[test]
fn talks_awards_and_volunteering_go_before_the_current_roles_results() {
    let mut dropped_some = false;
    for pages in [1, 2] {
        let (t, yaml) = tailored_by(SECTIONS.0, SECTIONS.1, pages, &short_pages);
        assert_nothing_invented(&t.resume, &yaml);
        let gone = |f: &dyn Fn(&Place) -> bool| t.omitted.iter().any(|o| f(&o.source));
        let current_result_gone = gone(&|p| matches!(p, Place::Highlight { role: 0, .. }));
        if current_result_gone {
            for extra in [
                Place::Award(0),
                Place::Publication(0),
                Place::Volunteering(0),
            ] {
                assert!(gone(&|p| *p == extra), "{extra} kept over the current role");
            }
        }
        dropped_some |= !t.omitted.is_empty();
        assert!(section(&t.resume, "Languages").is_some(), "languages stay");
    }
    assert!(dropped_some, "the budget never bit: make the pages shorter");
}

#[test]
fn mixed_publications_name_each_kind() {
    use crate::model::profile::{Publication, PublicationKind};
    let pub_of = |title: &str, kind| Publication {
        title: title.into(),
        kind: Some(kind),
        publisher: None,
        date: None,
        url: None,
        summary: None,
    };
    let mut p: Profile =
        crate::input::yaml::parse(&Source::new("p.yaml", "name: A\n".to_string())).unwrap();
    p.publications = vec![
        pub_of("On joins", PublicationKind::Paper),
        pub_of("Joins, live", PublicationKind::Talk),
    ];
    let full = Full {
        profile: &p,
        lines: Default::default(),
        rel: Default::default(),
        wanted: BTreeSet::new(),
        bold: BTreeSet::new(),
    };
    let s = super::super::sections::publications(&full, &BTreeSet::new(), false).unwrap();
    assert_eq!(s.title, "Publications & Talks");
    let SectionBody::Entries(es) = &s.body else {
        panic!()
    };
    let kinds: Vec<Option<&str>> = es.iter().map(|e| e.location.as_deref()).collect();
    assert_eq!(kinds, [Some("paper"), Some("talk")]);
}
