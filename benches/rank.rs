//! `cargo bench --bench rank`: scoring postings against profiles/juan.yaml through the library.
//!
//! ~200 synthetic postings (~3 KB each, generated here from embedded sentences with a fixed
//! seed, so the bench needs no data outside the repo) are scored one per iteration with
//! `jobfit::rank::score_text` against a prepared profile (`Ranker`): criterion's time is the time per posting.
//! `extract` times the posting → job extraction alone, with its throughput in bytes.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use jobfit::model::YearMonth;
use jobfit::pipeline::{self, Prepared};
use jobfit::source::Source;
use std::hint::black_box;
use std::path::Path;

const POSTINGS: usize = 200;

const TITLES: &[&str] = &[
    "Senior Backend Engineer",
    "Go Developer",
    "Platform Engineer (m/f/d)",
    "Site Reliability Engineer",
    "Full-Stack Developer – React / Node.js",
    "Data Engineer",
    "Staff Software Engineer, Payments",
    "Junior Python Developer",
    "DevOps Engineer (AWS, Kubernetes)",
    "Frontend Engineer",
    "Engineering Manager",
    "Java Software Engineer - Credit Risk",
];

/// Company-blurb sentences, as postings open with.
const ABOUT: &[&str] = &[
    "We are a fast-growing travel company helping millions of people find a place to stay.",
    "Our platform team builds the tooling every product engineer at Acme relies on.",
    "You will join a cross-functional squad of eight people working in two-week iterations.",
    "We offer a competitive salary, a pension plan and 30 days of paid holiday.",
    "The role is hybrid: two days a week in our Copenhagen office, the rest remote.",
    "Our mission is to make payments simple, fast and safe for small businesses.",
    "You’ll work closely with product managers, designers and data scientists.",
    "We value ownership, curiosity and kindness — and we mean it.",
    "Our services handle around 40,000 requests per second at peak.",
    "The team is responsible for the checkout, the search and the booking flow.",
    "Let's build something great together; we are hiring across all levels.",
    "We care about diversity and welcome applicants from all backgrounds.",
];

/// Requirement-like sentences naming skills.
const SKILLS: &[&str] = &[
    "5+ years of experience building backend services in Go or Java.",
    "Solid knowledge of PostgreSQL, including indexing and query tuning.",
    "Hands-on experience with Docker and Kubernetes in production.",
    "Experience with AWS (EC2, S3, Lambda) or GCP.",
    "You have designed RESTful and gRPC APIs used by other teams.",
    "Familiarity with Terraform and infrastructure as code.",
    "Experience with CI/CD pipelines, e.g. GitHub Actions or GitLab CI.",
    "Good understanding of distributed systems and microservices architecture.",
    "Experience with Redis or Memcached for caching.",
    "Observability: Prometheus, Grafana and structured logging.",
    "Strong communication skills and a collaborative mindset.",
    "Experience mentoring junior developers.",
    "Proficiency in Python and its data stack (pandas, NumPy).",
    "Experience with Kafka or RabbitMQ and event-driven design.",
    "Frontend skills: React, TypeScript and modern CSS.",
    "You write automated tests and care about code quality.",
    "Knowledge of Linux, networking and security best practices.",
    "Experience with Agile / Scrum and working in small, autonomous teams.",
    "Fluent English; Danish or German is a plus.",
    "Bachelor's degree in Computer Science or equivalent experience.",
    "Experience with Node.js and Express.",
    "You have operated Elasticsearch clusters.",
    "Exposure to machine learning pipelines is an advantage.",
    "Experience with C# and .NET Core.",
];

/// Deterministic xorshift, so every run benches the same postings.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.next() % xs.len()]
    }
}

/// A ~3 KB posting: title, "About the role", "Requirements", "Nice to have".
fn posting(rng: &mut Rng) -> String {
    let mut about = String::new();
    while about.len() < 900 {
        about.push_str(rng.pick(ABOUT));
        about.push(' ');
    }
    let mut out = format!(
        "{}\n\nAbout the role\n{}\n\nRequirements\n",
        rng.pick(TITLES),
        about.trim_end()
    );
    let reqs_end = out.len() + 1400;
    while out.len() < reqs_end {
        out.push_str(&format!("- {}\n", rng.pick(SKILLS)));
    }
    out.push_str("\nNice to have\n");
    while out.len() < 3100 {
        out.push_str(&format!("- {}\n", rng.pick(SKILLS)));
    }
    out
}

fn prepared() -> Prepared {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (base, _) = jobfit::input::load::taxonomy(None).expect("built-in taxonomy");
    let (profile, psrc, _) =
        jobfit::input::load::profile(&root.join("profiles/juan.yaml")).expect("profiles/juan.yaml");
    let as_of = YearMonth {
        year: 2026,
        month: Some(11),
    };
    pipeline::prepare(&base, profile, psrc, as_of)
        .expect("profile prepares")
        .0
}

fn bench(c: &mut Criterion) {
    let prep = prepared();
    let ranker = jobfit::rank::Ranker::new(&prep);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let sources: Vec<Source> = (0..POSTINGS)
        .map(|i| Source::new(format!("posting-{i:03}.txt"), posting(&mut rng)))
        .collect();
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();

    let mut g = c.benchmark_group("rank");
    // One posting per iteration, cycling through all of them.
    g.throughput(Throughput::Bytes((bytes / POSTINGS) as u64));
    let mut i = 0;
    g.bench_function("score_per_posting", |b| {
        b.iter(|| {
            let s = &sources[i % POSTINGS];
            i += 1;
            black_box(jobfit::rank::score_text(&ranker, s.name(), s, None).expect("scores"))
        })
    });
    let mut i = 0;
    g.bench_function("extract_per_posting", |b| {
        b.iter(|| {
            let s = &sources[i % POSTINGS];
            i += 1;
            black_box(jobfit::extract::extract(&s.text, &prep.tax, &prep.finder))
        })
    });
    g.finish();

    let mut g = c.benchmark_group("rank_batch");
    g.sample_size(20);
    g.throughput(Throughput::Elements(POSTINGS as u64));
    g.bench_function("score_200_sequential", |b| {
        b.iter(|| {
            let mut rows: Vec<_> = sources
                .iter()
                .map(|s| jobfit::rank::score_text(&ranker, s.name(), s, None).expect("scores"))
                .collect();
            jobfit::rank::order(&mut rows);
            black_box(rows)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
