#!/usr/bin/env bash
# Write every output jobfit produces on a fixed set of inputs into one folder, so that two builds
# can be compared byte for byte (`diff -r`). Used to prove a refactor changes no output.
#
# Usage: tools/golden.sh BIN OUT_DIR [SHARED_DATA_DIR]
#
# Covers: match in every format, tailor's three files, render, extract (YAML and JSON) and rank
# (table, JSON, JSON Lines) on the worked example and every fixture pair in tests/fixtures; with
# SHARED_DATA_DIR, also extract (JSON) of every posting of a corpus built from SkillSpan and Green
# (tools/bench/make_corpus.py, 10,000 postings, in /tmp/jobfit-corpus) and a rank over all of it.
set -uo pipefail
bin=$(realpath "$1")
out=$2
data=${3:-}
repo=${REPO:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$repo"
rm -rf "$out"; mkdir -p "$out"
export SOURCE_DATE_EPOCH=1790000000
asof=(--as-of 2026-11)
n=0
run() { # run NAME ARGS…: stdout, stderr and exit status of one command
    local name=$1; shift
    "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err"
    echo $? >"$out/$name.status"
    n=$((n + 1))
}
pairs=("profiles/juan.yaml jobs/booking_go.yaml juan_yaml" "profiles/juan.yaml jobs/booking_go.txt juan_txt")
for d in tests/fixtures/*/; do
    [ -f "$d/profile.yaml" ] && [ -f "$d/job.yaml" ] && pairs+=("$d/profile.yaml $d/job.yaml $(basename "$d")")
done
for p in "${pairs[@]}"; do
    set -- $p
    for f in text markdown json html; do run "match_${3}_$f" match "$1" "$2" -f "$f" "${asof[@]}"; done
    run "tailor_$3" tailor "$1" "$2" -o "$out/tailor_$3" "${asof[@]}"
    run "tailor_letter2_$3" tailor "$1" "$2" -o "$out/tailor_letter2_$3" --pages 2 --paper letter "${asof[@]}"
    run "render_$3" render "$1" -o "$out/render_$3" "${asof[@]}"
done
for f in jobs/*.txt tests/fixtures/*/*.yaml tests/fixtures/errors/*; do
    name=$(echo "$f" | tr '/' '_')
    run "extract_${name}_yaml" extract "$f"
    run "extract_${name}_json" extract "$f" -f json
    run "check_${name}" check "$f"
done
for fmt in table json jsonl; do run "rank_fixtures_$fmt" rank profiles/juan.yaml jobs tests/fixtures -f "$fmt" "${asof[@]}"; done
if [ -n "$data" ]; then
    corpus=/tmp/jobfit-corpus
    [ -d "$corpus" ] || python3 "$(ls tools/bench/make_corpus.py scripts/make_corpus.py 2>/dev/null | head -1)" "$corpus" "$data" --count 10000 --seed 1
    mkdir -p "$out/corpus"
    k=0
    for f in "$corpus"/*.txt; do
        "$bin" extract "$f" -f json >"$out/corpus/$(basename "$f").json" 2>&1
        k=$((k + 1))
    done
    n=$((n + k))
    for fmt in table json jsonl; do run "rank_corpus_$fmt" rank profiles/juan.yaml "$corpus" -f "$fmt" "${asof[@]}"; done
    run "rank_corpus_jsonl_in" rank profiles/juan.yaml "$corpus.jsonl" -f jsonl "${asof[@]}"
fi
# Paths of the output folder appear in messages; make them stable.
grep -rl --null "$out" "$out" 2>/dev/null | xargs -0 -r sed -i "s#$out#OUT#g"
echo "$n outputs written to $out" >&2
