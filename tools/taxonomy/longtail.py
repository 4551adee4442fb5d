#!/usr/bin/env python3
"""Generate data/longtail.tsv: the long tail of technology skills.

Usage:
    python3 tools/taxonomy/longtail.py DATA_DIR [--stats] [--out PATH]

DATA_DIR is the shared data folder holding `github-linguist-languages/languages.yml` and
`onet-technology-skills/Technology_Skills.txt` (not part of this repository).

The curated taxonomy (data/taxonomy.yaml) wins: no name or alias of the long tail equals a
name or alias of it, by either of the keys jobfit compares (lower case with whitespace
collapsed, and the lexicon's tokens). Sources, in order of precedence:

1. reviewed lists `tools/taxonomy/lists/*.tsv` (named cloud services, libraries, tools);
2. GitHub Linguist languages (MIT licence): programming, markup, query and data languages;
3. O*NET Technology Skills examples (CC BY 4.0).

Mechanical rules, so that the tail adds names without adding false hits:
- a form that is ordinary English (every word is a lower-case entry of the system word list,
  /usr/share/dict/words, and none is a vendor or brand word) is matched only in its exact case
  with technical context: a name becomes `ambiguous`, an alias of several words an ambiguous
  alias; ordinary aliases of one word or in lower case are dropped. From Linguist and O*NET, ordinary names are dropped;
- DENY_BARE names are never matched bare (the entry is named by its first other alias, or
  dropped); CONSUMER services and GENERIC entries are skipped; forms of one or two characters
  are dropped;
- vendor words and articles are stripped for an extra alias ("Microsoft Azure Service Bus" →
  "Azure Service Bus"); an O*NET trailing acronym becomes an exact-case alias only when it
  has four letters or more.

Output: one skill a line, tab-separated: name, category, aliases, ambiguous (0/1), ambiguous
aliases; lists `|`-separated. Every skill has kind `technology`. jobfit embeds the file and
reads it at first use (src/skills/taxonomy/longtail.rs).
"""

import argparse
import csv
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("longtail.py needs PyYAML: pip install pyyaml")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

CATEGORIES = {
    "language", "framework", "library", "database", "cloud", "devops", "ci-cd",
    "observability", "architecture", "data-ml", "testing", "security", "tool", "platform",
    "mobile", "frontend", "protocol",
}

# Words that make a multi-word form a product name even when every word is in the dictionary.
BRAND_WORDS = {
    "azure", "aws", "amazon", "google", "gcp", "microsoft", "ibm", "oracle", "apache", "sap",
    "salesforce", "firebase", "cloudflare", "spring", "apple", "android", "adobe", "atlassian",
    "cisco", "vmware", "hashicorp", "grafana", "elastic", "jetbrains", "kafka", "redis",
    "docker", "kubernetes", "linux", "windows", "python", "java", "ruby", "rails", "django",
    "react", "angular", "vue", "node", "flutter", "swift", "kotlin", "scala", "rust", "go",
    "dynamics", "power", "sql", "jira", "github", "gitlab", "intel", "nvidia", "red",
}

# Words of postings that the word list lacks ("lifecycle", "workspaces").
EXTRA_WORDS = {
    "lifecycle", "lifecycles", "workspace", "workspaces", "email", "e-mail", "online",
    "website", "websites", "startup", "startups", "dataset", "datasets", "onboarding",
    "teamwork", "workflow", "workflows", "toolkit", "toolkits", "roadmap", "roadmaps",
    "smartphone", "smartphones", "app", "apps", "login", "logins", "inbox", "offline",
    "healthcare", "fintech", "ecommerce", "e-commerce", "webinar", "timesheet", "timesheets",
}

# Acronyms of everyday writing, never aliases ("ASAP").
COMMON_ACRONYMS = {
    "ASAP", "FAQ", "FAQS", "CEO", "CFO", "CTO", "COO", "TBD", "ETA", "FYI", "RSVP", "NASA",
    "USA", "EU", "UK", "HR", "PTO", "KPI", "KPIS", "OKR", "OKRS", "ROI", "B2B", "B2C", "SMB",
    "SMBS", "SME", "SMES", "PHD", "MSC", "BSC", "MBA", "GPA", "CV", "NGO", "LLC", "LTD",
    "INC", "CORP", "ASAP", "TEAM", "NEW", "FREE", "PLUS", "PRO", "BEST", "HELP", "INFO",
}

TWO_LETTER_WORDS = {
    "of", "in", "on", "to", "at", "by", "as", "is", "it", "an", "or", "be", "do", "go", "no",
    "so", "up", "we", "us", "my", "me", "he", "if", "am", "ok",
}

# Names never matched bare, however they are written (ordinary words that are also products).
DENY_BARE = {
    "quick", "victory", "foundation", "harness", "galaxy", "emotion", "rich", "click", "panel",
    "motor", "requests", "black", "vector", "cortex", "relay", "rush", "pants", "tilt",
    "boundary", "singer", "render", "railway", "neon", "sanity", "segment", "amplitude",
    "mode", "hex", "sigma", "linear", "notion", "cursor", "claude", "gemini", "mistral",
    "chroma", "make", "ninja", "composer", "passenger", "unicorn", "puma", "bundler", "blade",
    "eloquent", "doctrine", "combine", "room", "provider", "metal", "realm", "glide", "unity",
    "expo", "capacitor", "ionic", "swing", "ivy", "mill", "wire", "fiber", "echo", "chi",
    "revel", "buffalo", "ent", "cobra", "viper", "zap", "rocket", "warp", "hyper", "serde",
    "tokio", "diesel", "rayon", "clap", "cargo", "grape", "devise", "pundit", "sequel",
    "polly", "nancy", "orleans", "rebus", "quartz", "mono", "rider", "dapper",
    "flask", "bottle", "falcon", "pyramid", "tornado", "quart", "sanic", "jinja", "mako",
    "celery", "huey", "attrs", "peewee", "alembic", "fabric", "typer", "loguru", "shapely",
    "fiona", "folium", "stan", "maple", "octave", "shiny", "caret", "quarto", "eigen",
    "armadillo", "galaxy", "express", "koa", "remix", "astro", "gatsby", "lit", "stencil",
    "polymer", "aurelia", "mithril", "immer", "relay", "yup", "joi", "zod", "ant", "bulma",
    "emotion", "stylus", "less", "phaser", "nivo", "handlebars", "mustache", "pug", "parcel",
    "rollup", "babel", "gulp", "grunt", "prettier", "yarn", "bun", "mocha", "chai", "jasmine",
    "karma", "cypress", "puppeteer", "protractor", "enzyme", "pact", "artillery", "postman",
    "insomnia", "karate", "cucumber", "espresso", "detox", "maestro", "percy", "stryker",
    "pit", "moq", "spock", "catch", "unity", "minitest", "pest", "gomega", "nimble",
    "consul", "nomad", "packer", "vagrant", "chef", "puppet", "tekton", "harness", "octopus",
    "bamboo", "earthly", "drone", "concourse", "kind", "envoy", "kong", "caddy", "varnish",
    "squid", "calico", "flannel", "rook", "longhorn", "falco", "burp", "sentry", "vault",
    "honeycomb", "loki", "tempo", "thanos", "graphite", "vector", "jaeger", "beats",
    "prophet", "feast", "prefect", "luigi", "singer", "storm", "beam", "pulsar", "camel",
    "iceberg", "druid", "pinot", "phoenix", "superset", "impala", "presto", "arrow",
    "parquet", "avro", "thrift", "ray", "mediapipe", "theano", "caffe", "flax", "optuna",
    "hypothesis", "behave", "locust", "nose", "ruff", "poetry", "conda", "sphinx", "pip",
    "twisted", "click", "kivy", "panel", "bokeh", "altair", "seaborn", "dask", "polars",
    "glue", "connect", "config", "shield", "inspector", "backup", "batch", "outposts",
    "lightsail", "snowball", "forecast", "personalize", "translate", "transcribe", "polly",
    "lex", "athena", "neptune", "aurora", "kinesis", "lambda", "cognito", "macie",
    "functions", "service", "looker", "firestore", "spanner", "dataflow", "bigtable",
    "monday", "sketch", "miro", "trello", "asana", "confluence", "swagger", "tableau",
    "domo", "hasura", "gremlin", "cypher", "turtle", "mermaid", "jest", "git", "subversion",
    "mercurial", "perforce", "emacs", "vim", "eclipse", "sublime", "copilot", "llama",
    "ollama", "snorkel", "gym", "tesseract", "fauna", "dragonfly", "chroma", "pinecone",
    "mode", "access", "toad", "workday", "segment", "optimizely", "zendesk", "shopify",
    "plaid", "stripe", "sendgrid", "twilio", "ably", "postmark", "heroku",
    "rancher", "tanzu", "apex", "fiori", "okta", "auth0", "algolia", "contentful",
    "strapi", "magento", "mixpanel", "snowplow", "ray", "zipkin", "nagios", "zabbix",
    "icinga", "velero", "kaniko", "podman", "buildah", "kustomize", "skaffold", "pulumi",
    "terragrunt", "crossplane", "traefik", "istio", "linkerd", "cilium", "trivy", "snyk",
    "checkmarx", "veracode", "fortify", "metasploit", "nessus", "qualys", "splunk",
    "keycloak", "datadog", "dynatrace", "rollbar", "bugsnag", "fluentd", "logstash",
    "filebeat", "graylog", "kibana", "pyroscope", "cats", "exposed", "slick", "caffeine",
    "temporal", "ribbon", "eureka", "hilt", "coil", "delve", "tonic", "psalm", "twig",
    "allure", "chromatic", "recoil", "meteor", "feathers", "marshmallow", "bandit", "pillow",
    "quasar", "haystack", "gazebo", "singularity", "micrometer", "sorbet", "bevy", "yew",
    "solace", "wicket", "ginkgo", "radius", "soar", "feign", "koalas", "zephyr", "leaflet",
}
# DENY_BARE above lists every name of the reviewed lists that the dictionary test might pass
# as a product; only those that really are ordinary words matter (the rest are harmless).

# Consumer services: a posting naming them is not asking for a technology skill.
CONSUMER = {
    "linkedin", "facebook", "twitter", "instagram", "youtube", "whatsapp", "snapchat",
    "tiktok", "pinterest", "reddit", "yelp", "craigslist", "ebay", "netflix", "spotify",
    "skype", "zoom", "google search", "google chrome", "mozilla firefox", "safari",
    "microsoft edge", "internet explorer", "facebook messenger", "wechat", "telegram",
    "x", "tumblr", "flickr", "vimeo", "amazon.com", "craigslist", "indeed", "glassdoor",
    "monster.com", "careerbuilder", "google maps", "google earth", "apple itunes", "itunes",
    "microsoft teams", "slack", "dropbox", "google drive", "box", "evernote", "onenote",
    "microsoft onenote", "microsoft outlook", "gmail", "yahoo mail", "apple mail",
    "opentable", "google scholar", "web of science", "researchgate", "google translate",
}

# O*NET entries that name a kind of software, not a product.
GENERIC = re.compile(
    r"(^|\s)(software|systems?|programs?|applications?|tools?|databases?|packages?|suites?"
    r"|utilities|products|services|solutions)$",
    re.IGNORECASE,
)
GENERIC_ACRONYMS = {
    "ERP", "CRM", "CAD", "CAM", "POS", "OCR", "GIS", "HRIS", "EHR", "EMR", "LMS", "CMS",
    "HR", "PDF", "VPN", "SCADA", "HMI", "PLC", "ATS", "BI", "ETL", "MRP", "WMS", "TMS",
    "DMS", "ECM", "CAE", "CAPP", "PACS", "LIMS", "RIS", "HIS", "PMS", "IDE", "PLM", "SDL",
}

# Vendor words and articles stripped from the front of a name for an extra alias.
VENDOR_WORDS = [
    "Amazon Web Services", "Amazon", "AWS", "Microsoft", "Oracle", "Apache", "Google", "IBM",
    "Atlassian", "Adobe", "Apple", "The MathWorks", "MathWorks", "Red Hat", "Eclipse", "SAP",
    "Cisco", "Autodesk", "Salesforce", "Facebook", "Meta", "JetBrains", "HashiCorp",
    "VMware", "Hewlett Packard Enterprise", "Hewlett-Packard", "HP", "Dell", "Intuit",
    "Teradata", "Informatica", "Bentley", "Dassault Systemes", "Trimble", "Esri", "ESRI",
    "SAS Institute", "Micro Focus", "Broadcom", "CA", "Citrix", "Sun Microsystems", "Novell",
    "Symantec", "Corel", "Intel", "NVIDIA", "Siemens", "Infor", "Epicor", "Sage", "Wolfram",
    "Minitab", "SmartBear", "Tricentis", "Progress", "Embarcadero", "Quest", "Unisys",
    "The", "A", "An",
]
VENDOR_WORDS.sort(key=len, reverse=True)

# Linguist languages never added (obscure, or words of ordinary text).
LINGUIST_SKIP = {
    "Text", "Public Key", "Option List", "Ignore List", "Checksums", "Git Attributes",
    "Git Config", "Git Revision List", "Raw token data", "Jest Snapshot", "Pickle",
    "Unix Assembly", "Motorola 68K Assembly", "Edje Data Collection", "Gerber Image",
    "Glyph", "Glyph Bitmap Distribution Format", "Wavefront Object", "Wavefront Material",
    "Slash", "Self", "Pan", "Pep8", "Ring", "Red", "Pony", "Grace", "Pike", "Boo", "Clean",
    "Nit", "Nu", "Ox", "Io", "E", "J", "Jasmin", "Genie", "Gosu", "Hy", "Mask", "Muse", "Pod",
    "Pod 6", "Pug", "Roff", "Roff Manpage", "Rouge", "Sage", "Shen", "Smali", "Stan", "Sway",
    "Volt", "World of Warcraft Addon Data", "Wollok", "Zimpl", "Zeek", "Easybuild", "Ecere Projects",
    "Filterscript", "Formatted", "Gemfile.lock", "Go Checksums", "Go Module", "Go Workspace",
    "HTML+ECR", "HTML+EEX", "HTML+ERB", "HTML+PHP", "HTML+Razor", "Ignore List",
    "JSON with Comments", "Jison Lex", "Readline Config", "Redirect Rules", "Record Jar",
    "Browserslist", "Dotenv", "EditorConfig", "Nginx", "Checksums", "Cabal Config",
    "Vim Script", "Vim Snippet", "Vim Help File", "Emacs Lisp", "Unity3D Asset", "Win32 Message File",
    "Windows Registry Entries", "X BitMap", "X PixMap", "X Font Directory Index",
    "XML Property List", "robots.txt", "Desktop", "Answer Set Programming", "Curry", "Frege",
    "Lean", "Lean 4", "Mercury", "Oz", "Pact", "Pascal", "Logos", "Mirah", "Mint", "Moonscript",
    "Rebol", "Reason", "Ren'Py", "Rez", "Sass", "SCSS", "Less", "Stylus", "Tea", "Turing",
    "Type Language", "Unified Parallel C", "Uno", "Wisp", "Yacc", "Zig", "Witcher Script",
}

ONET_CATEGORY = [
    ("Development environment", "tool"),
    ("Object or component oriented development", "language"),
    ("Web platform development", "framework"),
    ("Data base management system", "database"),
    ("Data base user interface and query", "database"),
    ("Data base reporting", "data-ml"),
    ("Operating system", "platform"),
    ("Network monitoring", "observability"),
    ("security", "security"),
    ("Program testing", "testing"),
    ("Configuration management", "devops"),
    ("File versioning", "tool"),
    ("Analytical or scientific", "data-ml"),
    ("Business intelligence", "data-ml"),
    ("Data mining", "data-ml"),
    ("Cloud-based", "cloud"),
    ("Application server", "platform"),
    ("Enterprise application integration", "platform"),
    ("Enterprise resource planning", "platform"),
    ("Customer relationship management", "platform"),
]

TOKEN = re.compile(r"[A-Za-z0-9\u0080-\uffff]+|[^\sA-Za-z0-9\u0080-\uffff]")


def norm(s):
    """The taxonomy's key: lower case, inner whitespace collapsed."""
    return " ".join(s.split()).lower()


def tokens(s):
    """The lexicon's key: word and punctuation tokens, lower case."""
    return "\0".join(t.lower() for t in TOKEN.findall(s))


def keys(form):
    out = {norm(form), tokens(form)}
    if " " in form and all(w.isalnum() for w in form.split()):
        out.add(tokens(form.replace(" ", "-")))
    if "/" in form and " " not in form:
        out.add(tokens(form.replace("/", "-")))
    return out


def load_words():
    for path in ("/usr/share/dict/words", "/usr/share/dict/american-english"):
        if os.path.exists(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                return {w.strip() for w in f if w.strip() and w.strip().islower()}
    sys.exit("longtail.py needs a word list: apt-get install wamerican")


class Tail:
    def __init__(self, words):
        self.words = words
        self.taken = {}  # key -> owner (name)
        self.skills = []
        self.stats = Counter()

    def ordinary(self, form):
        if form.lower() in EXTRA_WORDS:
            return True
        ws = [w.lower() for w in re.findall(r"[A-Za-z0-9']+", form)]
        if not ws:
            return True
        if form.upper() in COMMON_ACRONYMS:
            return True
        if len(ws) > 1 and any(w in BRAND_WORDS for w in ws):
            return False
        return all(self.word(w) for w in ws)

    def word(self, w):
        """An English word: in the word list (a plural too), or a two-letter function word."""
        if len(w) <= 2:
            return w in TWO_LETTER_WORDS
        if w in EXTRA_WORDS:
            return True
        return w in self.words or (len(w) > 3 and w.endswith("s") and w[:-1] in self.words)

    def free(self, form):
        return not any(k in self.taken for k in keys(form))

    def take(self, form, owner):
        for k in keys(form):
            self.taken[k] = owner

    def add(self, source, name, category, aliases, ambiguous_ok):
        """Add a skill; returns whether it was added. `ambiguous_ok`: an ordinary name may be
        kept as an exact-case ambiguous name (reviewed lists only)."""
        name = " ".join(name.split())
        if category not in CATEGORIES:
            raise SystemExit(f"{source}: {name}: unknown category {category!r}")
        forms = [name] + [a for a in (" ".join(a.split()) for a in aliases) if a]
        if norm(name) in CONSUMER:
            self.stats[f"{source}: consumer"] += 1
            return False
        if not self.free(name):
            self.stats[f"{source}: name taken"] += 1
            return False
        # Only curated names side by side ("React Redux"): the curated skills are found.
        if len(name.split()) > 1 and all(
            self.taken.get(norm(w), "").startswith("curated: ") for w in name.split()
        ):
            self.stats[f"{source}: curated names side by side"] += 1
            return False
        # An alias the curated taxonomy has: the same skill under another name.
        if any(self.taken.get(k, "").startswith("curated: ") for a in forms[1:] for k in keys(a)):
            self.stats[f"{source}: covered by a curated skill"] += 1
            return False
        ordinary_name = self.ordinary(name)
        if ordinary_name and (not ambiguous_ok or norm(name) in DENY_BARE):
            # Named by its first alias that is a product name, or dropped.
            rest = [a for a in forms[1:] if not self.ordinary(a) and self.free(a)
                    and len(a) > 2]
            if not rest or not ambiguous_ok:
                self.stats[f"{source}: ordinary name dropped"] += 1
                return False
            forms = rest
            name, ordinary_name = rest[0], False
        if len(name) <= 2:
            self.stats[f"{source}: too short"] += 1
            return False
        plain, exact, own = [], [], keys(name)
        for a in forms[1:]:
            # The same tokens as another form of this skill ("react-router", "React Router").
            if keys(a) & own or len(a) <= 2 or "|" in a or "\t" in a:
                continue
            if not self.free(a):
                self.stats[f"{source}: alias taken"] += 1
                continue
            if norm(a) in DENY_BARE:
                continue
            if len(a) <= 3 and a.isupper():
                # A short acronym in lower case is a word of some language ("ses").
                exact.append(a)
            elif self.ordinary(a):
                # One ordinary word ("Razor", "CLEAR", "Alpine") is too often just the word.
                if a.islower() or len(a.split()) == 1:
                    self.stats[f"{source}: ordinary alias dropped"] += 1
                    continue
                exact.append(a)
            else:
                plain.append(a)
            own |= keys(a)
        self.take(name, name)
        for a in plain + exact:
            self.take(a, name)
        self.skills.append((name, category, plain, ordinary_name, exact))
        self.stats[f"{source}: added"] += 1
        return True


SMALL_WORDS = {"of", "and", "for", "the", "to", "in", "on", "with", "a", "an", "de", "by", "or"}


def generic(name):
    """An O*NET example that describes software rather than naming it: "Geostatistical
    modeling", "Expression DNA and protein sequence", "Inventory management software"."""
    if GENERIC.search(name) or name.upper() in GENERIC_ACRONYMS or name[:1].islower():
        return True
    lower = [w for w in name.split()[1:] if w.isalpha() and w.islower() and w not in SMALL_WORDS]
    return len(lower) >= 2 or (lower and len(name.split()) <= 3)


def strip_vendor(name):
    for v in VENDOR_WORDS:
        if name.startswith(v + " ") and len(name) > len(v) + 4:
            return name[len(v) + 1:]
    return None


def curated(tail):
    with open(os.path.join(ROOT, "data", "taxonomy.yaml"), encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    for s in doc["skills"]:
        for form in [s["name"]] + s.get("aliases", []) + s.get("ambiguous_aliases", []):
            tail.take(str(form), "curated: " + s["name"])
    return len(doc["skills"])


def reviewed(tail):
    lists = os.path.join(HERE, "lists")
    for file in sorted(os.listdir(lists)):
        if not file.endswith(".tsv"):
            continue
        with open(os.path.join(lists, file), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    raise SystemExit(f"{file}:{n}: expected 3 tab-separated fields: {line!r}")
                name, aliases, category = parts
                aliases = [a for a in aliases.split("|") if a]
                v = strip_vendor(name)
                if v and not tail.ordinary(v):
                    aliases.append(v)
                tail.add("lists", name, category, aliases, ambiguous_ok=True)


def linguist(tail, data):
    with open(os.path.join(data, "github-linguist-languages", "languages.yml"),
              encoding="utf-8") as f:
        langs = yaml.safe_load(f)
    for name, info in langs.items():
        kind = info.get("type")
        if kind not in ("programming", "markup", "data", "query") or name in LINGUIST_SKIP:
            continue
        # Data languages only as one-word formats (JSON5, HOCON); the rest are files of
        # tools ("Git Commit", "IRC log").
        if kind == "data" and " " in name:
            continue
        exts = {e.lstrip(".").lower() for e in info.get("extensions", [])}
        aliases = [a for a in info.get("aliases", [])
                   if len(a) >= 5 and a.lower() not in exts and a.lower() != name.lower()]
        category = "protocol" if kind == "data" else "language"
        tail.add("linguist", str(name), category, aliases, ambiguous_ok=False)


def onet(tail, data):
    path = os.path.join(data, "onet-technology-skills", "Technology_Skills.txt")
    seen = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            ex = " ".join(row["Example"].split())
            seen.setdefault(ex, row["Commodity Title"])
    for ex, commodity in seen.items():
        name = re.sub(r"\s+software$", "", ex, flags=re.IGNORECASE)
        aliases = []
        words = name.split()
        # A trailing acronym ("Microsoft Dynamics Customer Relationship Management CRM").
        if len(words) >= 3 and re.fullmatch(r"[A-Z][A-Z0-9]+", words[-1]):
            acronym = words[-1]
            name = " ".join(words[:-1])
            if acronym in GENERIC_ACRONYMS:
                tail.stats["onet: generic"] += 1
                continue
            if (len(acronym) >= 4 and sum(c.isalpha() for c in acronym) >= 4
                    and acronym not in COMMON_ACRONYMS):
                aliases.append(acronym)
        if generic(name):
            tail.stats["onet: generic"] += 1
            continue
        v = strip_vendor(name)
        if v and not tail.ordinary(v):
            aliases.append(v)
        category = next((c for k, c in ONET_CATEGORY if k in commodity), "tool")
        tail.add("onet", name, category, aliases, ambiguous_ok=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data_dir")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "longtail.tsv"))
    args = ap.parse_args()
    tail = Tail(load_words())
    n_curated = curated(tail)
    reviewed(tail)
    linguist(tail, args.data_dir)
    onet(tail, args.data_dir)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(
            "# jobfit long-tail technology skills. Generated by tools/taxonomy/longtail.py from\n"
            "# tools/taxonomy/lists/*.tsv, GitHub Linguist (MIT) and O*NET Technology Skills\n"
            "# (CC BY 4.0); see NOTICE. Do not edit: change the lists or the script and rerun.\n"
            "# name\tcategory\taliases\tambiguous\tambiguous_aliases\n"
        )
        for name, category, plain, amb, exact in tail.skills:
            f.write(f"{name}\t{category}\t{'|'.join(plain)}\t{int(amb)}\t{'|'.join(exact)}\n")
    if args.stats:
        print(f"curated skills: {n_curated}; long-tail skills: {len(tail.skills)}")
        for k, v in sorted(tail.stats.items()):
            print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
