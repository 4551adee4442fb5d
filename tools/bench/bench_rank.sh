#!/usr/bin/env bash
# Time `jobfit rank` as a whole process over 10,000 synthetic postings (~3 KB each).
#
# Usage: tools/bench/bench_rank.sh [SHARED_DATA_DIR]      (default: ../shared/data, from the repo)
#
# Builds the release binary, builds the corpus into /tmp/jobfit-corpus{/,.jsonl} if absent
# (tools/bench/make_corpus.py; never commit it), then times
#     jobfit rank profiles/juan.yaml /tmp/jobfit-corpus --top 10
# and the same postings as one JSON Lines file with hyperfine (after warm-up runs, so the page
# cache is warm), measures peak resident memory with /usr/bin/time -v, and times extraction
# alone on one core over the same files (tools/bench/extract_speed.rs, run as `--example extract_speed`).
#
# Environment: CORES (default 2: the run is pinned to that many CPUs with taskset when the
# machine has more), RUNS (default 20), CORPUS (default /tmp/jobfit-corpus),
# COUNT (default 10000, only used when the corpus is built).
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
data=${1:-$repo/../shared/data}
corpus=${CORPUS:-/tmp/jobfit-corpus}
corpus=${corpus%/}
cores=${CORES:-2}
runs=${RUNS:-20}
count=${COUNT:-10000}

need() { # need COMMAND APT_PACKAGE
    command -v "$1" >/dev/null 2>&1 && return
    echo "installing $2 …" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get install -y "$2" >/dev/null 2>&1 ||
        { $sudo apt-get update >/dev/null && $sudo apt-get install -y "$2" >/dev/null; }
}
need hyperfine hyperfine
need /usr/bin/time time

cd "$repo"
echo "building release binary …" >&2
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-$repo/target}/release/jobfit

if [ ! -d "$corpus" ] || [ ! -f "$corpus.jsonl" ]; then
    echo "building corpus in $corpus …" >&2
    rm -rf "$corpus" "$corpus.jsonl"
    python3 tools/bench/make_corpus.py "$corpus" "$data" --count "$count" --seed 1
fi
files=$(find "$corpus" -type f -name '*.txt' | wc -l)
mb=$(du -sb --apparent-size "$corpus" | awk '{printf "%.1f", $1 / 1e6}')
jsonl_mb=$(du -b --apparent-size "$corpus.jsonl" | awk '{printf "%.1f", $1 / 1e6}')

pin=()
if [ "$(nproc)" -gt "$cores" ] && command -v taskset >/dev/null; then
    pin=(taskset -c "0-$((cores - 1))")
fi
# A fixed month keeps the output stable; it does not change the work done.
dir_cmd=("${pin[@]}" "$bin" rank profiles/juan.yaml "$corpus" --top 10 --as-of 2026-11)
jsonl_cmd=("${pin[@]}" "$bin" rank profiles/juan.yaml "$corpus.jsonl" --top 10 --as-of 2026-11)

# Fail early (and visibly) if the command itself fails.
"${dir_cmd[@]}" >/dev/null
"${jsonl_cmd[@]}" >/dev/null

load=$(cut -d' ' -f1-3 /proc/loadavg)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
hyperfine --shell=none --warmup 3 --runs "$runs" --export-json "$tmp/h.json" \
    -n dir "${dir_cmd[*]}" -n jsonl "${jsonl_cmd[*]}" >&2

peak_kb() { # the largest max-RSS of 3 runs, in KB
    local best=0 kb
    for _ in 1 2 3; do
        /usr/bin/time -v "$@" >/dev/null 2>"$tmp/time.txt"
        kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
        [ "$kb" -gt "$best" ] && best=$kb
    done
    echo "$best"
}
dir_kb=$(peak_kb "${dir_cmd[@]}")
jsonl_kb=$(peak_kb "${jsonl_cmd[@]}")

echo
if [ ${#pin[@]} -gt 0 ]; then used="pinned to $cores"; else used="using all $(nproc)"; fi
echo "jobfit rank, $files postings ($mb MB as files, $jsonl_mb MB as JSON Lines), $used CPU(s)," \
    "load average before: $load"
python3 - "$tmp/h.json" "$dir_kb" "$jsonl_kb" <<'EOF'
import json, sys
res = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
rss = {"dir": int(sys.argv[2]), "jsonl": int(sys.argv[3])}
print(f"{'input':<6}  {'mean ± σ (s)':>16}  {'min (s)':>8}  {'max (s)':>8}  {'user (s)':>8}  {'sys (s)':>7}  {'peak RSS':>9}")
for name in ("dir", "jsonl"):
    r = res[name]
    print(
        f"{name:<6}  {r['mean']:>7.3f} ± {r['stddev']:<6.3f}  {r['min']:>8.3f}  {r['max']:>8.3f}"
        f"  {r['user']:>8.3f}  {r['system']:>7.3f}  {rss[name] / 1024:>6.1f} MB"
    )
EOF

# Extraction alone on the same postings, one core (file reading not timed).
echo
cargo run --release --quiet --example extract_speed -- "$corpus" 5
