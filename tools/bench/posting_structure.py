#!/usr/bin/env python3
"""Requirement structure that `jobfit extract` finds in real postings (SkillSpan train and dev).

Usage: tools/bench/posting_structure.py JOBFIT SHARED_DATA_DIR [OUT_TSV]

Writes each SkillSpan posting (grouped by source and idx; one detokenised sentence a line, as
tools/bench/make_corpus.py detokenises) to a temporary folder, runs `JOBFIT extract` on it
(YAML and JSON) and prints per split: postings with at least one required skill, with at least
one required or preferred skill, postings whose skills are all unspecified, any-of groups
(`any_of` requirements), and titles and companies guessed ("Untitled posting" is no guess).
OUT_TSV, if given, gets one row per posting (split, file, title, company, required, preferred,
unspecified, groups) to read by eye. Tune on train only. Needs PyYAML.
"""

import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_corpus import detokenise  # noqa: E402


def dump(data_dir, out):
    for split in ("train", "dev"):
        docs = {}
        with open(os.path.join(data_dir, "skillspan", f"{split}.json"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                docs.setdefault((d["source"], d["idx"]), []).append(detokenise(d["tokens"]))
        os.makedirs(os.path.join(out, split), exist_ok=True)
        for (src, idx), sents in docs.items():
            with open(os.path.join(out, split, f"{src}-{idx:03d}.txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(s for s in sents if s) + "\n")


def one(exe, path):
    run = lambda *a: subprocess.run([exe, "extract", path, *a], capture_output=True, text=True, check=True).stdout
    j = json.loads(run("-f", "json"))
    y = yaml.safe_load(run())
    imps = [s["importance"] for s in j["skills"]]
    groups = [r["any_of"] for r in y.get("requirements", []) if r.get("any_of")]
    return dict(path=path, title=j["title"], company=j.get("company"), n=len(imps),
                req=imps.count("required"), pref=imps.count("preferred"),
                uns=imps.count("unspecified"), groups=groups)


def main():
    exe, data_dir = sys.argv[1], sys.argv[2]
    out = open(sys.argv[3], "w", encoding="utf-8") if len(sys.argv) > 3 else None
    with tempfile.TemporaryDirectory() as tmp:
        dump(data_dir, tmp)
        for split in ("train", "dev"):
            d = os.path.join(tmp, split)
            files = sorted(os.path.join(d, x) for x in os.listdir(d))
            with ThreadPoolExecutor(4) as ex:
                res = list(ex.map(lambda p: one(exe, p), files))
            for r in res if out else []:
                groups = " | ".join("/".join(g) for g in r["groups"])
                out.write("\t".join([split, os.path.basename(r["path"]), r["title"], r["company"] or "-",
                                     str(r["req"]), str(r["pref"]), str(r["uns"]), groups]) + "\n")
            with_skills = [r for r in res if r["n"]]
            print(f"{split}: {len(res)} postings; >=1 required: {sum(r['req'] > 0 for r in res)}; "
                  f">=1 required or preferred: {sum(r['req'] + r['pref'] > 0 for r in res)}; "
                  f"all skills unspecified: {sum(r['uns'] == r['n'] for r in with_skills)} of "
                  f"{len(with_skills)} with skills; any-of groups: {sum(len(r['groups']) for r in res)} "
                  f"in {sum(bool(r['groups']) for r in res)} postings; titles guessed: "
                  f"{sum(r['title'] != 'Untitled posting' for r in res)}; companies guessed: "
                  f"{sum(r['company'] is not None for r in res)}")


if __name__ == "__main__":
    main()
