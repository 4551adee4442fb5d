//! Sample resumes shared by the render tests (layout, HTML and PDF). Test-only.
//!
//! Owns fixed, realistic inputs for renderer tests; it must not be used outside tests.

use crate::tailor::resume::*;

pub fn rich(parts: &[(&str, bool)]) -> Rich {
    Rich {
        spans: parts
            .iter()
            .map(|(t, b)| Span {
                text: t.to_string(),
                bold: *b,
            })
            .collect(),
    }
}

fn entry(title: &str, sub: &str, dates: &str, loc: Option<&str>, bullets: Vec<Rich>) -> Entry {
    Entry {
        title: title.into(),
        subtitle: Some(sub.into()),
        dates: Some(dates.into()),
        location: loc.map(Into::into),
        url: None,
        description: None,
        bullets,
    }
}

/// The bullets of the Acme Payments role.
fn acme_bullets() -> Vec<Rich> {
    vec![
        rich(&[
            ("Designed and shipped a ", false),
            ("Go", true),
            (" payments service handling 3k requests/s on ", false),
            ("Kubernetes", true),
            (", cutting p99 latency from 420 ms to 95 ms.", false),
        ]),
        rich(&[
            ("Migrated the order pipeline from cron jobs to ", false),
            ("Kafka", true),
            (" consumers with idempotent writes to ", false),
            ("PostgreSQL", true),
            ("; zero lost orders since launch.", false),
        ]),
        rich(&[
            (
                "Introduced contract tests and a staging environment built with ",
                false,
            ),
            ("Terraform", true),
            (", reducing failed deploys by 60%.", false),
        ]),
        rich(&[(
            "Mentored two junior engineers and ran the team's weekly design review.",
            false,
        )]),
        rich(&[
            ("Wrote the on-call runbook and dashboards in ", false),
            ("Grafana", true),
            ("; mean time to recovery fell from 50 to 18 minutes.", false),
        ]),
    ]
}

/// The bullets of the Shipfast role.
fn shipfast_bullets() -> Vec<Rich> {
    vec![
        rich(&[
            ("Built REST and gRPC APIs in ", false),
            ("Python", true),
            (
                " (FastAPI) for a logistics platform used by 40 warehouses.",
                false,
            ),
        ]),
        rich(&[
            ("Optimised slow ", false),
            ("SQL", true),
            (
                " queries and added Redis caching; the dashboard loads in 0.8 s instead of 6 s.",
                false,
            ),
        ]),
        rich(&[(
            "Set up CI with GitHub Actions and Docker images for every service.",
            false,
        )]),
        rich(&[(
            "Automated invoice reconciliation, saving the finance team two days a month.",
            false,
        )]),
    ]
}

/// A backend engineer with three years of experience: should fit on one page.
pub fn backend() -> Resume {
    let acme = acme_bullets();
    let startup = shipfast_bullets();
    Resume {
        name: "Juan Pérez".into(),
        headline: Some("Backend Engineer — Go, Kubernetes, distributed systems".into()),
        contact: vec![
            ContactItem { text: "juan.perez@example.com".into(), url: Some("mailto:juan.perez@example.com".into()) },
            ContactItem { text: "+34 600 123 456".into(), url: Some("tel:+34600123456".into()) },
            ContactItem { text: "Madrid, Spain".into(), url: None },
            ContactItem { text: "github.com/juanperez".into(), url: Some("https://github.com/juanperez".into()) },
            ContactItem { text: "linkedin.com/in/juanperez".into(), url: Some("https://linkedin.com/in/juanperez".into()) },
        ],
        sections: vec![
            Section {
                title: "Summary".into(),
                body: SectionBody::Paragraph(rich(&[("Backend engineer with three years building reliable services in ", false), ("Go", true), (" and ", false), ("Python", true), (". I like boring technology, good tests and measurable wins.", false)])),
            },
            Section {
                title: "Experience".into(),
                body: SectionBody::Entries(vec![
                    entry("Backend Engineer", "Acme Payments", "Mar 2023 – present", Some("Madrid, Spain"), acme),
                    entry("Software Engineer", "Shipfast", "Jun 2021 – Feb 2023", Some("Remote"), startup),
                ]),
            },
            Section {
                title: "Projects".into(),
                body: SectionBody::Entries(vec![Entry {
                    title: "jobfit".into(),
                    subtitle: Some("Rust CLI".into()),
                    dates: Some("2024".into()),
                    location: None,
                    url: Some("https://github.com/juanperez/jobfit".into()),
                    description: Some(rich(&[("Honest job-fit reports and tailored resumes from one YAML profile.", false)])),
                    bullets: vec![rich(&[("Pure pipeline with typed errors; PDF output with its own layout engine in ", false), ("Rust", true), (".", false)])],
                }]),
            },
            Section {
                title: "Skills".into(),
                body: SectionBody::Skills(vec![
                    SkillGroup { label: "Languages".into(), items: vec![rich(&[("Go", true)]), rich(&[("Python", true)]), Rich::plain("SQL"), Rich::plain("Rust (side projects)")] },
                    SkillGroup { label: "Cloud & DevOps".into(), items: vec![rich(&[("Kubernetes", true)]), Rich::plain("Docker"), Rich::plain("Terraform"), Rich::plain("AWS"), Rich::plain("GitHub Actions")] },
                    SkillGroup { label: "Data".into(), items: vec![Rich::plain("PostgreSQL"), rich(&[("Kafka", true)]), Rich::plain("Redis")] },
                ]),
            },
            Section {
                title: "Certifications".into(),
                body: SectionBody::Entries(vec![Entry {
                    title: "Certified Kubernetes Application Developer (CKAD)".into(),
                    subtitle: Some("CNCF".into()),
                    dates: Some("2024".into()),
                    location: None, url: None, description: None, bullets: vec![],
                }]),
            },
            Section {
                title: "Education".into(),
                body: SectionBody::Entries(vec![Entry {
                    title: "BSc Computer Science".into(),
                    subtitle: Some("Universidad Politécnica de Madrid".into()),
                    dates: Some("2017 – 2021".into()),
                    location: Some("Madrid".into()),
                    url: None, description: None, bullets: vec![],
                }]),
            },
            Section {
                title: "Strengths".into(),
                body: SectionBody::Bullets(vec![
                    Rich::plain("Turns vague problems into small, shippable steps."),
                    Rich::plain("Writes things down: design docs, runbooks, post-mortems."),
                ]),
            },
        ],
        keywords: vec!["Go".into(), "Kubernetes".into(), "Kafka".into()],
        title: "Juan Pérez — Backend Engineer, Acme".into(),
    }
}

/// Three roles with fifteen bullets each: more than one page.
pub fn long() -> Resume {
    let mut r = backend();
    let roles: Vec<Entry> = (1..=3)
        .map(|k| {
            let bullets = (1..=15)
                .map(|i| rich(&[(&format!("Role {k} achievement {i}: improved the throughput of the "), false), ("billing", true), (" service by rewriting its hot path and adding load tests that run on every merge.", false)]))
                .collect();
            entry(&format!("Engineer {k}"), "Company", "2019 – 2020", None, bullets)
        })
        .collect();
    r.sections[1].body = SectionBody::Entries(roles);
    r
}

/// Names and places outside Latin-1.
pub fn unicode() -> Resume {
    let mut r = backend();
    r.name = "Zoë Ødegård".into();
    r.contact[2].text = "Łódź, Polska".into();
    if let SectionBody::Entries(es) = &mut r.sections[1].body {
        es[0].subtitle = Some("Иван Петров и партнёры".into());
    }
    r
}
