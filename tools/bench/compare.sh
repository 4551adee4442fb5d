#!/usr/bin/env bash
# jobfit beside its peers, in one run: `tailor` against RenderCV rendering the same person, and
# `rank` over 10,000 postings against a scikit-learn TF-IDF script over the same files.
#
# Usage: tools/bench/compare.sh [SHARED_DATA_DIR]      (default: ../shared/data, from the repo)
#
# Needs hyperfine, RenderCV 2.3 (`pip install rendercv`; offline it needs the stub Typst package
# named in tools/compare/jsonresume_to_rendercv.py) and scikit-learn. Builds the release binary
# and the 10,000-posting corpus (tools/bench/make_corpus.py, into /tmp/jobfit-corpus) if absent.
# RUNS (default 20) runs per command after warm-up. Quote the figures with the machine's load:
# two cores shared with a build give twice the times.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
data=${1:-$repo/../shared/data}
corpus=${CORPUS:-/tmp/jobfit-corpus}
corpus=${corpus%/}
runs=${RUNS:-20}
for tool in hyperfine rendercv python3; do
    command -v "$tool" >/dev/null || { echo "compare.sh: $tool is needed" >&2; exit 1; }
done
python3 -c "import sklearn" 2>/dev/null || { echo "compare.sh: scikit-learn is needed" >&2; exit 1; }

cd "$repo"
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-$repo/target}/release/jobfit
[ -d "$corpus" ] || python3 tools/bench/make_corpus.py "$corpus" "$data" --count 10000 --seed 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" export profiles/juan.yaml --format json-resume -o "$tmp/juan.json" -q
# RenderCV 2.3 stops at Juan's "<200 ms" ("unclosed label": Typst reads `<` as the start of a
# label and RenderCV does not escape it), so its copy says "under 200 ms".
python3 tools/compare/jsonresume_to_rendercv.py "$tmp/juan.json" | sed 's/<\([0-9]\)/under \1/g' > "$tmp/Juan_CV.yaml"

echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo "== tailor (report, prep, HTML, PDF, DOCX) against RenderCV (PDF only)"
hyperfine -N --warmup 3 --runs "$runs" --export-json "$tmp/tailor.json" \
    -n jobfit "$bin tailor profiles/juan.yaml jobs/booking_go.yaml -o $tmp/tl -q" \
    -n rendercv "rendercv render $tmp/Juan_CV.yaml -o $tmp/rcv -nomd -nohtml -nopng"
echo "== rank over $(ls "$corpus" | wc -l) postings against TF-IDF (scikit-learn)"
hyperfine -N --warmup 2 --runs "$runs" --export-json "$tmp/rank.json" \
    -n jobfit "$bin rank profiles/juan.yaml $corpus --top 10 --as-of 2026-11" \
    -n tfidf "python3 tools/bench/tfidf_rank.py profiles/juan.yaml $corpus --top 10"
python3 - "$tmp/tailor.json" "$tmp/rank.json" <<'PY'
import json, sys
for path, what in zip(sys.argv[1:], ["tailor vs RenderCV", "rank vs TF-IDF"]):
    r = {x["command"]: x for x in json.load(open(path))["results"]}
    names = list(r)
    a, b = r[names[0]], r[names[1]]
    print(f"{what}: {a['mean']*1000:.1f} ms (σ {a['stddev']*1000:.1f}) against "
          f"{b['mean']*1000:.1f} ms (σ {b['stddev']*1000:.1f}): {b['mean']/a['mean']:.1f}x")
PY
