#!/usr/bin/env bash
# Hostile-input benchmark: builds each hostile shape at 1 MB and 10 MB and times the release
# binary on it (wall time and peak RSS from /usr/bin/time -v). Usage:
#   tools/bench/hostile.sh [path/to/jobfit]      (default target/release/jobfit)
# Prints one Markdown table row per shape and size. A refusal (exit 1 with a message) is a
# correct outcome for the YAML shapes; what matters is that time and memory stay bounded.
set -u
J=${1:-target/release/jobfit}
D=$(mktemp -d)
trap 'rm -rf "$D"' EXIT
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
python3 - "$D" "$ROOT" <<'PY'
import sys
d, root = sys.argv[1], sys.argv[2]
prof = open(root + '/profiles/juan.yaml').read()
for mb in (1, 10):
    n = mb * 1_000_000
    def w(name, s, ext='yaml'): open(f'{d}/{name}_{mb}MB.{ext}', 'w').write(s)
    big = 'base: &b [' + ','.join(['word'] * (n // 10)) + ']\n'
    w('alias', 'name: x\n' + big + ''.join(f'k{i}: *b\n' for i in range(2000)))
    w('nesting', 'name: x\nfoo: ' + '[{' * (n // 2))
    w('blank_lines', 'name: x\n' + '\n' * n + '  bad: : :\n')
    w('unknown_skills', 'name: x\nskills:\n' + ''.join(f'  - name: Unknown{i:07d}skill\n' for i in range(n // 30)))
    w('long_name', prof.replace('name: Juan Pérez', 'name: ' + 'W' * n, 1))
    w('at_runs', '@' * n, 'txt')
    w('taxonomy', 'skills:\n' + ''.join(f'  - name: Shared Word{i}\n    category: tool\n' for i in range(n // 40)))
PY
echo "| shape | size | command | exit | time (s) | max RSS (MB) |"
echo "|---|---|---|---|---|---|"
run() { # shape size args...
  local shape=$1 size=$2; shift 2
  /usr/bin/time -v -o "$D/t" timeout 120 "$J" "$@" >/dev/null 2>&1
  local rc=$?
  local t=$(awk -F': ' '/Elapsed/{print $2}' "$D/t")
  local kb=$(awk -F': ' '/Maximum resident/{print $2}' "$D/t")
  echo "| $shape | $size | \`jobfit $(echo "$@" | sed "s#$D/##g; s#$ROOT/##g")\` | $rc | $t | $((kb / 1024)) |"
}
for mb in 1 10; do
  s=${mb}MB
  run alias $s check "$D/alias_$s.yaml"
  run nesting $s check "$D/nesting_$s.yaml"
  run blank_lines $s check "$D/blank_lines_$s.yaml"
  run unknown_skills $s check "$D/unknown_skills_$s.yaml"
  run long_name $s render "$D/long_name_$s.yaml" -o "$D/out"
  run at_runs $s extract "$D/at_runs_$s.txt"
  run taxonomy $s --taxonomy "$D/taxonomy_$s.yaml" match "$ROOT/profiles/juan.yaml" "$ROOT/jobs/booking_go.yaml"
done
