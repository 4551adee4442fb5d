#!/usr/bin/env python3
"""List O*NET technologies that data/taxonomy.yaml does not cover yet.

Usage:
    python3 tools/taxonomy/onet_candidates.py DATA_DIR [--all] [--soc PREFIX ...]
                                              [--taxonomy PATH]

DATA_DIR is the folder holding `onet-technology-skills/Technology_Skills.txt`
(the O*NET Technology Skills text release, tab-separated, CRLF). It is not
part of this repository: download the O*NET database
(https://www.onetcenter.org/database.html) or point at a local copy.

By default only O*NET "Hot Technology" examples are listed. --all lists every
example; --soc restricts to occupations whose O*NET-SOC code starts with the
given prefix (repeatable; e.g. --soc 15-12 for computer occupations).

An O*NET example counts as covered when one of its reduced forms equals a
taxonomy name or alias (case-insensitively). Reduced forms drop a trailing
" software", split off a trailing acronym ("Amazon Web Services AWS software"
-> "Amazon Web Services", "AWS") and drop a leading vendor name
("Microsoft PowerShell" -> "PowerShell").

Output: one line per uncovered example, most frequent first:
    <occupations>  <hot Y/N>  <example>  [<commodity title>]

O*NET data: "This product includes information from the O*NET Database by the
U.S. Department of Labor, Employment and Training Administration (USDOL/ETA).
Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA."
"""

import argparse
import csv
import os
import re
import sys
from collections import defaultdict

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("onet_candidates.py needs PyYAML: pip install pyyaml")

VENDORS = [
    "Amazon Web Services", "Amazon", "AWS", "Microsoft", "Oracle", "Apache",
    "Google", "IBM", "Atlassian", "Adobe", "Apple", "The MathWorks", "Red Hat",
    "Eclipse", "SAP", "Cisco", "Autodesk", "Salesforce", "Facebook", "Meta",
    "JetBrains", "HashiCorp", "Elastic", "Jenkins", "Docker", "VMware",
    "Hewlett Packard Enterprise", "Hewlett-Packard", "HP", "Dell", "Intuit",
    "Teradata", "Informatica", "Splunk", "Bentley", "Dassault Systemes",
    "Trimble", "Esri", "ESRI", "SAS", "Tableau", "Progress", "Micro Focus",
    "Broadcom", "CA", "Citrix", "Sun Microsystems", "Novell", "Symantec",
]
VENDORS.sort(key=len, reverse=True)


def norm(s):
    return " ".join(s.split()).casefold()


def forms(example):
    out = set()
    todo = [example.strip()]
    while todo:
        f = todo.pop()
        if not f or f in out:
            continue
        out.add(f)
        if f.lower().endswith(" software"):
            todo.append(f[: -len(" software")])
        words = f.split()
        # trailing acronym, e.g. "Structured query language SQL"
        if len(words) >= 2 and re.fullmatch(r"[A-Z0-9][A-Z0-9/#+.-]{1,}", words[-1]):
            todo.append(" ".join(words[:-1]))
            todo.append(words[-1])
        for v in VENDORS:
            if f.startswith(v + " ") and len(f) > len(v) + 1:
                todo.append(f[len(v) + 1:])
        if f.endswith(")") and "(" in f:
            todo.append(f[: f.rindex("(")].strip())
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", help="folder containing onet-technology-skills/")
    ap.add_argument("--all", action="store_true", help="include non-hot technologies")
    ap.add_argument("--soc", action="append", default=[], help="O*NET-SOC code prefix filter")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--taxonomy", default=os.path.join(here, "..", "..", "data", "taxonomy.yaml"))
    a = ap.parse_args()

    path = os.path.join(a.data_dir, "onet-technology-skills", "Technology_Skills.txt")
    if not os.path.exists(path):
        alt = os.path.join(a.data_dir, "Technology_Skills.txt")
        if os.path.exists(alt):
            path = alt
        else:
            sys.exit(f"not found: {path}")

    with open(a.taxonomy, encoding="utf-8") as f:
        tax = yaml.safe_load(f)
    known = set()
    for s in tax["skills"]:
        known.add(norm(s["name"]))
        known.update(norm(x) for x in s.get("aliases", []))

    occ = defaultdict(set)
    hot = defaultdict(bool)
    title = {}
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.DictReader(f, delimiter="\t")
        for row in r:
            code = row["O*NET-SOC Code"]
            if a.soc and not any(code.startswith(p) for p in a.soc):
                continue
            ex = row["Example"].strip()
            occ[ex].add(code)
            hot[ex] |= row.get("Hot Technology", "N").strip() == "Y"
            title[ex] = row.get("Commodity Title", "").strip()

    total = covered = 0
    rows = []
    for ex in occ:
        if not a.all and not hot[ex]:
            continue
        total += 1
        if any(norm(x) in known for x in forms(ex)):
            covered += 1
            continue
        rows.append((-len(occ[ex]), ex))
    rows.sort()
    for n, ex in rows:
        print(f"{-n:5}  {'Y' if hot[ex] else 'N'}  {ex}  [{title[ex]}]")
    print(f"# {covered}/{total} covered, {len(rows)} not covered", file=sys.stderr)


if __name__ == "__main__":
    main()
