#!/usr/bin/env python3
"""Count the technologies that occur most in real job postings, for the interview-prep bank.

Usage: tools/prep/top_technologies.py JOBFIT_BINARY SHARED_DATA_DIR [--top 300] [--out FILE]

Runs `JOBFIT_BINARY extract - -f json` over every real posting of SkillSpan train + dev
(SHARED_DATA_DIR/skillspan/{train,dev}.json, sentences grouped per (split, source, idx) and
detokenised with tools/bench/make_corpus.py's `detokenise`: 188 postings) and over every sentence
of the Green et al. test set (SHARED_DATA_DIR/green-job-description-entities/testset.conll.txt:
336 sentences from UK ads of all sectors, no posting ids, so each sentence counts as one unit).
For each skill whose `kind` is "technology" it counts the units that name it (a unit counts once
however often it repeats the skill), and writes the most frequent ones as TSV:

    rank  skill  category  postings  skillspan  green

sorted by postings (descending), then SkillSpan count, then name. Skills that tie at the cut-off
are all kept only up to --top. When fewer than --top technologies occur at all, the list is padded
with the taxonomy's remaining technologies of the categories that occur most, marked with count 0,
so the bank's coverage target stays a fixed, reproducible list. Deterministic; standard library only.
SkillSpan: Zhang et al., NAACL 2022 (MIT). Green et al., LREC 2022 (CC BY 4.0). See NOTICE.
"""

import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "tools", "bench"))
from make_corpus import detokenise  # noqa: E402


def skillspan_postings(data_dir):
    """[(id, text)] of SkillSpan train + dev, one text per posting, sentences one per line."""
    posts = {}
    for split in ("train", "dev"):
        path = os.path.join(data_dir, "skillspan", f"{split}.json")
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                d = json.loads(line)
                s = detokenise(d["tokens"])
                if s:
                    posts.setdefault(f"{split}-{d['source']}-{d['idx']:03}", []).append(s)
    return [(k, "\n".join(v) + "\n") for k, v in sorted(posts.items())]


def green_sentences(data_dir):
    """[(id, text)], one per sentence of the Green et al. CoNLL test set."""
    path = os.path.join(data_dir, "green-job-description-entities", "testset.conll.txt")
    out, tokens = [], []
    with open(path, encoding="utf-8") as f:
        for line in list(f) + [""]:
            parts = line.split()
            if parts:
                tokens.append(parts[0])
            elif tokens:
                out.append((f"green-{len(out) + 1:03}", detokenise(tokens) + "\n"))
                tokens = []
    return out


def technologies(binary, text):
    """{name: category} of the kind == "technology" skills `jobfit extract` finds in text."""
    res = subprocess.run(
        [binary, "extract", "-", "-f", "json", "--color", "never"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=True,
    )
    job = json.loads(res.stdout)
    return {s["name"]: s.get("category", "") for s in job.get("skills", []) if s.get("kind") == "technology"}


def taxonomy_technologies(path):
    """[(name, category)] of the taxonomy's technology-kind skills, in file order (no YAML lib)."""
    non_tech = {"practice", "leadership", "soft", "spoken-language", "domain"}
    out, cur = [], None

    def flush():
        if cur and cur.get("name"):
            kind = cur.get("kind") or ("technology" if cur.get("category") not in non_tech else "")
            if kind == "technology":
                out.append((cur["name"], cur.get("category", "")))

    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if s.startswith("- name:"):
                flush()
                cur = {"name": s[len("- name:"):].strip().strip("\"'")}
            elif cur is not None and line.startswith("    ") and ":" in s and not s.startswith("-"):
                k, _, v = s.partition(":")
                if k in ("category", "kind"):
                    cur[k] = v.split("#")[0].strip()
    flush()
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary")
    ap.add_argument("data_dir")
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--out", default=os.path.join(HERE, "top_technologies.tsv"))
    ap.add_argument("--taxonomy", default=os.path.join(REPO, "data", "taxonomy.yaml"))
    args = ap.parse_args()

    units = [("skillspan", u) for u in skillspan_postings(args.data_dir)]
    units += [("green", u) for u in green_sentences(args.data_dir)]
    counts = {"skillspan": collections.Counter(), "green": collections.Counter()}
    category = {}
    for source, (_uid, text) in units:
        for name, cat in technologies(args.binary, text).items():
            counts[source][name] += 1
            category[name] = cat
    total = counts["skillspan"] + counts["green"]
    ranked = sorted(total, key=lambda n: (-total[n], -counts["skillspan"][n], n.lower()))[: args.top]
    seen = len(ranked)
    if len(ranked) < args.top:
        # Pad with never-seen technologies, categories by how often they occur, then file order.
        by_cat = collections.Counter()
        for n in total:
            by_cat[category[n]] += total[n]
        rest = [(n, c) for n, c in taxonomy_technologies(args.taxonomy) if n not in total]
        order = {n: i for i, (n, _c) in enumerate(rest)}
        rest.sort(key=lambda nc: (-by_cat[nc[1]], order[nc[0]]))
        for n, c in rest[: args.top - len(ranked)]:
            ranked.append(n)
            category[n] = c
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("rank\tskill\tcategory\tpostings\tskillspan\tgreen\n")
        for i, n in enumerate(ranked, 1):
            f.write(f"{i}\t{n}\t{category[n]}\t{total[n]}\t{counts['skillspan'][n]}\t{counts['green'][n]}\n")
    n_ss = sum(1 for s, _ in units if s == "skillspan")
    print(
        f"{n_ss} SkillSpan postings + {len(units) - n_ss} Green sentences; {len(total)} technologies "
        f"occur; wrote {len(ranked)} ({seen} seen, {len(ranked) - seen} padded) to {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
