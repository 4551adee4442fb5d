#!/usr/bin/env python3
"""Validate jobfit's built-in skill taxonomy (data/taxonomy.yaml).

Usage:
    python3 tools/taxonomy/validate.py [path/to/taxonomy.yaml] [--quiet]

Checks the same schema the Rust loader enforces (deny_unknown_fields) plus the
curation rules the matcher relies on:

  * top level is a mapping with exactly one key, `skills`, holding a list;
  * each skill has only the keys name, category, aliases, implies, related,
    ambiguous, ambiguous_aliases, with the right types (YAML must not turn an alias into a bool
    or number: quote `on`, `yes`, `1.0`, ...);
  * category is one of the fixed categories;
  * names and aliases are unique case-insensitively across the whole file
    (an alias equal to its own skill's name counts as a duplicate);
  * implies/related point at existing canonical names (exact spelling), never
    at the skill itself, and the implies graph has no cycles;
  * names of one or two characters are marked `ambiguous: true`; aliases are
    never one character long and are not on a small list of English words
    that must only ever appear as ambiguous names or ambiguous aliases;
  * the canonical names other code and tests refer to are present.

  * no two skills produce the same surface variant in the mention finder
    (src/skills/mentions/mod.rs derives `node . js`, `ci-cd`, `amazon-web-services`).

Warnings (printed, do not fail): a target listed in both implies and related,
names/aliases of different skills that collide once punctuation is ignored,
two-character aliases.

Needs PyYAML (`pip install pyyaml`). Exit status 0 = valid, 1 = errors.
"""

import os
import re
import sys
from collections import Counter, defaultdict

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("validate.py needs PyYAML: pip install pyyaml")

CATEGORIES = [
    "language", "framework", "library", "database", "cloud", "devops", "ci-cd",
    "observability", "architecture", "practice", "data-ml", "testing",
    "security", "tool", "platform", "mobile", "frontend", "protocol",
    "methodology", "leadership", "soft", "spoken-language", "domain",
]
KEYS = {"name", "category", "kind", "aliases", "implies", "related", "ambiguous",
        "ambiguous_aliases"}
KINDS = {"technology", "concept", "practice", "soft", "language", "domain"}
REQUIRED_KEYS = {"name", "category"}

# Ordinary English words (or ambiguous tokens) that may only be skill *names*
# marked ambiguous, never aliases, because aliases always match.
FORBIDDEN_ALIASES = {
    "go", "rest", "spring", "swift", "rust", "shell", "unity", "express",
    "rails", "chef", "puppet", "salt", "make", "ant", "lambda", "helm", "flask",
    "spark", "dart", "julia", "ruby", "cloud", "testing", "design", "data",
    "code", "react", "vault", "consul", "nomad", "envoy", "slack", "zoom",
    "sketch", "jest", "mocha", "cypress", "less", "sass", "bootstrap", "hive",
    "pig", "storm", "beam", "airflow", "snowflake", "pandas", "combine",
    "electron", "phoenix", "gin", "echo", "lean", "safe", "waterfall", "soap",
    "windows", "word", "excel", "teams", "office", "access", "project",
    "notion", "apex", "assembly", "scheme", "racket", "elm", "crystal",
    "embedded", "automation", "agile", "c", "r", "d", "v", "s3", "a", "i",
}

# Canonical names that other code and tests refer to.
MUST_HAVE = [
    "Go", "Python", "Java", "JavaScript", "TypeScript", "Node.js", "C", "C++",
    "C#", ".NET", "ASP.NET", "R", "Rust", "Swift", "Ruby", "PHP", "Kotlin",
    "Scala", "SQL", "NoSQL", "PostgreSQL", "MySQL", "Redis", "MongoDB",
    "Elasticsearch", "ELK Stack", "Kafka", "RabbitMQ", "Docker", "Kubernetes",
    "Helm", "Terraform", "Infrastructure as Code", "AWS", "GCP", "Azure", "EKS",
    "ECS", "EC2", "S3", "AWS Lambda", "CloudWatch", "GKE", "AKS", "CI/CD",
    "GitHub Actions", "GitLab CI", "Jenkins", "Prometheus", "Grafana",
    "OpenTelemetry", "Observability", "Monitoring", "Logging",
    "Distributed Tracing", "Microservices", "Distributed Systems", "REST",
    "gRPC", "GraphQL", "API Design", "System Design", "Concurrency",
    "Goroutines", "Caching", "High Availability", "Scalability",
    "Performance Optimization", "Low Latency", "Site Reliability Engineering",
    "Git", "Linux", "Bash", "Shell", "Agile", "Scrum", "Code Review",
    "Mentoring", "Pair Programming", "Technical Leadership", "Communication",
    "Collaboration", "Automated Testing", "Unit Testing", "TDD", "React",
    "React Native", "Angular", "Vue.js", "Django", "Flask", "FastAPI", "Spring",
    "Spring Boot", "Express.js", "Ruby on Rails", "Unity", "TensorFlow",
    "PyTorch", "Pandas", "NumPy", "Spark", "Hadoop", "Airflow", "Snowflake",
    "BigQuery", "Machine Learning", "Deep Learning", "NLP", "Data Engineering",
    "ETL", "Load Balancing", "Service Discovery", "Circuit Breaker",
    "Garbage Collection", "Memory Management", "Profiling", "CAP Theorem",
    "Database Sharding", "Database Indexing", "Query Optimization", "Pub/Sub",
    "Message Queues", "Event-Driven Architecture", "OAuth", "Security",
    "Networking", "TCP/IP", "HTTP", "Nginx", "Serverless", "Cloud Computing",
    "Multi-Cloud", "Blue-Green Deployment", "Incident Response", "On-Call",
    "Containers",
]

# Expected (name -> alias) pairs that other code and tests rely on.
MUST_HAVE_ALIASES = {
    "Go": ["golang", "go-lang", "go lang"],
    "Node.js": ["nodejs", "node", "node js", "node . js"],
    "C++": ["cpp", "c plus plus", "c + +"],
    "C#": ["csharp", "c #", "c sharp"],
    ".NET": ["dotnet", ".net core"],
    "PostgreSQL": ["postgres", "psql"],
    "Elasticsearch": ["elastic search"],
    "ELK Stack": ["elk", "elastic stack"],
    "Kafka": ["apache kafka"],
    "Kubernetes": ["k8s"],
    "Infrastructure as Code": ["iac"],
    "AWS": ["amazon web services", "amazon-web-services"],
    "GCP": ["google cloud platform", "google cloud", "google-cloud-platform"],
    "Azure": ["microsoft azure"],
    "S3": ["amazon s3"],
    "AWS Lambda": ["amazon lambda"],
    "CloudWatch": ["aws cloudwatch"],
    "CI/CD": ["ci-cd", "ci cd", "continuous integration",
              "continuous delivery", "continuous deployment", "cicd"],
    "OpenTelemetry": ["otel"],
    "Microservices": ["micro-services", "microservice architecture"],
    "REST": ["rest api", "restful", "restful apis"],
    "Site Reliability Engineering": ["sre"],
    "Bash": ["shell scripting", "bash scripting"],
    "Code Review": ["code reviews"],
    "Mentoring": ["mentorship", "coaching"],
    "Automated Testing": ["test automation"],
    "Spark": ["apache spark"],
    "Database Sharding": ["sharding"],
    "Express.js": ["expressjs"],
}
MUST_BE_AMBIGUOUS = ["Go", "C", "R", "Rust", "Swift", "Shell", "Spring",
                     "Unity", "REST", "S3"]


def norm(s):
    return " ".join(s.split()).casefold()


def variants(form):
    """Mirror of `variants` in src/skills/mentions/mod.rs: the extra surface forms the
    mention finder derives from a name or alias (`Node.js` -> `Node . js`,
    `CI/CD` -> `CI-CD`, `Amazon Web Services` -> `Amazon-Web-Services`)."""
    out = [form]
    if any(c in "./#+" for c in form) and any(c.isalnum() for c in form):
        spaced = ""
        for c in form:
            if c in "./#+":
                if spaced and not spaced.endswith(" "):
                    spaced += " "
                spaced += c + " "
            else:
                spaced += c
        spaced = spaced.strip().replace("  ", " ")
        if spaced != form:
            out.append(spaced)
    if "/" in form and " " not in form:
        out.append(form.replace("/", "-"))
    if " " in form and all(w.isalnum() for w in form.split(" ")):
        out.append(form.replace(" ", "-"))
    return out


def loose(s):
    """Key ignoring punctuation, for collision warnings only."""
    return " ".join(re.sub(r"[^0-9a-z#+]+", " ", s.casefold()).split())


def main(argv):
    quiet = "--quiet" in argv
    args = [a for a in argv if not a.startswith("--")]
    here = os.path.dirname(os.path.abspath(__file__))
    path = args[0] if args else os.path.join(here, "..", "..", "data", "taxonomy.yaml")
    errors, warnings = [], []
    err = errors.append
    warn = warnings.append

    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as e:
        print(f"{path}: YAML error: {e}")
        return 1
    if "\t" in text:
        err("file contains tab characters")
    if not isinstance(doc, dict) or set(doc) != {"skills"}:
        print(f"{path}: top level must be a mapping with exactly the key 'skills'")
        return 1
    skills = doc["skills"]
    if not isinstance(skills, list) or not skills:
        print(f"{path}: 'skills' must be a non-empty list")
        return 1

    owner = {}          # normalised surface form -> canonical name
    loose_owner = {}    # punctuation-free form -> canonical name
    names = {}          # exact canonical name -> skill
    for i, s in enumerate(skills):
        where = f"skill #{i + 1}"
        if not isinstance(s, dict):
            err(f"{where}: not a mapping")
            continue
        unknown = set(s) - KEYS
        missing = REQUIRED_KEYS - set(s)
        if unknown:
            err(f"{where}: unknown keys {sorted(unknown)}")
        if missing:
            err(f"{where}: missing keys {sorted(missing)}")
            continue
        name = s["name"]
        if not isinstance(name, str) or not name.strip() or name != name.strip():
            err(f"{where}: bad name {name!r}")
            continue
        where = f"{name!r}"
        if "kind" in s and s["kind"] not in KINDS:
            err(f"{where}: unknown kind {s['kind']!r}")
        if s["category"] not in CATEGORIES:
            err(f"{where}: unknown category {s['category']!r}")
        for key in ("aliases", "implies", "related", "ambiguous_aliases"):
            v = s.get(key, [])
            if not isinstance(v, list) or not all(
                    isinstance(x, str) and x.strip() and x == x.strip() for x in v):
                err(f"{where}: {key} must be a list of non-empty strings, got {v!r}")
                s[key] = [x for x in v if isinstance(x, str)] if isinstance(v, list) else []
            dup = [x for x, n in Counter(norm(x) for x in s[key]).items() if n > 1] \
                if key in s else []
            if dup:
                err(f"{where}: duplicate entries in {key}: {dup}")
        if "ambiguous" in s and not isinstance(s["ambiguous"], bool):
            err(f"{where}: ambiguous must be true/false")
        if name in names:
            err(f"{where}: duplicate canonical name")
        names[name] = s

        for form in [name] + s.get("aliases", []) + s.get("ambiguous_aliases", []):
            k = norm(form)
            if k in owner:
                other = owner[k]
                err(f"{where}: surface form {form!r} already used by {other!r}"
                    if other != name else f"{where}: alias {form!r} repeats its own name")
            else:
                owner[k] = name
            lk = loose(form)
            if lk and lk in loose_owner and loose_owner[lk] != name:
                warn(f"{where}: {form!r} collides with {loose_owner[lk]!r} when punctuation is ignored")
            loose_owner.setdefault(lk, name)

        if len(name) <= 2 and name.isalnum() and not s.get("ambiguous", False):
            err(f"{where}: one/two-character names must be ambiguous: true")
        for a in s.get("aliases", []):
            if len(a) <= 1:
                err(f"{where}: alias {a!r} is too short")
            elif len(a) == 2:
                warn(f"{where}: two-character alias {a!r}")
            if norm(a) in FORBIDDEN_ALIASES:
                err(f"{where}: alias {a!r} is an ordinary word; use an ambiguous name instead")

    # The mention finder keeps one pattern per lowercase variant; a variant of one
    # skill's form that equals another skill's form would silently shadow it.
    var_owner = {}
    for name, sk in names.items():
        for form in [name] + sk.get("aliases", []) + sk.get("ambiguous_aliases", []):
            for v in variants(form.strip()):
                k = v.lower()
                prev = var_owner.get(k)
                if prev is not None and prev[0] != name:
                    err(f"{name!r}: surface variant {v!r} of {form!r} clashes with "
                        f"{prev[1]!r} of {prev[0]!r} in the mention finder")
                var_owner.setdefault(k, (name, form))

    # references
    graph = defaultdict(list)
    for name, s in names.items():
        for key in ("implies", "related"):
            for t in s.get(key, []):
                if t == name:
                    err(f"{name!r}: {key} refers to itself")
                elif t not in names:
                    hint = owner.get(norm(t))
                    err(f"{name!r}: {key} target {t!r} is not a canonical name"
                        + (f" (did you mean {hint!r}?)" if hint else ""))
        both = set(s.get("implies", [])) & set(s.get("related", []))
        if both:
            warn(f"{name!r}: {sorted(both)} listed in both implies and related")
        graph[name] = [t for t in s.get("implies", []) if t in names and t != name]

    # cycles in implies (iterative DFS, reports one cycle per strongly linked group)
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {n: WHITE for n in names}
    for start in names:
        if colour[start] != WHITE:
            continue
        stack = [(start, iter(graph[start]))]
        path_ = [start]
        colour[start] = GREY
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                colour[node] = BLACK
                stack.pop()
                path_.pop()
            elif colour[nxt] == GREY:
                cyc = path_[path_.index(nxt):] + [nxt]
                err("implies cycle: " + " -> ".join(cyc))
            elif colour[nxt] == WHITE:
                colour[nxt] = GREY
                stack.append((nxt, iter(graph[nxt])))
                path_.append(nxt)

    for n in MUST_HAVE:
        if n not in names:
            err(f"required canonical name {n!r} is missing")
    for n, als in MUST_HAVE_ALIASES.items():
        if n in names:
            have = {norm(a) for a in names[n].get("aliases", [])}
            for a in als:
                if norm(a) not in have:
                    err(f"{n!r}: required alias {a!r} is missing")
    for n in MUST_BE_AMBIGUOUS:
        if n in names and not names[n].get("ambiguous", False):
            err(f"{n!r} must be ambiguous: true")

    # report
    counts = Counter(s.get("category") for s in skills if isinstance(s, dict))
    n_alias = sum(len(s.get("aliases", [])) for s in names.values())
    n_impl = sum(len(s.get("implies", [])) for s in names.values())
    n_rel = sum(len(s.get("related", [])) for s in names.values())
    amb = [n for n, s in names.items() if s.get("ambiguous")]
    print(f"{path}: {len(skills)} skills, {n_alias} aliases, "
          f"{n_impl} implies edges, {n_rel} related edges, {len(amb)} ambiguous")
    for c in CATEGORIES:
        print(f"  {c:14} {counts.get(c, 0):4}")
    if not quiet:
        print("ambiguous names: " + ", ".join(amb))
        for w in warnings:
            print("warning: " + w)
    elif warnings:
        print(f"{len(warnings)} warnings (run without --quiet to see them)")
    for e in errors:
        print("ERROR: " + e)
    if errors:
        print(f"{len(errors)} errors")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
