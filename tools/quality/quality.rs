//! Extraction quality harness: precision and recall of *technology* mentions found by
//! `MentionFinder` on human-annotated job postings.
//!
//! ```text
//! cargo run --release --example quality -- ../shared/data [--top N] [--all] [--terms]
//! cargo run --release --example quality -- ../shared/data --candidates   # adjudication review
//! ```
//!
//! The argument is the shared data folder holding `skillspan/{train,dev}.json`,
//! `green-job-description-entities/testset.conll.txt`, `github-linguist-languages/` and
//! `onet-technology-skills/`. Nothing in the repository's tests reads it.
//!
//! # Counting protocol
//!
//! **Text.** Each SkillSpan posting (sentences grouped by split, source and `idx`) becomes one
//! text: the tokens of a sentence joined by single spaces (no space before `) ] , ; : ! ? %`, none
//! after `( [`, a sentence-final `.` glued on; mid-sentence tokenisation such as `Node . js`,
//! `C #`, `. NET` is kept as annotated), sentences joined by newlines. `MentionFinder::find` runs
//! once over the whole posting text, as `jobfit extract` does. Green test-set sentences have no
//! posting ids, so each sentence is its own text.
//!
//! **Gold technology spans.** SkillSpan: the spans of the `tags_knowledge` layer. Green: the
//! `Skill` spans. A gold span is a *technology* span when
//! - its text, split into parts at `,` `;` `(` `)` `&` ` and ` ` or ` (and, failing that, at
//!   `/`), has a part made up only of technology terms and generic modifier words
//!   ([`MODIFIERS`]: `framework`, `development`, `environments`, `best practices`, `modern`, …)
//!   with at least one term; or
//! - it contains a technology term of three or more characters written like a name (with a
//!   capital, a digit or `. # +`, or as a lower-case Stack Overflow tag): `AWS DevOps`,
//!   `Linux Kernel development`.
//!
//! Technology terms come from an INDEPENDENT lexicon, never from jobfit's taxonomy:
//! 1. GitHub Linguist language names and aliases (types programming, markup, data);
//! 2. O*NET Technology Skills `Example` names, mechanically cleaned (trailing ` software` dropped;
//!    generic sentence-case descriptions such as `Testing software` keep only their spelled-out
//!    acronym, e.g. `Structured query language SQL` → `SQL`; a name's trailing all-caps token
//!    may be dropped, `Jenkins CI` → `Jenkins`; a leading major-vendor word may be dropped,
//!    `Apache Kafka` → `Kafka`; a trailing `Framework` may be dropped);
//! 3. [`HAND_TERMS`]: technology names (products, languages, libraries, protocols, standards)
//!    that neither list has, reviewed by hand from the annotated spans; plus `CI/CD` and `REST`.
//!
//! Words those sources list that in postings name a field, a business area, an activity or an
//! ordinary thing ([`NOT_TECH`]: `cloud`, `design`, `testing`, `analytics`, `lab`, …) are removed.
//! Terms match case-insensitively after normalisation (spaces around `. / # +` removed, `-` and
//! `_` read as spaces), with a version (`Java 8`, `HTML5`, `ES6`), a plural or possessive
//! (`APIs`, `Docker's`) and a `js` suffix (`reactjs`, `React.js`, `NodeJS`) allowed, and spaces
//! ignored (`Elastic Search`, `SpringBoot`). Knowledge spans naming methodologies and fields
//! (Agile, Scrum, TDD, microservices, DevOps, machine learning, security, SaaS, …) are therefore
//! NOT gold technology spans.
//!
//! **Predictions.** Mentions whose skill's category is one of [`TECH_CATEGORIES`] (everything but
//! architecture, practice, methodology, leadership, soft and other) and whose skill is not on the
//! [`CONCEPTS`] list (skills in those categories that name a field, practice or generic class:
//! Machine Learning, Monitoring, DevOps, Unit Testing, Cloud Computing, …).
//!
//! **Scoring** (micro, on byte spans in the text):
//! - a prediction is a **TP** if it overlaps a gold technology span;
//! - it is **adjudicated** if it overlaps no annotated span but is listed, with a reason, in
//!   `quality_adjudicated.tsv` (a correct technology mention the annotators left unmarked, such as
//!   "Senior Java Developer" in a title; every line was checked in context);
//! - it is **out of scope (OOS)** if it overlaps only knowledge spans that are not technology by
//!   the lexicon (`build pipelines`): the annotators call it a hard skill and only "is it a
//!   technology?" is in dispute;
//! - otherwise it is a **FP**;
//! - a gold technology span with no overlapping prediction is a **miss**.
//!
//! `precision = (TP + adj) / (TP + adj + FP)`; `raw = TP / (TP + adj + FP)` (the annotations as
//! they are); `strict = (TP + adj) / (TP + adj + FP + OOS)`;
//! `recall = gold technology spans with an overlapping prediction / gold technology spans`.
//! All are printed overall, per split, per source and per posting (worst first), with every FP,
//! OOS prediction and miss in context (`--all`; else the first `--top N`, 60 by default).
//! Adjudication lines that no longer match a FP are reported as stale on standard error.

use jobfit::skills::mentions::{Mention, MentionFinder};
use jobfit::skills::taxonomy::{Category, Taxonomy};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Categories whose skills count as technology predictions.
const TECH_CATEGORIES: &[Category] = &[
    Category::Language,
    Category::Framework,
    Category::Library,
    Category::Database,
    Category::Cloud,
    Category::Devops,
    Category::CiCd,
    Category::Observability,
    Category::DataMl,
    Category::Testing,
    Category::Security,
    Category::Tool,
    Category::Platform,
    Category::Mobile,
    Category::Frontend,
    Category::Protocol,
];

/// Skills in technology categories that name a field, practice, role, quality or a generic
/// class of technology rather than a technology: their mentions are not scored (like the
/// practice and methodology categories).
#[rustfmt::skip]
const CONCEPTS: &[&str] = &[
    // cloud, platform
    "Cloud Computing", "Cloud Native", "Multi-Cloud", "Hybrid Cloud", "Cloud Migration", "FinOps",
    "Serverless", "SaaS", "PaaS", "Virtualization", "Payment Systems", "Headless CMS",
    "Blockchain", "Internet of Things", "Operating Systems", "Compilers", "Mainframe", "RTOS",
    "Virtual Desktop Infrastructure",
    // devops, ci-cd, observability
    "DevOps", "Site Reliability Engineering", "Platform Engineering", "Containers",
    "Container Orchestration", "Service Mesh", "Infrastructure as Code",
    "Configuration Management", "Systems Administration", "Linux Administration",
    "Incident Response", "On-Call", "Postmortems", "Service Level Objectives",
    "Chaos Engineering", "Capacity Planning", "Disaster Recovery", "Release Management",
    "Autoscaling", "GitOps", "Blue-Green Deployment", "Canary Deployment", "Feature Flags",
    "Deployment Automation", "Observability", "Monitoring", "Alerting", "Logging",
    "Distributed Tracing", "Application Performance Monitoring",
    // data-ml, database
    "Artificial Intelligence", "Machine Learning", "Deep Learning", "Neural Networks", "NLP",
    "Computer Vision", "Large Language Models", "Generative AI", "Prompt Engineering",
    "Retrieval-Augmented Generation", "LLM Fine-Tuning", "AI Agents", "Reinforcement Learning",
    "Recommendation Systems", "Feature Engineering", "MLOps", "Data Science", "Data Analysis",
    "Statistics", "Predictive Modeling", "Time Series Analysis", "A/B Testing", "Data Mining",
    "Data Visualization", "Business Intelligence", "Big Data", "Data Engineering", "ETL",
    "Stream Processing", "Batch Processing", "Data Governance", "Data Quality",
    "Data Architecture", "Product Analytics", "Computer Graphics", "Relational Databases",
    "Graph Databases", "Full-Text Search", "Time-Series Databases", "Data Warehousing",
    "Data Lake", "Vector Databases", "Data Modeling", "Database Sharding",
    "Database Replication", "Database Indexing", "Query Optimization", "Database Administration",
    "Stored Procedures", "Object-Relational Mapping", "Database Migrations", "ACID Transactions",
    "Change Data Capture", "Databases",
    // testing, security
    "Software Testing", "Quality Assurance", "Automated Testing", "Unit Testing",
    "Integration Testing", "End-to-End Testing", "API Testing", "Contract Testing",
    "Performance Testing", "Load Testing", "Regression Testing", "Manual Testing",
    "Acceptance Testing", "TDD", "BDD", "Test Coverage", "Security", "Application Security",
    "Cloud Security", "Network Security", "DevSecOps", "Secure Coding", "OWASP",
    "Penetration Testing", "Vulnerability Management", "Threat Modeling", "SAST", "SIEM",
    "Zero Trust", "Authentication", "Authorization", "IAM", "Single Sign-On", "Cryptography",
    "PKI", "Secrets Management", "Firewalls", "GDPR", "SOC 2", "ISO 27001", "PCI DSS", "HIPAA",
    "Security Audits", "Intrusion Detection", "CISSP", "NIST Cybersecurity Framework",
    // tool, mobile, frontend, protocol
    "Command Line", "Mobile Development", "Push Notifications", "Frontend Development",
    "Responsive Design", "Accessibility", "UI Design", "UX Design", "Design Systems",
    "Single-Page Applications", "Progressive Web Apps", "Server-Side Rendering",
    "Web Performance", "DOM Manipulation", "Cross-Browser Compatibility", "Micro-Frontends",
    "Internationalization", "Networking", "Software-Defined Networking", "IP Addressing",
    "Network Automation", "CDN",
];

/// Generic words that may stand next to a technology name inside a knowledge span without
/// changing what it names (`Kubernetes environments`, `modern C++`, `Java best practices`).
#[rustfmt::skip]
const MODIFIERS: &[&str] = &[
    "framework", "frameworks", "language", "languages", "programming", "development",
    "developer", "developers", "scripting", "script", "scripts", "environment", "environments",
    "ecosystem", "stack", "platform", "platforms", "based", "best", "practices", "services",
    "service", "technologies", "technology", "tech", "api", "apis", "app", "apps",
    "application", "applications", "database", "databases", "db", "dbs", "server", "servers",
    "cluster", "clusters", "architecture", "infrastructure", "tools", "tool", "tooling",
    "modern", "core", "basic", "advanced", "native", "certification", "certified",
    "pipeline", "pipelines", "queries", "query", "system", "systems", "administration",
    "operating", "os", "experience", "knowledge", "skills", "solutions", "software", "ms",
    "the", "a", "an", "of", "in", "with", "for", "on", "version", "v", "web", "cloud",
    "coding", "code", "projects", "project", "sdk", "libraries", "library", "engine", "concepts",
    "fundamentals", "internals", "suite", "products", "standard", "standards", "based",
    "applications:", "environment.", "e.g", "e.g.", "etc", "etc.", "mobile", "desktop",
    "charts", "ee", "se", "mvc", "ui", "specification", "programmer", "engineering",
    "testing", "tests", "test", "automation", "unit", "design", "integration", "*", "-", "–",
    "analyzer", "analyser",
    ".", "?", "!", "+", "functionalities", "components", "component", "family",
];

/// Major software vendors whose name may be dropped from an O*NET product name.
#[rustfmt::skip]
const VENDORS: &[&str] = &[
    "Microsoft", "Apache", "Oracle", "Amazon", "Google", "IBM", "Atlassian", "Adobe", "Apple",
    "SAP", "Autodesk", "Cisco", "JetBrains", "Facebook", "Meta", "Elastic", "HashiCorp",
    "Salesforce", "Sun", "VMware", "Red", "Hewlett", "Intel", "NVIDIA", "Mozilla", "Pivotal",
];

/// Technology names neither Linguist nor O*NET lists, reviewed by hand from the annotated spans
/// (products, languages, libraries, cloud services, protocols, standards), plus CI/CD and REST.
#[rustfmt::skip]
const HAND_TERMS: &[&str] = &[
    // Delivery and APIs named in the brief.
    "CI/CD", "CI", "CD", "ES6", "ES2015", "ECMAScript", "continuous integration", "continuous delivery", "continuous deployment",
    "REST", "RESTful", "REST API", "RESTful API",
    // Frameworks and libraries.
    "Spring", "Spring MVC", "Spring Cloud", "Spring Data", "Spring Security", "Redux", "Vuex",
    "Laravel", "Symfony", "Hibernate", "Next.js", "three.js", "Ramda", "fp-ts", "io-ts", "RxJava",
    "Dagger", "Retrofit", "Butterknife", "Picasso", "Volley", "MockK", "jOOQ", "Qt", "WPF",
    "Babel", "Jest", "Bulma", "Ionic", "D3", "Protractor", "Selenium WebDriver",
    "SAPUI5", "Strapi", "Snowpack", "Camel", "Java EE", "JEE", "JavaEE", "EJB", "JTA", "JAXB",
    "JAX-WS", "JAX-RS", "Servlet", "JSF", "JSTL", "NgRx", "TestCafe", "Mockito", "Composition API",
    "Akka", "Flutter", "Express", "Express.js", "Rails", "gRPC", "Kotlin Coroutines",
    // Platforms, services and tools.
    "GCP", "Google Cloud Platform", "Lambda", "AWS Lambda", "EKS", "RDS", "SNS", "SQS",
    "CloudFormation", "CloudWatch", "Elastic Beanstalk", "Aurora", "Cosmos DB", "Azure Data Lake",
    "Snowflake", "Splunk", "Rancher", "Helm", "Helm Charts", "OpenShift", "PCF", "dbt", "Singer",
    "Meltano", "Pipelinewise", "Concourse", "Aerospike", "Storm", "Apache Storm", "Citrix", "VDI",
    "Kibana", "Grafana", "ELK", "AppDynamics", "LoadRunner", "YourKit", "Java Mission Control",
    "Flight Recorder", "vmstat", "iostat", "nmon", "Firefox", "Camunda", "BPMN", "VerneMQ",
    "Coturn", "ActiveMQ", "IBM MQ", "Memcached", "Blackfire", "NPM", "Docker Compose",
    "Jenkins", "CircleCI", "MSSQL", "MS SQL", "Postgres", "Mongo", "MongoDB", "Terraform",
    "Kubernetes", "k8s", "Docker", "Dynamics", "Dynamics CRM", "Navision", "NAV/BC", "Sage",
    "Nexus", "SonarQube", "Argo CD", "ArgoCD", "Istio", "Consul", "Vault", "Packer", "Vagrant",
    "Datadog", "New Relic", "Sentry", "PagerDuty", "Nagios", "Zabbix", "Grafana Loki", "Jaeger",
    "Android Studio", "Xcode", "IntelliJ", "Visual Studio", "VS Code", "Figma", "Sketch",
    "Postman", "Swagger", "OpenAPI", "Fastlane", "Firebase", "Heroku", "Netlify", "Vercel",
    "Cloudflare", "Fargate", "ECR", "S3", "EC2", "DynamoDB", "BigQuery", "Databricks",
    "Airflow", "Kafka Streams", "Flink", "Apache Beam", "Hive", "Presto", "Trino", "Looker",
    "Power BI", "Qlik", "Jupyter", "Teradata", "Perforce", "Tanium", "SharePoint",
    // Protocols, standards and formats.
    "MQTT", "STUN", "TURN", "WebRTC", "OData", "NETCONF", "OpenConfig", "IS-IS", "IPv4", "IPv6",
    "SSL", "TLS", "Ethernet", "USB", "SPI", "JTAG", "TCP/IP", "UDP", "UDP/IP", "IP", "TCP",
    "SOAP", "RIXML", "OAuth", "SAML", "JWT", "LDAP", "SSH", "WebSockets", "AMQP",
    // Hardware platforms named as technologies.
    "ARM", "ARM Cortex", "ARM Cortex-A/M", "F5", "F5 LTM/GTM", "Cisco ASA", "Nexus platforms",
    "Yocto", "RTOS", "Raspberry Pi", "Arduino", "FPGA",
    // Certifications that name a technology vendor exam.
    "CCNP", "CCIE", "CCNA",
    // Found by reviewing knowledge spans the lexicon did not recognise.
    "Oracle", "Elastic Stack", "Cypress", "Jasmine", "Appium", "BrowserStack", "Logstash",
    "Hazelcast", "NestJS", "Nest.js", "Nuxt", "Nuxt.js", "UIKit", "Core Data", "CloudFront",
    "Spring AOP", "Spring Cloud Netflix", "WebSocket", "VPN", "VPC", "Shadow DOM",
    "Custom Elements", "Web Components", "Embedded Linux", "Linux Kernel", "Dynamics 365",
    "Dynamics NAV", "Redux-Saga", "Alert Manager", "JVM", "CentOS", "CloudSearch", "ELB", "GCC",
    "GCD", "CUPS", "GhostInspector", "JCR", "NSOperation", "NSURLSession", "DHIS2", "MLeap",
    "NIS", "PXE", "Creo", "ProE", "WebDriver.io", "XIB", "iTrent", "VLAN",
];

/// Words the sources list (O*NET generic categories, vendor-stripped remainders, Linguist
/// oddities) that in job postings name a field, business area or activity, not a technology.
#[rustfmt::skip]
const NOT_TECH: &[&str] = &[
    "cloud", "design", "testing", "analytics", "automation", "apis", "api", "database",
    "compliance", "planning", "master", "maintenance", "integration", "user interface",
    "scripting", "sales", "ux", "ui", "hr", "supply chain management", "concept", "scale",
    "deployment", "web", "analysis", "music", "mechanical", "gas", "migration",
    "production planning", "charity", "telemetry", "encryption", "apps", "systems", "system",
    "spectroscopy", "crystallography", "router", "routing", "mvp", "firewall", "scm", "fire",
    "prince", "ee", "inventory", "review", "facade", "statistics", "pricing", "pdp", "plm",
    "training", "metrology", "legal", "runner", "gps", "project", "software", "power", "pos",
    "pe", "enterprise", "architect", "optimization", "tl", "threads", "technologies",
    "reporting", "middleware", "big data", "web services", "es", "b", "m", "d", "e", "j", "v",
    "io", "ec", "sc", "the", "it", "or", "case", "office", "team", "teams", "insight",
    "statistical", "factor", "basic", "desktop", "reports", "simulation", "email", "e-mail",
    "visual", "sdk", "manager", "workflow", "specification", "analytical", "dna", "salt",
    "plan", "crystal", "engineer", "mathematical", "gp", "class", "migration", "architect",
    "debugging", "robots", "lead", "set", "troubleshooting", "modeling", "professional", "ai",
    "prism", "st", "verification", "less", "le", "commit", "metal", "pc", "pharmaceutical",
    "accounting", "complete", "payroll", "hrm", "data systems", "me", "smart", "clean",
    "scheduling", "processing", "lean", "search", "international", "global", "medical",
    "assurance", "digital", "mobile", "core", "google", "solutions", "structure", "lifecycle",
    "text", "data", "security", "monitoring", "logging", "networking", "network", "storage",
    "messaging", "caching", "performance", "quality", "development", "engineering", "erp",
    "crm", "cad", "etl", "hipaa", "seo", "gdpr", "saas", "paas", "iaas", "iot",
    "business intelligence", "machine learning", "artificial intelligence", "deep learning",
    "internet", "video", "central", "mpl", "mq", "dynamics", "cd",
    // Ordinary English words found inside annotated spans (vendor-stripped O*NET names such as
    // Google Drive, all-caps O*NET acronyms such as FAST, Linguist names such as Self).
    "drive", "meet", "sites", "sheets", "access", "air", "contribute", "world", "clinical",
    "skill", "skills", "lab", "fast", "call", "fields", "reduce", "impact", "progress", "self",
    "scheme", "star", "sums", "tak", "inc", "robot", "accurate", "beam",
    // Acronyms and names O*NET gives that in these postings mean something else: SDL (security
    // development lifecycle, not the media library), FEM/FMEA (engineering methods), 3D,
    // Bow Tie (a risk-analysis method, not the Bowtie aligner), TS (as in ISO/TS 16949).
    "sdl", "fem", "fea", "fmea", "3d", "bowtie", "ts16949",
];

/// Unannotated mentions counted as TP after review, one per line:
/// `posting <TAB> sentence <TAB> surface <TAB> reason`. See the file's header.
const ADJUDICATED: &str = include_str!("quality_adjudicated.tsv");

/// (posting id, sentence number in the posting, surface text) → reason.
fn adjudicated() -> HashMap<(String, usize, String), String> {
    ADJUDICATED
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(f.len() >= 4, "bad adjudication line: {l:?}");
            (
                (
                    f[0].to_string(),
                    f[1].parse().expect("sentence number"),
                    f[2].to_string(),
                ),
                f[3].to_string(),
            )
        })
        .collect()
}

// ------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Span {
    start: usize,
    end: usize,
    text: String,
    /// Technology by the independent lexicon: the term that decided it.
    tech: Option<String>,
}

#[derive(Debug)]
struct Doc {
    /// `train`, `dev` or `green`.
    split: &'static str,
    /// e.g. `train/tech/12`.
    id: String,
    text: String,
    /// Knowledge spans (SkillSpan) or Skill spans (Green).
    gold: Vec<Span>,
    /// SkillSpan skill-layer spans (context only).
    skill: Vec<(usize, usize)>,
    /// Sentences: byte range, region, whether any token is annotated in either layer.
    sents: Vec<Sent>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Region {
    /// The posting's first line (its title).
    Title,
    /// The Stack Overflow "Technologies" tag line.
    Tags,
    Body,
}

#[derive(Debug, Clone, Copy)]
struct Sent {
    /// Sentence number in the posting (0-based), as in the data file.
    idx: usize,
    start: usize,
    end: usize,
    region: Region,
    annotated: bool,
}

#[derive(Default, Clone, Copy)]
struct Counts {
    /// Predictions overlapping a gold technology span.
    tp: usize,
    /// Predictions on no annotated span, judged correct in the adjudication list.
    adj: usize,
    fp: usize,
    oos: usize,
    gold: usize,
    found: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.adj += o.adj;
        self.fp += o.fp;
        self.oos += o.oos;
        self.gold += o.gold;
        self.found += o.found;
    }
    /// Adjudicated: TP + adjudicated over every scored prediction but out-of-scope ones.
    fn precision(&self) -> f64 {
        ratio(self.tp + self.adj, self.tp + self.adj + self.fp)
    }
    /// Against the annotations as they are: adjudicated predictions count as FP.
    fn raw(&self) -> f64 {
        ratio(self.tp, self.tp + self.adj + self.fp)
    }
    /// Adjudicated, and out-of-scope predictions count as FP too.
    fn strict(&self) -> f64 {
        ratio(self.tp + self.adj, self.tp + self.adj + self.fp + self.oos)
    }
    fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }
    fn line(&self, name: &str) -> String {
        format!(
            "{name:<22} P {:.3} (raw {:.3}, strict {:.3})  R {:.3}   TP {:>4} +adj {:>3}  FP {:>3}  OOS {:>3}  gold {:>4}  found {:>4}  missed {:>3}",
            self.precision(),
            self.raw(),
            self.strict(),
            self.recall(),
            self.tp,
            self.adj,
            self.fp,
            self.oos,
            self.gold,
            self.found,
            self.gold - self.found
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

// ------------------------------------------------------------------------------------------
// Lexicon.

/// Normalise a term or span for lookup.
fn norm(s: &str) -> String {
    let s = s.replace(['’', '‘', '`'], "'").to_lowercase();
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '-' | '_' => out.push(' '),
            ' ' => {
                // Drop spaces next to `.`, `/`, `#`, `+` (tokenised `Node . js`, `C #`).
                let prev = out.chars().last();
                let next = chars[i + 1..].iter().find(|&&c| c != ' ').copied();
                let glue = |c: Option<char>| matches!(c, Some('.' | '/' | '#' | '+'));
                if glue(prev) || glue(next) || prev == Some(' ') || prev.is_none() {
                    continue;
                }
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Lexicon {
    /// Normalised term → where it came from.
    terms: HashMap<String, String>,
    /// Same terms with spaces removed → normalised term.
    nospace: HashMap<String, String>,
}

impl Lexicon {
    fn load(data: &Path) -> Lexicon {
        let mut terms: HashMap<String, String> = HashMap::new();
        let deny: HashSet<String> = NOT_TECH.iter().map(|t| norm(t)).collect();
        let mut add = |t: &str, src: &str| {
            let n = norm(t.trim());
            if n.is_empty() || deny.contains(&n) {
                return;
            }
            terms.entry(n).or_insert_with(|| src.to_string());
        };
        // 1. GitHub Linguist.
        let tsv = read(&data.join("github-linguist-languages/languages_aliases.tsv"));
        for line in tsv.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 4 || !matches!(f[1], "programming" | "markup" | "data") {
                continue;
            }
            let src = format!("linguist:{}", f[0]);
            add(f[0], &src);
            for a in f[3].split('|').filter(|a| !a.is_empty()) {
                add(a, &src);
            }
        }
        // 2. O*NET Technology Skills.
        let onet = read(&data.join("onet-technology-skills/Technology_Skills.txt"));
        let mut seen = HashSet::new();
        for line in onet.lines().skip(1) {
            let f: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
            if f.len() < 5 || !seen.insert(f[1].to_string()) {
                continue;
            }
            let hot = f[4] == "Y";
            for t in onet_terms(f[1], hot) {
                add(&t, &format!("onet:{}", f[1]));
            }
        }
        // 3. Hand-reviewed.
        for t in HAND_TERMS {
            add(t, "hand");
        }
        let nospace = terms.keys().map(|k| (squash(k), k.clone())).collect();
        Lexicon { terms, nospace }
    }

    /// The lexicon term `cand` (normalised) stands for, allowing versions, plurals, `js`.
    fn lookup(&self, cand: &str) -> Option<&str> {
        let direct = |c: &str| {
            self.terms
                .get_key_value(c)
                .map(|(k, _)| k.as_str())
                .or_else(|| {
                    // `Elastic Search` → `elasticsearch`, `Maria DB` → `mariadb`, but not
                    // `in cs` → `incs`.
                    let words_ok = c.split(' ').all(|w| {
                        w.len() >= 2 && !matches!(w, "in" | "of" | "on" | "at" | "to" | "or" | "an")
                    });
                    words_ok
                        .then(|| self.nospace.get(&squash(c)).map(String::as_str))
                        .flatten()
                })
        };
        let cand = cand.trim_end_matches(['+', '.', '*', '?', '!', '\'', '"']);
        if cand.is_empty() {
            return None;
        }
        let mut variants = vec![cand.to_string()];
        // `MS Office`, `MS SQL Server`.
        if let Some(rest) = cand.strip_prefix("ms ") {
            variants.push(format!("microsoft {rest}"));
        }
        // Version: `java 8`, `html5`, `es6`, `java se v.8+`, `python 3.10`.
        let unversioned = strip_version(cand);
        if unversioned != cand && !unversioned.is_empty() {
            variants.push(unversioned.to_string());
        }
        for v in variants.clone() {
            for suf in ["'s", "s", "es"] {
                if let Some(s) = v.strip_suffix(suf) {
                    if s.len() >= 2 {
                        variants.push(s.to_string());
                    }
                }
            }
            for suf in [".js", " js", "js"] {
                if let Some(s) = v.strip_suffix(suf) {
                    if s.len() >= 3 {
                        variants.push(s.to_string());
                        variants.push(format!("{s}.js"));
                    }
                }
            }
        }
        variants.iter().find_map(|v| direct(v))
    }
}

/// A term without spaces and slashes: `elastic search` → `elasticsearch`, `ci/cd` → `cicd`.
fn squash(s: &str) -> String {
    s.chars().filter(|&c| c != ' ' && c != '/').collect()
}

fn strip_version(s: &str) -> &str {
    let t = s.trim_end_matches('+');
    let t2 = t.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    if !t[t2.len()..].contains(|c: char| c.is_ascii_digit()) {
        return s;
    }
    let spaced = t2.ends_with(' ');
    let t3 = t2.trim_end();
    let t3 = t3
        .strip_suffix(" v")
        .or_else(|| t3.strip_suffix(" version"))
        .unwrap_or(t3)
        .trim_end();
    // `html5`, `python3`, `java 8`, `c 11`; not `ts16949` (a standard, not TypeScript 16949).
    if t3.is_empty() || (!spaced && t3.len() < 3) {
        s
    } else {
        t3
    }
}

/// Terms an O*NET `Example` contributes (see the protocol at the top).
fn onet_terms(example: &str, hot: bool) -> Vec<String> {
    let e = example.trim();
    let (name, had_software) = match e.strip_suffix(" software") {
        Some(n) => (n.trim(), true),
        None => (e, false),
    };
    // `AWS Elastic MapReduce (EMR)` → name without the parenthesis, acronym EMR.
    let mut paren_acr = None;
    let mut name = name.to_string();
    if let (Some(a), Some(b)) = (name.find('('), name.rfind(')')) {
        if a < b {
            paren_acr = Some(name[a + 1..b].trim().to_string());
            name = format!("{}{}", &name[..a], &name[b + 1..])
                .trim()
                .to_string();
        }
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    let is_acr = |w: &str| {
        w.len() >= 2
            && w.chars().any(|c| c.is_ascii_uppercase())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || "/.+#-&".contains(c))
    };
    let mut out = Vec::new();
    let last = *words.last().unwrap();
    // A trailing acronym spelled out by the words before it: `Structured query language SQL`,
    // `Multiprotocol Label Switching MPLS`, `Apache Subversion SVN`: its letters appear in order
    // in those words, the first one starting a word.
    let spelled = |acr: &str, before: &[&str]| {
        let letters: Vec<char> = acr
            .chars()
            .filter(|c| c.is_ascii_alphabetic())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let Some(&first) = letters.first() else {
            return false;
        };
        let Some(start) = before
            .iter()
            .position(|w| w.to_lowercase().starts_with(first))
        else {
            return false;
        };
        let joined = before[start..].join("").to_lowercase();
        let mut it = joined.chars();
        letters.iter().all(|&l| it.any(|c| c == l))
    };
    let trailing_acr = words.len() >= 2 && is_acr(last);
    let spelled_acr = trailing_acr && spelled(last, &words[..words.len() - 1]);
    if spelled_acr {
        out.push(last.to_string());
    }
    if let Some(p) = &paren_acr {
        if is_acr(p) {
            out.push(p.clone());
        }
    }
    // The name without a trailing all-caps token that spells it (`… language SQL`) or qualifies
    // it (`Jenkins CI`), but not when that token is the product (`Atlassian JIRA`).
    let drop_last =
        trailing_acr && (spelled_acr || !(words.len() == 2 && VENDORS.contains(&words[0])));
    let body: Vec<&str> = if drop_last {
        words[..words.len() - 1].to_vec()
    } else {
        words.clone()
    };
    // Generic description: every word after the first is lower case (`Cost estimating`), or a
    // single plain word before ` software` that O*NET does not flag hot (`Testing software`).
    let plain = |w: &str| {
        w.chars().skip(1).all(|c| c.is_ascii_lowercase()) && w.chars().all(char::is_alphabetic)
    };
    let lower_word = |w: &&str| w.chars().all(|c| !c.is_uppercase());
    let generic = (body.len() > 1 && body[1..].iter().all(lower_word))
        || (body.len() == 1 && had_software && !hot && plain(body[0]))
        || body
            .first()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase) && body.len() > 1);
    if generic {
        return out;
    }
    out.push(name.clone());
    if drop_last && !body.is_empty() {
        out.push(body.join(" "));
    }
    let mut stems = vec![body.clone()];
    if body.len() >= 2 && VENDORS.contains(&body[0]) {
        let rest: Vec<&str> = if body[0] == "Red" && body.get(1) == Some(&"Hat") {
            body[2..].to_vec()
        } else {
            body[1..].to_vec()
        };
        if !rest.is_empty() {
            out.push(rest.join(" "));
            stems.push(rest);
        }
    }
    for s in stems {
        if s.len() >= 2
            && s.last()
                .is_some_and(|w| w.eq_ignore_ascii_case("framework"))
        {
            out.push(s[..s.len() - 1].join(" "));
        }
    }
    out
}

// ------------------------------------------------------------------------------------------
// Gold classification.

/// The lexicon term that makes this gold span a technology span, if any.
fn classify(lex: &Lexicon, text: &str) -> Option<String> {
    let n = norm(text);
    // Split into parts at list separators.
    let mut parts = vec![String::new()];
    for tok in n.split(' ') {
        let t = tok.trim_matches(|c| matches!(c, ',' | ';' | '(' | ')' | '[' | ']' | ':' | '&'));
        let sep_before = tok.starts_with(['(', '[']);
        let sep_after = tok.ends_with([',', ';', ')', ']', ':']);
        if sep_before {
            parts.push(String::new());
        }
        if matches!(t, "and" | "or" | "&" | "and/or") {
            parts.push(String::new());
        } else if !t.is_empty() {
            let p = parts.last_mut().unwrap();
            if !p.is_empty() {
                p.push(' ');
            }
            p.push_str(t);
        }
        if sep_after {
            parts.push(String::new());
        }
    }
    for part in parts.iter().filter(|p| !p.is_empty()) {
        if let Some(t) = cover(lex, part) {
            return Some(t);
        }
        if part.contains('/') {
            for piece in part.split('/') {
                if let Some(t) = cover(lex, piece.trim()) {
                    return Some(t);
                }
            }
        }
    }
    // Failing that, a term of three or more characters inside the span (`AWS DevOps`,
    // `Linux Kernel development`, `Python source code management best practices`), written
    // like a name: with a capital, a digit or `. # +` (`lab practice`, `walking robots` are
    // not names), or as a lower-case Stack Overflow tag (`react-fullstack`).
    let raw: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | ',' | ';' | '(' | ')' | '-'))
        .filter(|t| !t.is_empty())
        .collect();
    let tag = text.contains('-') && !text.contains(' ');
    for len in (1..=4).rev() {
        for w in raw.windows(len) {
            let joined = w.join(" ");
            let named = tag
                || joined.chars().any(|c| {
                    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '#' | '+')
                });
            if !named {
                continue;
            }
            if let Some(t) = lex.lookup(&norm(&joined)) {
                if t.chars().filter(char::is_ascii_alphanumeric).count() >= 3 {
                    return Some(format!("{CONTAINED}{t}"));
                }
            }
        }
    }
    None
}

/// Marks a gold decision made by a term inside a longer span rather than by the whole span.
const CONTAINED: &str = "~";

/// Can `part` be read as technology terms plus modifiers (with at least one term)?
fn cover(lex: &Lexicon, part: &str) -> Option<String> {
    let toks: Vec<&str> = part.split(' ').filter(|t| !t.is_empty()).collect();
    if toks.is_empty() {
        return None;
    }
    // best[i]: a term used to cover toks[i..], or "" when covered by modifiers only.
    let n = toks.len();
    let mut best: Vec<Option<Option<String>>> = vec![None; n + 1];
    best[n] = Some(None);
    for i in (0..n).rev() {
        let mut here: Option<Option<String>> = None;
        for j in (i + 1..=n.min(i + 6)).rev() {
            let Some(rest) = &best[j] else { continue };
            let cand = toks[i..j].join(" ");
            if let Some(term) = lex.lookup(&cand) {
                here = Some(Some(term.to_string()));
                break;
            }
            if j == i + 1 && MODIFIERS.contains(&toks[i]) {
                here = here.or(Some(rest.clone()));
            }
        }
        best[i] = here;
    }
    best[0].clone().flatten()
}

// ------------------------------------------------------------------------------------------
// Data.

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| {
        eprintln!("error: cannot read {}: {e}", p.display());
        std::process::exit(1);
    })
}

/// Join tokens into text; returns the text and each token's byte range.
fn detokenise(tokens: &[String], out: &mut String) -> Vec<(usize, usize)> {
    let mut offs = Vec::with_capacity(tokens.len());
    let mut glue_next = true;
    for (i, t) in tokens.iter().enumerate() {
        let last = i + 1 == tokens.len();
        let attach = matches!(t.as_str(), ")" | "]" | "," | ";" | ":" | "!" | "?" | "%")
            || (t == "." && last);
        if !glue_next && !attach {
            out.push(' ');
        }
        let s = out.len();
        out.push_str(t);
        offs.push((s, out.len()));
        glue_next = matches!(t.as_str(), "(" | "[");
    }
    offs
}

/// BIO tags → token ranges of spans.
fn bio_spans(tags: &[String], want: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let t = tags[i].as_str();
        let is_b = t == "B" || (t.starts_with("B-") && &t[2..] == want);
        if is_b {
            let inside = if t == "B" {
                "I".to_string()
            } else {
                format!("I-{want}")
            };
            let mut j = i + 1;
            while j < tags.len() && tags[j] == inside {
                j += 1;
            }
            out.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

fn load_skillspan(data: &Path, split: &'static str, lex: &Lexicon) -> Vec<Doc> {
    let raw = read(&data.join(format!("skillspan/{split}.json")));
    let mut docs: Vec<Doc> = Vec::new();
    let mut last_key = String::new();
    let mut prev_tokens: Vec<String> = Vec::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("SkillSpan JSON line");
        let strs = |k: &str| -> Vec<String> {
            v[k].as_array()
                .map(|a| {
                    a.iter()
                        .map(|x| x.as_str().unwrap_or("").to_string())
                        .collect()
                })
                .unwrap_or_default()
        };
        let tokens = strs("tokens");
        let know = strs("tags_knowledge");
        let skill = strs("tags_skill");
        let key = format!(
            "{split}/{}/{}",
            v["source"].as_str().unwrap_or("?"),
            v["idx"].as_i64().unwrap_or(-1)
        );
        if key != last_key {
            docs.push(Doc {
                split,
                id: key.clone(),
                text: String::new(),
                gold: Vec::new(),
                skill: Vec::new(),
                sents: Vec::new(),
            });
            last_key = key;
            prev_tokens.clear();
        }
        let doc = docs.last_mut().unwrap();
        if !doc.text.is_empty() {
            doc.text.push('\n');
        }
        let sent_start = doc.text.len();
        let sent_idx = doc.sents.last().map_or(0, |s| s.idx + 1);
        let offs = detokenise(&tokens, &mut doc.text);
        let annotated = know.iter().chain(&skill).any(|t| t != "O");
        let tags_at = tokens.iter().position(|t| t == "Technologies");
        if doc.sents.is_empty() {
            doc.sents.push(Sent {
                idx: sent_idx,
                start: sent_start,
                end: doc.text.len(),
                region: Region::Title,
                annotated,
            });
        } else if prev_tokens == ["Technologies"] {
            doc.sents.push(Sent {
                idx: sent_idx,
                start: sent_start,
                end: doc.text.len(),
                region: Region::Tags,
                annotated,
            });
        } else if let Some(i) = tags_at.filter(|&i| i + 1 < tokens.len()) {
            // `… Company type: Public Technologies java spring Job description …`
            let end = (i + 1..tokens.len())
                .find(|&j| tokens[j] == "Job")
                .unwrap_or(tokens.len());
            let mid = offs[i].1;
            doc.sents.push(Sent {
                idx: sent_idx,
                start: sent_start,
                end: mid,
                region: Region::Body,
                annotated,
            });
            let tag_end = if end > i + 1 { offs[end - 1].1 } else { mid };
            doc.sents.push(Sent {
                idx: sent_idx,
                start: mid,
                end: tag_end,
                region: Region::Tags,
                annotated,
            });
            doc.sents.push(Sent {
                idx: sent_idx,
                start: tag_end,
                end: doc.text.len(),
                region: Region::Body,
                annotated,
            });
        } else {
            doc.sents.push(Sent {
                idx: sent_idx,
                start: sent_start,
                end: doc.text.len(),
                region: Region::Body,
                annotated,
            });
        }
        prev_tokens = tokens.clone();
        for (a, b) in bio_spans(&know, "") {
            let (s, e) = (offs[a].0, offs[b - 1].1);
            let text = doc.text[s..e].to_string();
            let tech = classify(lex, &text);
            doc.gold.push(Span {
                start: s,
                end: e,
                text,
                tech,
            });
        }
        for (a, b) in bio_spans(&skill, "") {
            doc.skill.push((offs[a].0, offs[b - 1].1));
        }
    }
    docs
}

fn load_green(data: &Path, lex: &Lexicon) -> Vec<Doc> {
    let raw = read(&data.join("green-job-description-entities/testset.conll.txt"));
    let mut sents: Vec<Vec<(String, String)>> = vec![Vec::new()];
    for line in raw.lines() {
        let l = line.trim();
        if l.is_empty() {
            if !sents.last().unwrap().is_empty() {
                sents.push(Vec::new());
            }
            continue;
        }
        let (w, t) = l.rsplit_once(' ').unwrap_or((l, "O"));
        sents
            .last_mut()
            .unwrap()
            .push((w.trim().to_string(), t.trim().to_string()));
    }
    sents.retain(|s| !s.is_empty());
    sents
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let tokens: Vec<String> = s.iter().map(|(w, _)| w.clone()).collect();
            let tags: Vec<String> = s.iter().map(|(_, t)| t.clone()).collect();
            let mut text = String::new();
            let offs = detokenise(&tokens, &mut text);
            let gold = bio_spans(&tags, "Skill")
                .into_iter()
                .map(|(a, b)| {
                    let (s, e) = (offs[a].0, offs[b - 1].1);
                    let t = text[s..e].to_string();
                    Span {
                        start: s,
                        end: e,
                        tech: classify(lex, &t),
                        text: t,
                    }
                })
                .collect();
            let annotated = tags.iter().any(|t| t != "O");
            Doc {
                split: "green",
                id: format!("green/{}", i + 1),
                sents: vec![Sent {
                    idx: 0,
                    start: 0,
                    end: text.len(),
                    region: Region::Body,
                    annotated,
                }],
                text,
                gold,
                skill: Vec::new(),
            }
        })
        .collect()
}

// ------------------------------------------------------------------------------------------
// Scoring.

impl Doc {
    fn sent_at(&self, pos: usize) -> Sent {
        *self
            .sents
            .iter()
            .find(|s| pos >= s.start && pos < s.end.max(s.start + 1))
            .or(self.sents.last())
            .expect("a document has sentences")
    }
}

#[derive(Clone)]
struct Item {
    doc: String,
    sent: usize,
    region: Region,
    annotated: bool,
    surface: String,
    label: String,
    context: String,
}

struct Scored {
    counts: Counts,
    fps: Vec<Item>,
    oos: Vec<Item>,
    misses: Vec<Item>,
}

fn context(text: &str, s: usize, e: usize) -> String {
    let mut lo = s.saturating_sub(60);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (e + 60).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    let line_lo = text[lo..s].rfind('\n').map_or(lo, |p| lo + p + 1);
    let line_hi = text[e..hi].find('\n').map_or(hi, |p| e + p);
    format!(
        "{}[{}]{}",
        &text[line_lo..s],
        &text[s..e],
        &text[e..line_hi]
    )
    .replace('\t', " ")
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Which taxonomy skills are scored as technology predictions: a technology category, and not
/// on the [`CONCEPTS`] list.
fn tech_skills(tax: &Taxonomy) -> Vec<bool> {
    for c in CONCEPTS {
        if tax.resolve(c).is_none() {
            eprintln!("warning: CONCEPTS names {c:?}, which the taxonomy does not know");
        }
    }
    tax.skills()
        .iter()
        .map(|s| TECH_CATEGORIES.contains(&s.category) && !CONCEPTS.contains(&s.name.as_ref()))
        .collect()
}

fn score(
    doc: &Doc,
    mentions: &[Mention],
    tax: &Taxonomy,
    tech: &[bool],
    adj: &HashMap<(String, usize, String), String>,
    used: &mut HashSet<(String, usize, String)>,
) -> Scored {
    let mut c = Counts::default();
    let (mut fps, mut oos, mut misses) = (Vec::new(), Vec::new(), Vec::new());
    let preds: Vec<&Mention> = mentions
        .iter()
        .filter(|m| tech[m.skill.0 as usize])
        .collect();
    let item = |s: usize, e: usize, label: String| Item {
        doc: doc.id.clone(),
        sent: doc.sent_at(s).idx,
        region: doc.sent_at(s).region,
        annotated: doc.sent_at(s).annotated,
        surface: doc.text[s..e].to_string(),
        label,
        context: context(&doc.text, s, e),
    };
    for m in &preds {
        let span = (m.start, m.end);
        let surface = &doc.text[m.start..m.end];
        let name = tax.name(m.skill);
        let hit_tech = doc
            .gold
            .iter()
            .any(|g| g.tech.is_some() && overlaps(span, (g.start, g.end)));
        let key = (
            doc.id.clone(),
            doc.sent_at(m.start).idx,
            surface.to_string(),
        );
        if hit_tech {
            c.tp += 1;
        } else if adj.contains_key(&key) {
            c.adj += 1;
            used.insert(key);
        } else if let Some(g) = doc.gold.iter().find(|g| overlaps(span, (g.start, g.end))) {
            c.oos += 1;
            oos.push(item(
                m.start,
                m.end,
                format!("{name} (knowledge span: {:?})", g.text),
            ));
        } else {
            c.fp += 1;
            let in_skill = doc.skill.iter().any(|&k| overlaps(span, k));
            fps.push(item(
                m.start,
                m.end,
                format!(
                    "{name} [{}]{}",
                    tax.skill(m.skill).category,
                    if in_skill {
                        " (inside a skill span)"
                    } else {
                        ""
                    }
                ),
            ));
        }
    }
    for g in doc.gold.iter().filter(|g| g.tech.is_some()) {
        c.gold += 1;
        if preds
            .iter()
            .any(|m| overlaps((m.start, m.end), (g.start, g.end)))
        {
            c.found += 1;
        } else {
            let other = mentions
                .iter()
                .filter(|m| overlaps((m.start, m.end), (g.start, g.end)))
                .map(|m| format!("{} [{}]", tax.name(m.skill), tax.skill(m.skill).category))
                .collect::<Vec<_>>();
            let label = if other.is_empty() {
                format!("term {:?}", g.tech.as_deref().unwrap_or(""))
            } else {
                format!(
                    "term {:?}; found only non-technology {}",
                    g.tech.as_deref().unwrap_or(""),
                    other.join(", ")
                )
            };
            misses.push(item(g.start, g.end, label));
        }
    }
    Scored {
        counts: c,
        fps,
        oos,
        misses,
    }
}

fn print_items(title: &str, items: &[Item], top: usize) {
    println!("\n## {title}: {}", items.len());
    // Grouped by surface (lowercase) with counts, most frequent first.
    let mut groups: BTreeMap<String, Vec<&Item>> = BTreeMap::new();
    for it in items {
        groups
            .entry(it.surface.to_lowercase())
            .or_default()
            .push(it);
    }
    let mut g: Vec<_> = groups.into_iter().collect();
    g.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    let summary: Vec<String> = g.iter().map(|(s, v)| format!("{s} ×{}", v.len())).collect();
    println!("by surface: {}", summary.join(", "));
    let mut shown = 0;
    for (_, v) in &g {
        for it in v {
            if shown >= top {
                println!("… {} more (use --all)", items.len() - shown);
                return;
            }
            let region = match (it.region, it.annotated) {
                (Region::Title, _) => "title",
                (Region::Tags, _) => "tags",
                (Region::Body, true) => "body",
                (Region::Body, false) => "body-unannotated",
            };
            println!(
                "- {:<18} {:<16} {:<40} | {}",
                it.doc,
                region,
                it.label,
                it.context.trim()
            );
            shown += 1;
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut data: Option<PathBuf> = None;
    let mut top = 60usize;
    let mut terms = false;
    let mut candidates = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--all" => top = usize::MAX,
            "--top" => top = args.next().and_then(|n| n.parse().ok()).unwrap_or(top),
            "--terms" => terms = true,
            "--candidates" => candidates = true,
            "-h" | "--help" => {
                println!(
                    "usage: quality <shared-data-dir> [--top N] [--all] [--terms] [--candidates]"
                );
                return;
            }
            _ => data = Some(PathBuf::from(a)),
        }
    }
    let Some(data) = data else {
        eprintln!("usage: quality <shared-data-dir> [--top N] [--all] [--terms]");
        std::process::exit(2);
    };
    let lex = Lexicon::load(&data);
    let tax = Taxonomy::builtin();
    let finder = MentionFinder::new(&tax);
    let tech = tech_skills(&tax);
    let adj = adjudicated();
    let mut used = HashSet::new();

    let mut docs = load_skillspan(&data, "train", &lex);
    docs.extend(load_skillspan(&data, "dev", &lex));
    docs.extend(load_green(&data, &lex));

    let mut by_split: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut by_source: BTreeMap<String, Counts> = BTreeMap::new();
    let mut per_doc: Vec<(String, Counts)> = Vec::new();
    let (mut fps, mut oos, mut misses) = (Vec::new(), Vec::new(), Vec::new());
    let mut green = (Vec::new(), Vec::new(), Vec::new());
    let mut bytes = 0usize;
    let t0 = std::time::Instant::now();
    for doc in &docs {
        bytes += doc.text.len();
        let ms = finder.find(&doc.text);
        let s = score(doc, &ms, &tax, &tech, &adj, &mut used);
        by_split.entry(doc.split).or_default().add(s.counts);
        if doc.split != "green" {
            let src = doc.id.split('/').nth(1).unwrap_or("?").to_string();
            by_source.entry(src).or_default().add(s.counts);
            per_doc.push((doc.id.clone(), s.counts));
            fps.extend(s.fps);
            oos.extend(s.oos);
            misses.extend(s.misses);
        } else {
            green.0.extend(s.fps);
            green.1.extend(s.oos);
            green.2.extend(s.misses);
        }
    }
    let elapsed = t0.elapsed();
    if candidates {
        // Every remaining FP as an adjudication line to review (the reason is a region guess).
        for it in fps.iter().chain(&green.0) {
            let code = match it.region {
                Region::Title => "title",
                Region::Tags => "tags",
                Region::Body => "body",
            };
            println!(
                "{}\t{}\t{}\t{code}\t{}\t{}",
                it.doc,
                it.sent,
                it.surface,
                it.label,
                it.context.trim()
            );
        }
        return;
    }
    let stale: Vec<_> = adj.keys().filter(|k| !used.contains(*k)).collect();
    for (d, n, t) in &stale {
        eprintln!("warning: adjudication entry not used (no such FP any more): {d} {n} {t:?}");
    }

    let mut out = String::new();
    let _ = writeln!(out, "# jobfit extraction quality (technology mentions)\n");
    let _ = writeln!(
        out,
        "{} SkillSpan postings, {} Green sentences, {:.1} MB of text, find() in {:.0} ms",
        per_doc.len(),
        docs.len() - per_doc.len(),
        bytes as f64 / 1e6,
        elapsed.as_secs_f64() * 1e3
    );
    let mut skillspan = Counts::default();
    for (k, c) in &by_split {
        if *k != "green" {
            skillspan.add(*c);
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", skillspan.line("SkillSpan train+dev"));
    for k in ["train", "dev"] {
        if let Some(c) = by_split.get(k) {
            let _ = writeln!(out, "{}", c.line(&format!("  {k}")));
        }
    }
    for (k, c) in &by_source {
        let _ = writeln!(out, "{}", c.line(&format!("  source {k}")));
    }
    if let Some(c) = by_split.get("green") {
        let _ = writeln!(out, "{}", c.line("Green test (Skill)"));
    }
    print!("{out}");

    // Per posting, worst first.
    println!("\n## Per posting (worst 15 by FP + misses; postings with gold technology spans or predictions)");
    let mut pd: Vec<&(String, Counts)> = per_doc
        .iter()
        .filter(|(_, c)| c.gold + c.tp + c.fp > 0)
        .collect();
    pd.sort_by(|a, b| {
        let ea = a.1.fp + a.1.gold - a.1.found;
        let eb = b.1.fp + b.1.gold - b.1.found;
        eb.cmp(&ea).then(a.0.cmp(&b.0))
    });
    for (id, c) in pd.iter().take(15) {
        println!("{}", c.line(id));
    }
    let perfect = pd
        .iter()
        .filter(|(_, c)| c.fp == 0 && c.found == c.gold)
        .count();
    let mean_p: f64 = pd.iter().map(|(_, c)| c.precision()).sum::<f64>() / pd.len().max(1) as f64;
    let mean_r: f64 = pd.iter().map(|(_, c)| c.recall()).sum::<f64>() / pd.len().max(1) as f64;
    println!(
        "{} postings scored; {perfect} without any FP or miss; macro P {mean_p:.3}, macro R {mean_r:.3}",
        pd.len()
    );

    print_items("SkillSpan false positives", &fps, top);
    print_items("SkillSpan misses", &misses, top);
    print_items(
        "SkillSpan out of scope (knowledge, not technology)",
        &oos,
        top,
    );
    print_items("Green false positives", &green.0, top);
    print_items("Green misses", &green.2, top);
    print_items("Green out of scope", &green.1, top);

    if terms {
        let unscored: Vec<String> = tax
            .skills()
            .iter()
            .filter(|s| TECH_CATEGORIES.contains(&s.category) && !tech[s.id.0 as usize])
            .map(|s| format!("{} [{}]", s.name, s.category))
            .collect();
        println!(
            "\n## Taxonomy skills in technology categories on the CONCEPTS list (not scored): {}\n{}",
            unscored.len(),
            unscored.join(", ")
        );
        let mut used: BTreeMap<String, usize> = BTreeMap::new();
        let mut not_tech: BTreeMap<String, usize> = BTreeMap::new();
        for d in &docs {
            for g in &d.gold {
                match &g.tech {
                    Some(t) => {
                        let key = t.trim_start_matches(CONTAINED);
                        let how = if t.starts_with(CONTAINED) {
                            format!("  (inside {:?})", g.text)
                        } else {
                            String::new()
                        };
                        let src = lex.terms.get(key).map_or("?", String::as_str);
                        *used.entry(format!("{key}  <- {src}{how}")).or_default() += 1
                    }
                    None => *not_tech.entry(g.text.clone()).or_default() += 1,
                }
            }
        }
        let mut u: Vec<_> = used.into_iter().collect();
        u.sort_by_key(|x| std::cmp::Reverse(x.1));
        println!(
            "\n## Lexicon terms deciding gold technology spans: {}",
            u.len()
        );
        for (t, n) in u {
            println!("{n:>4} {t}");
        }
        let mut nt: Vec<_> = not_tech.into_iter().collect();
        nt.sort_by_key(|x| std::cmp::Reverse(x.1));
        println!("\n## Gold spans judged not technology: {}", nt.len());
        for (t, n) in nt {
            println!("{n:>4} {t}");
        }
    }
}
