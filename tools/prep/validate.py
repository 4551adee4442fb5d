#!/usr/bin/env python3
"""Check the interview-prep bank (data/prep/*.yaml) against the taxonomy and the format.

Usage: tools/prep/validate.py [REPO_ROOT]

Checks data/prep/technologies.yaml: only the keys `technologies` and `categories`; every entry has
`skill`, `questions`, `review` and nothing else; every skill resolves to a data/taxonomy.yaml name
or alias (case-insensitive; a non-canonical spelling is an error too, since the bank is keyed by
the canonical name); no skill twice; >= 3 questions and >= 3 review topics each, no repeats, review
topics <= 8 words; every category of the taxonomy's schema comment has a fallback with >= 3
questions and >= 3 review topics that use {skill}; every technology of tools/prep/top_technologies.tsv
has an entry. Checks data/prep/behavioral.yaml: >= 12 behavioral themes with lowercase cues,
>= 12 system-design entries plus exactly one default (`cues: []`), >= 16 questions to ask with
`when` mentioned | unsaid (some unsaid), advice rules covering every `when` kind, red flags with
cues. Only the placeholders {skill} and {cue} are allowed. Prints counts, then the problems; exit
status 1 when there is any. Uses PyYAML when installed, else a minimal parser for this format.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

MIN_Q, MIN_R, MAX_REVIEW_WORDS = 3, 3, 8
WHEN_KINDS = [
    "required_gap", "partial", "learning", "strong_theme",
    "low_experience", "no_quantified_wins", "weak_fit", "red_flag", "unsaid",
]
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

try:
    import yaml  # type: ignore

    def load_yaml(path):
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)

    PARSER = "PyYAML"
except ImportError:  # pragma: no cover - exercised only without PyYAML
    yaml = None
    PARSER = "minimal parser"

    def _scalar(s):
        s = s.strip()
        if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'":
            inner = s[1:-1]
            return inner.replace('\\"', '"') if s[0] == '"' else inner.replace("''", "'")
        return s

    def _flow_list(s):
        s = s.strip()[1:-1].strip()
        return [_scalar(x) for x in re.findall(r'"(?:[^"\\]|\\.)*"|[^,]+', s) if x.strip()] if s else []

    def _value(s):
        s = s.strip()
        return _flow_list(s) if s.startswith("[") else _scalar(s)

    def load_yaml(path):
        """Enough YAML for data/prep: top-level keys -> lists of flat maps whose values are
        scalars, flow lists or block lists of scalars."""
        doc, top, item, key = {}, None, None, None
        with open(path, encoding="utf-8") as f:
            for raw in f:
                line = raw.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                ind = len(line) - len(line.lstrip())
                s = line.strip()
                if ind == 0:
                    top = s.rstrip(":")
                    doc[top] = []
                elif s.startswith("- ") and ":" in s and ind <= 4 and (item is None or ind <= item["_ind"]):
                    k, _, v = s[2:].partition(":")
                    item = {"_ind": ind, k.strip(): _value(v) if v.strip() else []}
                    key = k.strip()
                    doc[top].append(item)
                elif s.startswith("- "):
                    item[key].append(_scalar(s[2:]))
                else:
                    k, _, v = s.partition(":")
                    key = k.strip()
                    item[key] = _value(v) if v.strip() else []
        for items in doc.values():
            for it in items:
                it.pop("_ind", None)
        return doc


def taxonomy(path):
    """({lowercased name or alias: canonical name}, [schema categories])."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"#\s+category\s+one of:(.*?)#\s+kind", text, re.S)
    cats = re.findall(r"[a-z][a-z-]*", re.sub(r"#", " ", m.group(1))) if m else []
    lookup = {}
    if yaml is not None:
        for s in yaml.safe_load(text)["skills"]:
            for form in [s["name"]] + list(s.get("aliases") or []) + list(s.get("ambiguous_aliases") or []):
                lookup.setdefault(str(form).lower(), s["name"])
        return lookup, cats
    name, in_aliases = None, False
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("- name:"):
            name = s[len("- name:"):].strip().strip("\"'")
            lookup.setdefault(name.lower(), name)
            in_aliases = False
        elif name and re.match(r"(ambiguous_)?aliases:", s):
            v = s.split(":", 1)[1].strip()
            in_aliases = not v
            if v.startswith("["):
                for a in _flow_list(v):
                    lookup.setdefault(a.lower(), name)
        elif in_aliases and s.startswith("- "):
            lookup.setdefault(s[2:].strip().strip("\"'").lower(), name)
        elif s and not s.startswith("#"):
            in_aliases = False
    return lookup, cats


def strings(problems, where, value, minimum, max_words=None, need_skill=False):
    """Check a list of non-empty, distinct strings; returns the list (or [])."""
    if not isinstance(value, list):
        problems.append(f"{where}: must be a list")
        return []
    if len(value) < minimum:
        problems.append(f"{where}: {len(value)} items, need >= {minimum}")
    seen = set()
    for i, v in enumerate(value):
        if not isinstance(v, str) or not v.strip():
            problems.append(f"{where}[{i}]: empty or not a string")
            continue
        if v.lower() in seen:
            problems.append(f"{where}[{i}]: repeated: {v!r}")
        seen.add(v.lower())
        if max_words and len(v.split()) > max_words:
            problems.append(f"{where}[{i}]: {len(v.split())} words (> {max_words}): {v!r}")
        bad = set(PLACEHOLDER.findall(v)) - {"skill"}
        if bad:
            problems.append(f"{where}[{i}]: unknown placeholder {sorted(bad)}")
    if need_skill and value and not any("{skill}" in v for v in value if isinstance(v, str)):
        problems.append(f"{where}: no item uses {{skill}}")
    return value


def check_technologies(path, lookup, cats, top_path, problems):
    doc = load_yaml(path) or {}
    extra = set(doc) - {"technologies", "categories"}
    if extra:
        problems.append(f"technologies.yaml: unknown top-level keys {sorted(extra)}")
    counts = {"skills": 0, "questions": 0, "review": 0}
    seen = {}
    for i, e in enumerate(doc.get("technologies") or []):
        where = f"technologies[{i}]"
        if not isinstance(e, dict):
            problems.append(f"{where}: not a map")
            continue
        skill = e.get("skill")
        where = f"technologies[{i}] ({skill})"
        for k in sorted(set(e) - {"skill", "questions", "review"}):
            problems.append(f"{where}: unknown key {k!r}")
        for k in ("skill", "questions", "review"):
            if k not in e:
                problems.append(f"{where}: missing {k!r}")
        canon = lookup.get(str(skill).lower())
        if canon is None:
            problems.append(f"{where}: skill not in data/taxonomy.yaml")
        elif canon != skill:
            problems.append(f"{where}: write the canonical name {canon!r}")
        key = canon or str(skill).lower()
        if key in seen:
            problems.append(f"{where}: duplicate of technologies[{seen[key]}]")
        seen[key] = i
        q = strings(problems, where + ".questions", e.get("questions"), MIN_Q)
        r = strings(problems, where + ".review", e.get("review"), MIN_R, MAX_REVIEW_WORDS)
        for v in q + r:
            if isinstance(v, str) and "{skill}" in v:
                problems.append(f"{where}: {{skill}} belongs in category templates only")
                break
        counts["skills"] += 1
        counts["questions"] += len(q)
        counts["review"] += len(r)
    have = set()
    for i, c in enumerate(doc.get("categories") or []):
        cat = c.get("category") if isinstance(c, dict) else None
        where = f"categories[{i}] ({cat})"
        if cat not in cats:
            problems.append(f"{where}: not a category of the taxonomy schema")
        if cat in have:
            problems.append(f"{where}: duplicate category")
        have.add(cat)
        for k in sorted(set(c) - {"category", "questions", "review"}):
            problems.append(f"{where}: unknown key {k!r}")
        strings(problems, where + ".questions", c.get("questions"), MIN_Q, need_skill=True)
        strings(problems, where + ".review", c.get("review"), MIN_R, MAX_REVIEW_WORDS, need_skill=True)
    for cat in cats:
        if cat not in have:
            problems.append(f"categories: no fallback for category {cat!r}")
    counts["categories"] = len(have & set(cats))
    if os.path.exists(top_path):
        with open(top_path, encoding="utf-8") as f:
            top = [ln.split("\t")[1] for ln in f.read().splitlines()[1:] if ln.strip()]
        missing = [t for t in top if t not in seen]
        counts["top"] = len(top)
        counts["top_covered"] = len(top) - len(missing)
        for t in missing:
            problems.append(f"top_technologies.tsv: {t!r} has no entry in technologies.yaml")
    return counts


def check_behavioral(path, problems):
    doc = load_yaml(path) or {}
    extra = set(doc) - {"behavioral", "system_design", "ask", "advice"}
    if extra:
        problems.append(f"behavioral.yaml: unknown top-level keys {sorted(extra)}")

    def cues_ok(where, cues, allow_empty=False):
        if not isinstance(cues, list) or (not cues and not allow_empty):
            problems.append(f"{where}.cues: need a non-empty list")
            return
        for c in cues:
            if not isinstance(c, str) or not c.strip() or c != c.lower():
                problems.append(f"{where}.cues: {c!r} must be a non-empty lowercase string")

    def text_ok(where, text, allowed):
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: empty text")
            return
        bad = set(PLACEHOLDER.findall(text)) - allowed
        if bad:
            problems.append(f"{where}: placeholder {sorted(bad)} not allowed here")

    def keys_ok(where, e, required, optional=()):
        for k in required:
            if k not in e:
                problems.append(f"{where}: missing {k!r}")
        for k in sorted(set(e) - set(required) - set(optional)):
            problems.append(f"{where}: unknown key {k!r}")

    beh = doc.get("behavioral") or []
    themes = set()
    for i, e in enumerate(beh):
        where = f"behavioral[{i}] ({e.get('theme')})"
        keys_ok(where, e, ("theme", "question", "cues"))
        themes.add(e.get("theme"))
        cues_ok(where, e.get("cues"))
        text_ok(where + ".question", e.get("question"), set())
    if len(themes) < 12:
        problems.append(f"behavioral: {len(themes)} themes, need >= 12")
    sd = doc.get("system_design") or []
    defaults = 0
    for i, e in enumerate(sd):
        where = f"system_design[{i}]"
        keys_ok(where, e, ("cues", "question"))
        cues_ok(where, e.get("cues"), allow_empty=True)
        defaults += e.get("cues") == []
        text_ok(where + ".question", e.get("question"), set())
    if len(sd) - defaults < 12:
        problems.append(f"system_design: {len(sd) - defaults} domain entries, need >= 12")
    if defaults != 1:
        problems.append(f"system_design: {defaults} default entries (cues: []), need exactly 1")
    ask = doc.get("ask") or []
    unsaid = 0
    for i, e in enumerate(ask):
        where = f"ask[{i}] ({e.get('topic')})"
        keys_ok(where, e, ("topic", "cues", "question", "when"))
        cues_ok(where, e.get("cues"))
        text_ok(where + ".question", e.get("question"), set())
        if e.get("when") not in ("mentioned", "unsaid"):
            problems.append(f"{where}: when must be mentioned or unsaid")
        unsaid += e.get("when") == "unsaid"
    if len(ask) < 16:
        problems.append(f"ask: {len(ask)} entries, need >= 16")
    if not unsaid:
        problems.append("ask: no `unsaid` entry")
    adv = doc.get("advice") or []
    kinds = set()
    for i, e in enumerate(adv):
        where = f"advice[{i}] ({e.get('when')})"
        red = e.get("when") in ("red_flag", "unsaid")
        extra = {"red_flag": ("cues",), "unsaid": ("cues", "unless")}.get(e.get("when"), ())
        keys_ok(where, e, ("when", "text") + extra)
        if e.get("when") not in WHEN_KINDS:
            problems.append(f"{where}: when must be one of {WHEN_KINDS}")
        kinds.add(e.get("when"))
        if red:
            cues_ok(where, e.get("cues"))
        if e.get("when") == "unsaid":
            cues_ok(where + ".unless", e.get("unless"))
        text_ok(where + ".text", e.get("text"), {"cue"} if red else {"skill"})
    for k in WHEN_KINDS:
        if k not in kinds:
            problems.append(f"advice: no rule for when: {k}")
    return {
        "themes": len(themes), "system_design": len(sd), "defaults": defaults,
        "ask": len(ask), "unsaid": unsaid, "advice": len(adv), "advice_kinds": len(kinds & set(WHEN_KINDS)),
    }


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else REPO
    lookup, cats = taxonomy(os.path.join(root, "data", "taxonomy.yaml"))
    problems = []
    if len(cats) < 10:
        problems.append(f"taxonomy schema comment: found only {len(cats)} categories")
    t = check_technologies(
        os.path.join(root, "data", "prep", "technologies.yaml"), lookup, cats,
        os.path.join(root, "tools", "prep", "top_technologies.tsv"), problems,
    )
    b = check_behavioral(os.path.join(root, "data", "prep", "behavioral.yaml"), problems)
    print(f"parser: {PARSER}")
    print(
        f"technologies.yaml: {t['skills']} skills, {t['questions']} questions, {t['review']} review topics; "
        f"{t['categories']}/{len(cats)} category fallbacks; top_technologies.tsv: "
        f"{t.get('top_covered', '?')}/{t.get('top', '?')} covered"
    )
    print(
        f"behavioral.yaml: {b['themes']} behavioral themes, {b['system_design']} system-design entries "
        f"({b['defaults']} default), {b['ask']} questions to ask ({b['unsaid']} unsaid), "
        f"{b['advice']} advice rules ({b['advice_kinds']}/{len(WHEN_KINDS)} kinds)"
    )
    for p in problems:
        print(f"error: {p}")
    print("ok" if not problems else f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
