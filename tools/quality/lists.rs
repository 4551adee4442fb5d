//! The hand-kept lists of the quality harness: which taxonomy categories and skills count as
//! technology predictions (`TECH_CATEGORIES`, `CONCEPTS`), the words the gold lexicon is built and
//! cleaned with (`MODIFIERS`, `VENDORS`, `HAND_TERMS`, `NOT_TECH`), and the adjudication list
//! (`quality_adjudicated.tsv`).
//!
//! Must not: read the data folder or score anything; it holds data and the parse of the TSV only.

use super::*;

/// Categories whose skills count as technology predictions.
pub(crate) const TECH_CATEGORIES: &[Category] = &[
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
pub(crate) const CONCEPTS: &[&str] = &[
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
pub(crate) const MODIFIERS: &[&str] = &[
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
pub(crate) const VENDORS: &[&str] = &[
    "Microsoft", "Apache", "Oracle", "Amazon", "Google", "IBM", "Atlassian", "Adobe", "Apple",
    "SAP", "Autodesk", "Cisco", "JetBrains", "Facebook", "Meta", "Elastic", "HashiCorp",
    "Salesforce", "Sun", "VMware", "Red", "Hewlett", "Intel", "NVIDIA", "Mozilla", "Pivotal",
];

/// Technology names neither Linguist nor O*NET lists, reviewed by hand from the annotated spans
/// (products, languages, libraries, cloud services, protocols, standards), plus CI/CD and REST.
#[rustfmt::skip]
pub(crate) const HAND_TERMS: &[&str] = &[
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
pub(crate) const NOT_TECH: &[&str] = &[
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
pub(crate) const ADJUDICATED: &str = include_str!("quality_adjudicated.tsv");

/// (posting id, sentence number in the posting, surface text) → reason.
pub(crate) fn adjudicated() -> HashMap<(String, usize, String), String> {
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
