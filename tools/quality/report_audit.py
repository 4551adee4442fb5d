#!/usr/bin/env python3
"""Audit `jobfit match` reports on the ranking benchmark's real postings (every profile x posting).

Usage: tools/quality/report_audit.py PATH/TO/jobfit [--as-of 2026-12] [--show N]

Counts, over all reports: evidence quotes with no matched words (`match` absent, so nothing is
emphasised), the same quote twice under one requirement or one narrative theme, soft skills or
domains with score weight, and narrative quotes that are skill notes or the headline. Prints up
to N examples of each problem. Standard library only.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.join(HERE, "..", "rankbench")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jobfit")
    ap.add_argument("--as-of", default="2026-12")
    ap.add_argument("--show", type=int, default=5)
    a = ap.parse_args()
    profiles = sorted(f[:-5] for f in os.listdir(os.path.join(BENCH, "profiles")) if f.endswith(".yaml"))
    postings = sorted(f for f in os.listdir(os.path.join(BENCH, "postings")) if f.endswith(".txt"))
    problems = {"no match": [], "repeated": [], "soft scored": [], "label in story": []}
    quotes = reports = 0
    for p in profiles:
        for j in postings:
            out = subprocess.run(
                [a.jobfit, "--as-of", a.as_of, "match",
                 os.path.join(BENCH, "profiles", p + ".yaml"),
                 os.path.join(BENCH, "postings", j), "-f", "json"],
                capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f"{p} {j}: {out.stderr}")
            r = json.loads(out.stdout)
            reports += 1
            for req in r["requirements"]:
                texts = [e["text"] for e in req["evidence"]]
                quotes += len(texts)
                if len(set(texts)) != len(texts):
                    problems["repeated"].append(f"{p} {j} {req['skill']}")
                for e in req["evidence"]:
                    if "match" not in e:
                        problems["no match"].append(f"{p} {j} {req['skill']}: {e['text'][:80]} ({e['source']})")
                if req["kind"] in ("soft", "domain") and req["weight"] > 0:
                    problems["soft scored"].append(f"{p} {j} {req['skill']}")
            for t in r["narrative"]:
                texts = [e["text"] for e in t["evidence"]]
                if len(set(texts)) != len(texts):
                    problems["repeated"].append(f"{p} {j} theme {t['title']}")
                for e in t["evidence"]:
                    if e["source"].startswith("skills[") or e["source"] == "headline":
                        problems["label in story"].append(f"{p} {j} {t['title']}: {e['source']}")
    print(f"{reports} reports, {quotes} evidence quotes")
    for k, v in problems.items():
        print(f"{k}: {len(v)}")
        for x in v[: a.show]:
            print(f"    {x}")


if __name__ == "__main__":
    main()
