#!/usr/bin/env python3
"""Build a synthetic corpus of job postings for benchmarking `jobfit rank`.

Usage: tools/bench/make_corpus.py OUT_DIR SHARED_DATA_DIR [--count 10000] [--seed 1]

Every posting is about 3 KB of plain text assembled from real, detokenised job-ad sentences:
SkillSpan train/dev (SHARED_DATA_DIR/skillspan/{train,dev}.json) and the Green et al. test set
(SHARED_DATA_DIR/green-job-description-entities/testset.conll.txt). Each has a title line (the
first sentence of a real SkillSpan posting), an "About the role" paragraph, a "Requirements"
list (sentences with annotated skills or knowledge) and a "Nice to have" list. Sampling is
deterministic for a given seed.

Writes OUT_DIR/00000.txt … and OUT_DIR.jsonl with the same postings as JSON Lines
({"id", "title", "text"}; `text` is the file's content). Standard library only. The corpus is
benchmark input only: do not commit it.
"""

import argparse
import json
import os
import random
import re
import sys

# De-identification placeholders in SkillSpan → plain words, so the text reads like a posting.
PLACEHOLDERS = {
    "<ORGANIZATION>": "Acme",
    "<LOCATION>": "Copenhagen",
    "<ADDRESS>": "",
    "<NAME>": "Alex",
    "<PROFESSION>": "engineer",
}

_PLACEHOLDER = re.compile(r"<[A-Z_]+>")
_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|'re\b|'ll\b|'ve\b|'d\b|n't\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


def detokenise(tokens):
    words = []
    for t in tokens:
        t = PLACEHOLDERS.get(t, "" if _PLACEHOLDER.fullmatch(t) else t)
        if t in ("``", "''"):
            t = '"'
        if t:
            words.append(t)
    s = " ".join(words)
    s = _NO_SPACE_BEFORE.sub(r"\1", s)
    s = _NO_SPACE_AFTER.sub(r"\1", s)
    s = re.sub(r"(\w)\. NET\b", r"\1 .NET", s)  # "Senior . NET" → "Senior .NET"
    s = re.sub(r"\s+", " ", s).strip()
    # Collapse runs of the same filler ("Acme Acme Acme").
    for w in ("Acme", "Copenhagen"):
        s = re.sub(rf"\b{w}(?: {w})+\b", w, s)
    return s


def good_sentence(s):
    return 25 <= len(s) <= 300 and sum(c.isalpha() for c in s) >= len(s) // 2


def good_title(t):
    words = t.split()
    return (
        5 <= len(t) <= 80
        and len(words) >= 2
        and t[-1] not in ".?:"
        and words[-1].lower() not in ("at", "in", "the", "a", "an", "as", "of", "for")
        and t.count("(") == t.count(")")
    )


def load_skillspan(data_dir):
    """(titles, tagged sentences, other sentences) from SkillSpan train + dev."""
    titles, tagged, other = [], [], []
    for split in ("train", "dev"):
        path = os.path.join(data_dir, "skillspan", f"{split}.json")
        seen = set()
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                d = json.loads(line)
                key = (d["source"], d["idx"])
                if key not in seen:
                    # The title: the posting's first sentence up to the employer / date fields.
                    seen.add(key)
                    head = []
                    for tok in d["tokens"]:
                        if _PLACEHOLDER.fullmatch(tok) or tok == "Date":
                            break
                        head.append(tok)
                    t = detokenise(head).strip(" -–|,")
                    if d["source"] == "tech" and good_title(t):
                        titles.append(t)
                    continue
                s = detokenise(d["tokens"])
                if not good_sentence(s):
                    continue
                has_tag = any(x != "O" for x in d["tags_skill"] + d["tags_knowledge"])
                (tagged if has_tag else other).append(s)
    return titles, tagged, other


def load_green(data_dir):
    """(tagged, other) sentences of the Green et al. CoNLL test set."""
    path = os.path.join(data_dir, "green-job-description-entities", "testset.conll.txt")
    tagged, other = [], []
    tokens, tags = [], []

    def flush():
        if tokens:
            s = detokenise(tokens)
            if good_sentence(s):
                (tagged if any(t != "O" for t in tags) else other).append(s)
        tokens.clear()
        tags.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                flush()
                continue
            tokens.append(parts[0])
            tags.append(parts[-1] if len(parts) > 1 else "O")
    flush()
    return tagged, other


def fill(rng, pool, budget, at_least, sep_len):
    """Sample sentences (no repeats) until their length reaches `budget` bytes."""
    out, size = [], 0
    while size < budget or len(out) < at_least:
        s = rng.choice(pool)
        if s in out:
            continue
        out.append(s)
        size += len(s.encode("utf-8")) + sep_len
    return out


def posting(rng, titles, tagged, prose):
    target = rng.randint(2550, 3350)  # bytes; mean ≈ 3.1 KB
    title = rng.choice(titles)
    about = fill(rng, prose, int(target * 0.30), 3, 1)
    reqs = fill(rng, tagged, int(target * 0.45), 5, 3)
    nice = fill(rng, tagged, int(target * 0.20), 2, 3)
    lines = [title, "", "About the role", " ".join(about), "", "Requirements"]
    lines += [f"- {s}" for s in reqs]
    lines += ["", "Nice to have"]
    lines += [f"- {s}" for s in nice]
    return title, "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("shared_data_dir")
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    titles, tagged, other = load_skillspan(args.shared_data_dir)
    g_tagged, g_other = load_green(args.shared_data_dir)
    tagged += g_tagged
    prose = other + g_other + tagged
    if not titles or len(tagged) < 50 or len(prose) < 50:
        sys.exit(f"not enough sentences under {args.shared_data_dir}")

    rng = random.Random(args.seed)
    out_dir = args.out_dir.rstrip("/") or "/"
    os.makedirs(out_dir, exist_ok=True)
    width = max(5, len(str(args.count - 1)))
    total = 0
    with open(out_dir + ".jsonl", "w", encoding="utf-8") as jl:
        for i in range(args.count):
            title, text = posting(rng, titles, tagged, prose)
            pid = f"{i:0{width}d}"
            with open(os.path.join(out_dir, pid + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            jl.write(json.dumps({"id": pid, "title": title, "text": text}, ensure_ascii=False))
            jl.write("\n")
            total += len(text.encode("utf-8"))
    print(
        f"{args.count} postings, {total / 1e6:.1f} MB ({total / max(args.count, 1):.0f} B each) "
        f"in {out_dir}/ and {out_dir}.jsonl; pools: {len(titles)} titles, {len(tagged)} "
        f"skill sentences, {len(prose)} sentences",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
