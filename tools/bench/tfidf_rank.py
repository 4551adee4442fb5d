#!/usr/bin/env python3
"""The TF-IDF baseline `jobfit rank` is timed against: rank every posting in a folder by the
cosine similarity of its TF-IDF vector to the profile's, with scikit-learn, and print the top N.

    python3 tools/bench/tfidf_rank.py PROFILE.yaml POSTINGS_DIR [--top 10]

The profile is taken as its YAML text; each posting as its file's text (`*.txt`, `*.md`). The
vectoriser is scikit-learn's default TfidfVectorizer (lowercase word tokens, smoothed idf, l2
norm), fitted on the postings; the same scheme as the quality baseline in
tools/rankbench/ndcg.py. It reads and ranks only: no sections, no skills, no explanation.
Needs scikit-learn (`pip install scikit-learn`); not part of the build or the tests.
"""
import argparse
import os

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("profile")
    ap.add_argument("postings")
    ap.add_argument("--top", type=int, default=10)
    a = ap.parse_args()
    names = sorted(
        n for n in os.listdir(a.postings) if n.endswith((".txt", ".md"))
    )
    texts = []
    for n in names:
        with open(os.path.join(a.postings, n), encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
    with open(a.profile, encoding="utf-8") as f:
        profile = f.read()
    vec = TfidfVectorizer()
    postings = vec.fit_transform(texts)
    scores = linear_kernel(vec.transform([profile]), postings).ravel()
    order = sorted(range(len(names)), key=lambda i: (-scores[i], names[i]))
    for rank, i in enumerate(order[: a.top], 1):
        print(f"{rank:>3}  {scores[i]:.3f}  {names[i]}")


if __name__ == "__main__":
    main()
