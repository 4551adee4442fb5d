//! `cargo bench --bench extract`: `MentionFinder::find` throughput in bytes per second.
//!
//! Inputs are embedded here (no data outside the repository is read):
//! - `posting`: a realistic ~3 KB English tech posting (title, company blurb, responsibilities,
//!   requirements with 40-odd technology names, benefits), the size of a typical real posting;
//! - `prose`: ~3 KB of posting boilerplate with almost no skill names, the common case for most
//!   of a posting's text;
//! - `dense`: ~3 KB of Stack Overflow-style tag lists and stack lines, nearly every word a skill,
//!   including ambiguous names (`Go`, `Rust`, `Spring`, `R`) that need context checks.
//!
//! The finder is built once (that is `MentionFinder::new`, timed separately as `build`); each
//! iteration scans one input (`find/…`), or runs the whole extraction of a posting: sections,
//! cues, importance, title and company guesses and mentions (`extract/…`). Criterion reports
//! MiB/s from `Throughput::Bytes`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use jobfit::extract::extract;
use jobfit::skills::mentions::MentionFinder;
use jobfit::skills::taxonomy::Taxonomy;
use std::hint::black_box;

const POSTING: &str = "\
Senior Backend Engineer (m/f/d) - Payments Platform

About us
We are a fast-growing fintech company helping small businesses across Europe get paid faster. \
Our platform processes millions of card and bank transfers every day, and our engineering team \
of 120 people works in small, autonomous squads. We value clear writing, kind code reviews and \
shipping small changes often.

What you'll do
- Design, build and operate services in Go and Java 17 (Spring Boot) that move money reliably.
- Own features end to end: from the RFC to the Grafana dashboard and the on-call runbook.
- Evolve our event-driven architecture on Apache Kafka, with PostgreSQL and Redis behind it.
- Write REST and gRPC APIs that other teams enjoy using, documented with OpenAPI.
- Improve our CI/CD pipelines (GitHub Actions, Argo CD) and our Terraform modules on AWS.
- Mentor other engineers and take part in architecture reviews.

What you bring
- 5+ years of professional backend development experience with Go, Java or Kotlin.
- Solid knowledge of SQL, relational data modelling and query optimisation in PostgreSQL or MySQL.
- Experience running containerised services on Kubernetes (EKS or GKE), with Docker and Helm.
- Familiarity with observability tooling: Prometheus, Grafana, OpenTelemetry, Datadog.
- Comfortable with Linux, Bash scripting and Git; you have used Python for tooling.
- You write tests: unit tests with JUnit or the Go testing package, integration tests with \
Testcontainers, contract tests with Pact.
- Good written and spoken English; German is a plus.

Nice to have
- Experience with payments, PCI DSS or PSD2.
- Exposure to Rust, Scala or TypeScript/Node.js.
- You have worked with Elasticsearch, MongoDB, RabbitMQ or Amazon SQS.
- Infrastructure as code with Terraform or Pulumi; AWS Lambda and DynamoDB.

How we work
We deploy to production dozens of times a day behind feature flags, review every change, and \
keep our services small enough that one squad can own them. Incidents are blameless: we write \
postmortems, fix the system and share what we learned. Engineers choose their own laptop (macOS \
or Linux) and their own editor, whether that is IntelliJ IDEA, VS Code or Vim. Twice a year we \
run a hack week where anyone can work on whatever they think matters most.

Our stack
Go, Java, Kotlin, Spring Boot, PostgreSQL, Redis, Kafka, Kubernetes, Terraform, AWS, GitHub \
Actions, Argo CD, Prometheus, Grafana, Sentry, React and TypeScript on the frontend.

What we offer
A competitive salary and stock options, 30 days of paid holiday, a yearly learning budget, \
flexible hours and the option to work remotely two days a week from our Berlin office. Let's go \
further together: apply with your CV, and tell us about something you built that you are proud \
of. We look forward to hearing from you! Questions? Mail jobs@example.com or see \
https://example.com/careers/backend-engineer for details.
";

const PROSE: &str = "\
About the role
You will join a friendly, cross-functional team that cares about its customers and about each \
other. We believe that the best products come from people who feel safe to ask questions, to \
disagree and to learn from their mistakes. Every quarter we set a few ambitious goals together, \
and every two weeks we look back at what went well and what we would like to change. We are \
proud of our culture and we work hard to keep it that way as we grow.

Your day to day
Most days start with a short stand-up. Afterwards you will spend most of your time working on \
the problems that matter most to our customers, pairing with colleagues when it helps and \
working on your own when you need to focus. You will talk to customers regularly, both to \
understand what they need and to learn how they use what we build. You will help new colleagues \
find their way and share what you know in our weekly knowledge-sharing sessions.

Who you are
You are curious, thoughtful and pragmatic. You enjoy solving problems and you take ownership of \
the results. You communicate clearly in writing and in person, and you are comfortable giving \
and receiving feedback. You can explain complicated ideas in simple words. You like to keep \
things simple and you know when good enough is good enough. You are looking for a place where \
you can grow, and you want to help others grow too.

What we offer
A competitive salary, a generous pension plan and 30 days of paid holiday per year. Flexible \
working hours and the option to work from home up to three days a week. A yearly budget for \
conferences, courses and books. A modern office in the city centre with free lunch on Fridays, \
fresh fruit and good coffee. Regular team events, a summer party and a winter celebration. \
Parental leave above the legal minimum and support for your health and wellbeing.

Our values
We are honest with each other and with our customers, even when it is uncomfortable. We make \
decisions with the people they affect, we write them down, and we change our minds when the \
facts change. We prefer small steps to big plans and we celebrate learning as much as winning.

How to apply
Send us your CV and a few lines about why you would like to join us. We read every application \
and we will get back to you within two weeks. We welcome applications from people of all \
backgrounds and we are happy to make adjustments to our process if you need them. Go ahead and \
apply today, we look forward to meeting you. The spring intake closes at the end of April.
";

const DENSE: &str = "\
Technologies: python django go docker amazon-web-services reactjs node.js typescript kubernetes
Technologies: java spring spring-boot spring-mvc java-ee hibernate maven jenkins oracle
Technologies: c# .net asp.net-core azure sql-server entity-framework angular rxjs
Technologies: rust go grpc protobuf linux bash terraform ansible prometheus grafana
Our stack: Go, Rust, Python 3, Java 17, Kotlin, Scala, R, C, C++, C#, TypeScript, JavaScript (ES6).
Frontend: React, React Native, Next.js, Vue.js, Vuex, Nuxt, Angular, Svelte, Redux, Webpack, Vite.
Backend: Node.js, Express, NestJS, Spring Boot, Quarkus, Django, Flask, FastAPI, Rails, Laravel.
Data: PostgreSQL, MySQL, MariaDB, MongoDB, Redis, Cassandra, Elasticsearch, Kafka, RabbitMQ.
Data platform: Apache Spark, Airflow, dbt, Snowflake, BigQuery, Redshift, Databricks, Looker.
Cloud: AWS (EC2, S3, Lambda, EKS, RDS, DynamoDB, SQS, SNS), GCP (GKE, Pub/Sub), Azure (AKS).
Delivery: Git, GitHub, GitLab CI, GitHub Actions, CircleCI, Jenkins, Argo CD, Helm, Kustomize.
Observability: Prometheus, Grafana, Loki, Jaeger, OpenTelemetry, Datadog, Sentry, PagerDuty.
Testing: JUnit, pytest, Jest, Cypress, Playwright, Selenium, Testcontainers, k6, Gatling.
Security: OAuth 2.0, OpenID Connect, SAML, JWT, TLS, Vault, Keycloak, OWASP, SAST.
Tools: Jira, Confluence, Slack, Figma, IntelliJ IDEA, VS Code, Postman, Docker Compose.
Ambiguous on purpose: written in Go, with R for statistics, Swift for iOS, Rust for speed, \
Spring for DI, Unity for games, Julia for numerics, Dart with Flutter, Elm on the frontend.
Not skills: go to the page, the rust on the bridge, a swift reply, this spring, R&D, C-level.
Python, Go, Docker, Kubernetes, AWS, Terraform, PostgreSQL, Kafka, Redis, React, TypeScript.
Java, Kotlin, Spring Boot, Hibernate, Maven, Gradle, JUnit, Mockito, Jenkins, SonarQube.
C#, .NET, ASP.NET Core, Entity Framework, Azure DevOps, SQL Server, Blazor, xUnit, NUnit.
Go, Rust, Zig, Elixir, Erlang, Haskell, OCaml, F#, Clojure, Julia, Lua, Perl, PHP, Ruby, Dart.
HTML5, CSS3, Sass, Tailwind CSS, Bootstrap, jQuery, D3.js, Three.js, WebGL, WebAssembly.
Kafka Streams, Flink, Beam, Hadoop, Hive, Presto, Trino, Parquet, Avro, Iceberg, Delta Lake.
Node . js, C #, ci-cd, amazon-web-services, google-cloud-platform, k8s, Postgres, golang.
";

fn bench(c: &mut Criterion) {
    let tax = Taxonomy::builtin();
    c.bench_function("build", |b| b.iter(|| MentionFinder::new(black_box(&tax))));
    let finder = MentionFinder::new(&tax);
    let mut g = c.benchmark_group("find");
    for (name, text) in [("posting", POSTING), ("prose", PROSE), ("dense", DENSE)] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter(|| finder.find(black_box(text))));
    }
    g.finish();
    // The whole extraction: sections and cues, importance, title and company guesses, mentions.
    let mut g = c.benchmark_group("extract");
    for (name, text) in [("posting", POSTING), ("prose", PROSE), ("dense", DENSE)] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter(|| extract(black_box(text), &tax, &finder)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
