#!/usr/bin/env python3
"""Write the ranking benchmark's postings: real SkillSpan job ads as plain text.

Usage: tools/rankbench/make_postings.py [SHARED_DATA_DIR] [--out DIR] [--all]

Reads SHARED_DATA_DIR/skillspan/{train,dev}.json (default: ../shared/data from the repo root),
groups sentences by posting (split, source, idx), detokenises them with tools/bench/make_corpus.py's
`detokenise` (placeholders <ORGANIZATION> → Acme, <LOCATION> → Copenhagen, …) and writes each
posting as OUT/{split}-{source}-{idx:03}.txt, its sentences in order, one per line. Only the
postings listed in SELECTED are written (all of them with --all, for browsing). Deterministic;
standard library only. SkillSpan: Zhang et al., NAACL 2022, MIT licence (see NOTICE.md).
"""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "tools", "bench"))
from make_corpus import detokenise  # noqa: E402

# The benchmark's postings: (split, source, [idx, …]).
SELECTED_IDS = [
    ("train", "tech", [
        1, 3, 4, 6, 10, 14, 16, 19, 20, 21, 22, 23, 27, 28, 29, 30, 31, 32, 33, 35, 36, 40, 41, 43,
        44, 45, 46, 50, 51, 56, 57, 58, 59, 60, 61, 62, 63, 65, 67, 68, 71, 73, 74, 76, 77, 78, 79, 80,
    ]),
    ("dev", "tech", [1, 2, 3, 7, 8, 9, 10, 14, 15, 16, 17, 19, 20, 22, 26, 29]),
    ("train", "house", [84, 95, 111, 112, 113, 117, 121, 130]),
    ("dev", "house", [47, 58]),
]
SELECTED = [(split, source, idx) for split, source, ids in SELECTED_IDS for idx in ids]

# dev tech 29 is two Stack Overflow ads under one idx (a Camunda/Java developer, then a data
# engineer, whose header starts at sentence 93 counted from 1): written as …-029-1 and …-029-2.
PARTS = {("dev", "tech", 29): [0, 92]}


def load(data_dir):
    """{(split, source, idx): [sentence, …]} in file order."""
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
                    posts.setdefault((split, d["source"], d["idx"]), []).append(s)
    return posts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", nargs="?", default=os.path.join(REPO, "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(HERE, "postings"))
    ap.add_argument("--all", action="store_true", help="write every posting (for browsing)")
    args = ap.parse_args()

    posts = load(args.data_dir)
    keys = sorted(posts) if args.all else SELECTED
    missing = [k for k in keys if k not in posts]
    if missing:
        sys.exit(f"not in {args.data_dir}: {missing}")
    os.makedirs(args.out, exist_ok=True)
    written = 0
    for key in keys:
        split, source, idx = key
        sentences = posts[key]
        starts = PARTS.get(key, [0])
        for n, start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else len(sentences)
            suffix = f"-{n + 1}" if len(starts) > 1 else ""
            name = f"{split}-{source}-{idx:03}{suffix}.txt"
            with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
                f.write("\n".join(sentences[start:end]) + "\n")
            written += 1
    print(f"{written} postings in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
