//! Tests of the mention finder: tables of sentences where a skill must and must not be found,
//! exact byte spans, longest match, and `masked_spans` against a plain reference.

use super::context::masked_spans;
use super::*;
use std::sync::OnceLock;

fn finder() -> &'static (Taxonomy, MentionFinder) {
    static F: OnceLock<(Taxonomy, MentionFinder)> = OnceLock::new();
    F.get_or_init(|| {
        let t = Taxonomy::builtin();
        let f = MentionFinder::new(&t);
        (t, f)
    })
}

/// Canonical names of the skills found in `text`, with the matched text.
fn found(text: &str) -> Vec<(String, String)> {
    let (t, f) = finder();
    f.find(text)
        .into_iter()
        .map(|m| {
            (
                t.name(m.skill).to_string(),
                text[m.start..m.end].to_string(),
            )
        })
        .collect()
}

fn has(text: &str, skill: &str) -> bool {
    found(text).iter().any(|(s, _)| s == skill)
}

/// (sentence, skill that must be found)
const POSITIVE: &[(&str, &str)] = &[
    ("We write backend services in Go.", "Go"),
    ("Experience with Go, Python and Rust.", "Go"),
    ("Experience with Go, Python and Rust.", "Rust"),
    ("Strong Golang skills", "Go"),
    ("Go developer wanted", "Go"),
    ("Go 1.22 and generics", "Go"),
    ("Python, Go, Docker", "Go"),
    ("Proficiency in R for statistics", "R"),
    ("R, Python and SQL for analytics", "R"),
    ("Low-level programming in C and C++", "C"),
    ("Low-level programming in C and C++", "C++"),
    ("Unity developer for mobile games", "Unity"),
    ("Spring Boot microservices", "Spring Boot"),
    ("Java with Spring and Hibernate", "Spring"),
    ("Shell scripting in Bash", "Bash"),
    ("iOS apps in Swift and SwiftUI", "Swift"),
    ("Systems programming in Rust", "Rust"),
    ("Experience with C# and .NET", "C#"),
    ("Experience with C# and .NET", ".NET"),
    ("Node.js services", "Node.js"),
    ("NodeJS and Express", "Node.js"),
    ("tokenised: Node . js", "Node.js"),
    ("tokenised: C # developer", "C#"),
    ("CI/CD pipelines", "CI/CD"),
    ("ci-cd automation", "CI/CD"),
    ("We run k8s clusters", "Kubernetes"),
    ("Postgres tuning", "PostgreSQL"),
    ("amazon-web-services", "AWS"),
    ("google-cloud-platform", "GCP"),
    ("JavaScript front ends", "JavaScript"),
    ("Java back ends", "Java"),
    ("NoSQL stores", "NoSQL"),
    ("MySQL replicas", "MySQL"),
    ("SQL queries", "SQL"),
    ("React Native apps", "React Native"),
    ("React single-page apps", "React"),
    ("Python 3 scripts", "Python"),
    ("Java 17 services", "Java"),
    ("Docker's layer cache", "Docker"),
    ("Terraform modules for AWS", "Terraform"),
    ("EKS clusters", "EKS"),
    ("GitHub Actions workflows", "GitHub Actions"),
    ("Prometheus and Grafana dashboards", "Grafana"),
    ("Elasticsearch clusters", "Elasticsearch"),
    ("gRPC and REST APIs", "gRPC"),
    ("Kafka consumers", "Kafka"),
    ("microservices architecture", "Microservices"),
    ("TypeScript and Vue.js", "Vue.js"),
    ("AWS/GCP deployments", "GCP"),
    ("AWS/GCP deployments", "AWS"),
    ("Mentored 6 engineers", "Mentoring"),
    ("Implemented services in Go to master concurrency.", "Go"),
    ("Designing public APIs", "APIs"),
    ("Designing microservices", "Microservices"),
    // Stack Overflow tag lines: lower-case ambiguous names between other skills.
    ("Technologies\njava spring hibernate\n", "Spring"),
    ("reactjs django go docker amazon-web-services", "Go"),
    ("linux c c++ linux-kernel", "C"),
    (
        "Persistent storage: native Core Data framework",
        "Core Data",
    ),
    ("Large scale, REST-compliant microservices", "REST"),
    ("Advanced understanding of . Net and C", "C"),
    ("PHP 7.4 and Symfony 4", "PHP"),
    // Ambiguous aliases, in their exact case next to other skills.
    (
        "Proficient with Microsoft Word, Excel, Outlook; Salesforce",
        "Microsoft Excel",
    ),
    (
        "Proficient with Microsoft Word, Excel, Outlook; Salesforce",
        "Microsoft Outlook",
    ),
    (
        "Experience with Apache and Tomcat setup",
        "Apache HTTP Server",
    ),
    ("MySQL Aurora Nginx Hibernate Java", "Amazon Aurora"),
    (
        "AWS services including Lambda, DynamoDB and S3",
        "AWS Lambda",
    ),
];

/// (sentence, skill that must NOT be found)
const NEGATIVE: &[(&str, &str)] = &[
    ("Go to the careers page to apply.", "Go"),
    ("Let's Go live next week.", "Go"),
    ("We go above and beyond.", "Go"),
    ("Ready to go?", "Go"),
    ("Go ahead and send us your CV.", "Go"),
    ("Our R&D team is growing.", "R"),
    ("The R&D budget doubled.", "R"),
    ("Plan B and plan R", "R"),
    ("He got a grade C in maths.", "C"),
    ("C-level executives", "C"),
    ("Vitamin C for everyone", "C"),
    ("The rust on the bridge", "Rust"),
    ("This Spring we launch.", "Spring"),
    ("Spring semester starts in March", "Spring"),
    ("Unity and diversity matter to us.", "Unity"),
    ("Royal Dutch Shell is an energy company.", "Shell"),
    ("A swift response is expected.", "Swift"),
    ("JavaScript only", "Java"),
    ("NoSQL only", "SQL"),
    ("MySQL only", "SQL"),
    ("React Native only", "React"),
    ("Mail go@example.com", "Go"),
    ("See https://github.com/golang/go", "Go"),
    ("Edit main.go and config.yaml", "Go"),
    ("Edit config.yaml", "YAML"),
    ("Visit www.python.org", "Python"),
    ("Contact java@jobs.example", "Java"),
    ("The dart hit the board.", "Dart"),
    ("Julia will call you tomorrow.", "Julia"),
    ("we go to great lengths", "Go"),
    ("GO TEAM!", "Go"),
    ("dockerfile_path", "Docker"),
    ("my_python_var", "Python"),
    ("The restaurant is closed.", "REST"),
    ("Get some rest after work.", "REST"),
    ("Java's", "JavaScript"),
    ("C-suite", "C"),
    ("Go-live date is Monday", "Go"),
    ("AT&T and P&G", "R"),
    ("Excel at communication", "Microsoft Excel"),
    (
        "You excel in change management and Python scripting",
        "Microsoft Excel",
    ),
    (
        "Word of mouth brought us our first Kubernetes customers.",
        "Microsoft Word",
    ),
    ("Our outlook for 2027 is bright.", "Microsoft Outlook"),
    (
        "Apache helicopters fly over the office.",
        "Apache HTTP Server",
    ),
    ("We watched the aurora borealis.", "Amazon Aurora"),
    ("Lambda expressions and streams in Java 8", "AWS Lambda"),
    ("We value swift delivery", "Swift"),
    ("Make sure you go through the checklist.", "Go"),
    ("Reacted quickly to incidents", "React"),
    ("Our system reacts quickly", "React"),
    ("We manage Kubernetes nodes", "Node.js"),
    ("Javascripted", "JavaScript"),
    ("Join our R & D team", "R"),
    ("Make your mark in our exciting world.", "Make"),
    (
        "Make a significant contribution to the leadership team",
        "Make",
    ),
    ("data grids and multi-node relational systems", "Node.js"),
    ("see http :// www . example . com / jobs", "HTTP"),
    ("You'll work on our core data platform", "Core Data"),
    ("spring is here and we go hiking", "Spring"),
    ("We go spring cleaning with Docker", "Spring"),
];

#[test]
fn masked_spans_finds_every_url_and_address() {
    // The three searches it replaced, one after the other.
    fn reference(text: &str) -> Vec<(usize, usize)> {
        let b = text.as_bytes();
        let bounds = |i: usize| {
            let sep = |c: u8| {
                c.is_ascii_whitespace()
                    || matches!(c, b'<' | b'>' | b'(' | b')' | b'"' | b'[' | b']' | b',')
            };
            let lo = (0..i).rev().find(|&j| sep(b[j])).map_or(0, |j| j + 1);
            let hi = (i..b.len()).find(|&j| sep(b[j])).unwrap_or(b.len());
            (lo, hi)
        };
        let mut spans: Vec<(usize, usize)> = memchr::memchr_iter(b'@', b)
            .chain(memchr::memmem::find_iter(b, b"://"))
            .chain(memchr::memmem::find_iter(b, b"www."))
            .map(bounds)
            .collect();
        spans.sort();
        spans.dedup();
        spans
    }
    let pieces = [
        "www", ".", "w", "ww", ":", "/", "//", "@", " ", "(", "x", "com", "https", "é", ",",
    ];
    for t in crate::testgen::texts(&pieces, 16, 20_000, 0x2545_F491_4F6C_DD1D) {
        assert_eq!(masked_spans(&t), reference(&t), "{t:?}");
    }
}

#[test]
fn long_runs_of_address_marks_are_one_span() {
    // One megabyte of `@`, `www.` or `://` in a single token: walked once, not once per mark
    // (that took minutes for 400 KB). The answer is the whole token.
    for mark in ["@", "www.", "://", "a@b://www."] {
        let token = mark.repeat((1 << 20) / mark.len());
        for text in [token.clone(), format!("see {token} now")] {
            let at = text.find(mark.chars().next().unwrap()).unwrap();
            assert_eq!(masked_spans(&text), [(at, at + token.len())], "{mark}");
        }
    }
}

#[test]
fn positive_table() {
    let mut failures = Vec::new();
    for (text, skill) in POSITIVE {
        if !has(text, skill) {
            failures.push(format!(
                "{skill:?} not found in {text:?}: {:?}",
                found(text)
            ));
        }
    }
    assert!(POSITIVE.len() >= 40);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn negative_table() {
    let mut failures = Vec::new();
    for (text, skill) in NEGATIVE {
        assert!(
            finder().0.resolve(skill).is_some(),
            "{skill:?} is not a skill's name"
        );
        if has(text, skill) {
            failures.push(format!(
                "{skill:?} wrongly found in {text:?}: {:?}",
                found(text)
            ));
        }
    }
    assert!(NEGATIVE.len() >= 40);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn spans_are_exact_byte_offsets() {
    let text = "Łódź team: Go and k8s";
    let (_, f) = finder();
    let ms = f.find(text);
    let words: Vec<&str> = ms.iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(words, ["Go", "k8s"]);
}

#[test]
fn longest_form_wins() {
    assert_eq!(
        found("JavaScript"),
        vec![("JavaScript".to_string(), "JavaScript".to_string())]
    );
    assert_eq!(found("React Native")[0].0, "React Native");
}

#[test]
fn variants_cover_tokenised_forms() {
    assert_eq!(
        crate::skills::lexicon::form_tokens("Node . js"),
        crate::skills::lexicon::form_tokens("Node.js")
    );
    let all = |f| variants(f).map(|v| v.into_owned()).collect::<Vec<_>>();
    assert_eq!(all("CI/CD"), ["CI/CD", "CI-CD"]);
    assert_eq!(
        all("Amazon Web Services"),
        ["Amazon Web Services", "Amazon-Web-Services"]
    );
    assert_eq!(all("A/B testing"), ["A/B testing"]);
    assert_eq!(all("Go"), ["Go"]);
}
