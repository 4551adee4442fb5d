#!/usr/bin/env python3
"""Do `jobfit prep`'s technical questions follow the posting? Figures on real postings.

Usage: tools/prep/coverage.py PATH/TO/jobfit [--per-profile 2] [--as-of 2026-12]

Takes the ranking benchmark (tools/rankbench: real SkillSpan postings and profiles of seven
stacks), and for each profile the postings judged most relevant to it (grade, then name), and runs
    jobfit --as-of AS_OF match PROFILE POSTING -f json
    jobfit --as-of AS_OF prep  PROFILE POSTING -f json
It prints, per pair, how many of the posting's required technologies (kind technology,
importance required) get a technical question, how many of all its technologies do, and the
largest overlap (Jaccard of question sets) with any other pack; then the totals, and every quote
(highlights, technical evidence, stories, fit evidence) not found verbatim in the profile file
(whitespace folded, as YAML folds it). Standard library only.
"""

import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.join(HERE, "..", "rankbench")


def tsv(name):
    with open(os.path.join(BENCH, name), encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip()][1:]


def run(args):
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode not in (0,):
        sys.exit(f"{' '.join(args)}: exit {out.returncode}\n{out.stderr}")
    return json.loads(out.stdout)


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def quotes(pack):
    for t in pack["technical_questions"]:
        yield from t["evidence"]
    yield from pack["highlights"]
    for b in pack["behavioral_questions"]:
        if b["story"]:
            yield b["story"]
    for theme in pack["fit"]:
        yield from theme.get("evidence", [])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jobfit")
    ap.add_argument("--per-profile", type=int, default=2)
    ap.add_argument("--as-of", default="2026-12")
    a = ap.parse_args()
    profiles = sorted({p for p, _ in tsv("splits.tsv")})
    grades = {}
    for p, posting, g in tsv("judgments.tsv"):
        grades.setdefault(p, []).append((-int(g), posting))
    rows = []
    for p in profiles:
        prof = os.path.join(BENCH, "profiles", p + ".yaml")
        text = fold(open(prof, encoding="utf-8").read().replace('"', "").replace("'", ""))
        for _, posting in sorted(grades[p])[: a.per_profile]:
            job = os.path.join(BENCH, "postings", posting + ".txt")
            base = [a.jobfit, "--as-of", a.as_of]
            report = run(base + ["match", prof, job, "-f", "json"])
            pack = run(base + ["prep", prof, job, "-f", "json"])
            tech = [r for r in report["requirements"] if r["kind"] == "technology"]
            req = {r["skill"] for r in tech if r["importance"] == "required"}
            every = {r["skill"] for r in tech}
            asked = {t["skill"] for t in pack["technical_questions"]}
            qs = {t["question"] for t in pack["technical_questions"]}
            bad = [q["text"] for q in quotes(pack)
                   if fold(q["text"].replace('"', "").replace("'", "")) not in text]
            rows.append((p, posting, req, every, asked, qs, bad))
    print(f"{'profile':20} {'posting':16} {'required asked':>15} {'all asked':>10} {'max overlap':>12}")
    tot = [0, 0, 0, 0]
    worst = 0.0
    for i, (p, posting, req, every, asked, qs, bad) in enumerate(rows):
        overlap = max((len(qs & o[5]) / max(1, len(qs | o[5]))
                       for j, o in enumerate(rows) if j != i and o[1] != posting), default=0.0)
        worst = max(worst, overlap)
        tot[0] += len(req & asked); tot[1] += len(req)
        tot[2] += len(every & asked); tot[3] += len(every)
        print(f"{p:20} {posting:16} {len(req & asked):>7}/{len(req):<7} "
              f"{len(every & asked):>4}/{len(every):<5} {overlap:>12.2f}")
        for q in bad:
            print(f"    NOT VERBATIM: {q}")
        missing = sorted(req - asked)
        if missing:
            print(f"    required, no question: {', '.join(missing)}")
    print(f"\n{len(rows)} packs: required technologies asked {tot[0]}/{tot[1]}"
          f" ({tot[0] / max(1, tot[1]):.0%}), all technologies {tot[2]}/{tot[3]}"
          f" ({tot[2] / max(1, tot[3]):.0%}); largest overlap between two packs {worst:.2f};"
          f" quotes not verbatim: {sum(len(r[6]) for r in rows)}")


if __name__ == "__main__":
    main()
