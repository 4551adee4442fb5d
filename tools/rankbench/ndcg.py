#!/usr/bin/env python3
"""nDCG@10 of `jobfit rank` on the ranking benchmark, beside a TF-IDF baseline.

Usage: tools/rankbench/ndcg.py PATH/TO/jobfit [--k 10] [--as-of 2026-12]
       tools/rankbench/ndcg.py PATH/TO/jobfit --show PROFILE [--allow-heldout]

For every profile in splits.tsv it runs
    jobfit --as-of AS_OF rank profiles/PROFILE.yaml postings -f jsonl
and scores the order against judgments.tsv (graded relevance 0-3, every profile x posting pair
judged by hand before jobfit was run on them). nDCG@k uses the standard gain 2^rel - 1 and a
log2(rank + 1) discount; the ideal order is all judged postings sorted by grade. A posting that
jobfit skips counts as ranked after all others.

The baseline ranks the same postings by TF-IDF cosine similarity between the profile's YAML
text and each posting's text: lowercase word tokens (\\w+), raw term counts, smoothed idf
ln((1 + N) / (1 + df)) + 1 over the N postings, ties broken by file name.

--show PROFILE prints jobfit's top 15 with the judged grades and where the grade-3 postings
landed. Tune profiles only, unless --allow-heldout: held-out profiles are for the final table.
Standard library only.
"""

import argparse
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
POSTINGS = os.path.join(HERE, "postings")
PROFILES = os.path.join(HERE, "profiles")


def read_tsv(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    return rows[1:]  # header


def load_judgments():
    """{profile: {posting: grade}}"""
    out = {}
    for profile, posting, grade in read_tsv("judgments.tsv"):
        out.setdefault(profile, {})[posting] = int(grade)
    return out


def posting_names():
    return sorted(f[:-4] for f in os.listdir(POSTINGS) if f.endswith(".txt"))


def dcg(grades, k):
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades[:k]))


def ndcg(order, judged, k):
    """nDCG@k of `order` (posting names, best first) against {posting: grade}."""
    ideal = dcg(sorted(judged.values(), reverse=True), k)
    if ideal == 0:
        return 0.0
    return dcg([judged.get(p, 0) for p in order], k) / ideal


def run_jobfit(jobfit, profile, as_of):
    """jobfit's rows for a profile, best first: [{"rank", "score", "title", "id", …}]."""
    cmd = [jobfit, "--color", "never", "--as-of", as_of, "rank",
           os.path.join(PROFILES, profile + ".yaml"), POSTINGS, "-f", "jsonl"]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr}")
    rows = [json.loads(line) for line in p.stdout.splitlines() if line.strip()]
    for r in rows:
        r["name"] = os.path.splitext(os.path.basename(r["id"]))[0]
    return rows


def tokens(text):
    return re.findall(r"\w+", text.lower())


class TfIdf:
    def __init__(self, names):
        self.vectors = {}
        counts = {}
        for n in names:
            with open(os.path.join(POSTINGS, n + ".txt"), encoding="utf-8") as f:
                counts[n] = Counter(tokens(f.read()))
        df = Counter(t for c in counts.values() for t in c)
        total = len(names)
        self.idf = {t: math.log((1 + total) / (1 + d)) + 1 for t, d in df.items()}
        self.default_idf = math.log(1 + total) + 1
        for n, c in counts.items():
            self.vectors[n] = self.weigh(c)

    def weigh(self, counts):
        v = {t: tf * self.idf.get(t, self.default_idf) for t, tf in counts.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        return {t: w / norm for t, w in v.items()}

    def rank(self, text):
        q = self.weigh(Counter(tokens(text)))
        scored = [(-sum(w * v.get(t, 0.0) for t, w in q.items()), n) for n, v in self.vectors.items()]
        return [n for _, n in sorted(scored)]


def show(jobfit, profile, split, judged, as_of, k):
    rows = run_jobfit(jobfit, profile, as_of)
    print(f"{profile} ({split}): jobfit nDCG@{k} = {ndcg([r['name'] for r in rows], judged, k):.3f}")
    print(f"{'rank':>4} {'score':>6} {'grade':>5}  posting               title")
    for r in rows[:15]:
        print(f"{r['rank']:>4} {r['score']:>6.1f} {judged.get(r['name'], '?'):>5}  "
              f"{r['name']:<21} {r['title'][:60]}")
    at = {r["name"]: r["rank"] for r in rows}
    for g in (3, 2):
        best = sorted((at.get(p, len(rows) + 1), p) for p, x in judged.items() if x == g)
        print(f"grade {g} at ranks: " + ", ".join(f"{n} {p}" for n, p in best))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("jobfit", help="path to the jobfit binary")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--as-of", default="2026-12",
                    help="month `present` stands for in the profiles (default 2026-12)")
    ap.add_argument("--show", metavar="PROFILE", help="print jobfit's top 15 for PROFILE")
    ap.add_argument("--allow-heldout", action="store_true",
                    help="let --show print a held-out profile")
    args = ap.parse_args()

    splits = dict((p, s) for p, s in read_tsv("splits.tsv"))
    judgments = load_judgments()
    names = posting_names()
    for profile in splits:
        missing = set(names) - set(judgments.get(profile, {}))
        if missing:
            sys.exit(f"{profile}: {len(missing)} postings not judged, e.g. {sorted(missing)[0]}")

    if args.show:
        if args.show not in splits:
            sys.exit(f"unknown profile {args.show!r}; one of: {', '.join(splits)}")
        if splits[args.show] != "tune" and not args.allow_heldout:
            sys.exit(f"{args.show} is held out: its ranking is not for inspection "
                     "(--allow-heldout overrides)")
        show(args.jobfit, args.show, splits[args.show], judgments[args.show], args.as_of, args.k)
        return

    tfidf = TfIdf(names)
    k = args.k
    results = []
    print(f"{len(names)} postings, {len(splits)} profiles, nDCG@{k}, as of {args.as_of}")
    print(f"{'profile':<22} {'split':<8} {'jobfit':>7} {'tf-idf':>7}")
    for profile, split in splits.items():
        judged = judgments[profile]
        order = [r["name"] for r in run_jobfit(args.jobfit, profile, args.as_of)]
        with open(os.path.join(PROFILES, profile + ".yaml"), encoding="utf-8") as f:
            base = tfidf.rank(f.read())
        j, t = ndcg(order, judged, k), ndcg(base, judged, k)
        results.append((split, j, t))
        print(f"{profile:<22} {split:<8} {j:>7.3f} {t:>7.3f}")
    for label, keep in (("mean tune", "tune"), ("mean heldout", "heldout"), ("mean all", None)):
        sel = [(j, t) for s, j, t in results if keep is None or s == keep]
        if sel:
            print(f"{label:<31} {sum(j for j, _ in sel) / len(sel):>7.3f} "
                  f"{sum(t for _, t in sel) / len(sel):>7.3f}")


if __name__ == "__main__":
    main()
