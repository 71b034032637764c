#!/usr/bin/env bash
# Scores `veille extract` on the article-extraction benchmark and prints its speed.
#
# usage: scripts/bench-extraction.sh [--jobs N] [--worst N] [--repeat N]
#   BENCH_DIR  the benchmark folder (default: ../shared/bench/extraction)
#   VEILLE     the binary (default: .build/release/veille; build it with `swift build -c release`)
# The pages are unpacked once into .build/bench/BENCH/html; the predictions that score.py reads are
# left in .build/bench/predictions.json ({ID: {"articleBody": ...}}) for inspection.
# --repeat N runs the extraction N more times under /usr/bin/time and prints the fastest and the
# median CPU time per page, wall-clock pages/s and the peak RSS: on a shared machine one run's
# clock says little.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH_DIR:-$root/../shared/bench/extraction}
veille=${VEILLE:-$root/.build/release/veille}
jobs=() worst=() repeat=0
while [ $# -gt 0 ]; do
  case "$1" in
    --jobs) jobs=(--jobs "$2"); shift 2 ;;
    --worst) worst=(--worst "$2"); shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    *) echo "usage: $0 [--jobs N] [--worst N] [--repeat N]" >&2; exit 64 ;;
  esac
done
[ -d "$bench/html" ] || { echo "no benchmark in $bench (set BENCH_DIR)" >&2; exit 66; }
[ -x "$veille" ] || { echo "no $veille: run swift build -c release first" >&2; exit 66; }

work=$root/.build/bench/$(basename "$bench")
mkdir -p "$work/html"
for page in "$bench"/html/*.html.gz; do
  target=$work/html/$(basename "$page" .gz)
  [ -s "$target" ] || gunzip -c "$page" > "$target"
done
count=$(ls "$work/html" | wc -l)

start=$(date +%s%N)
"$veille" extract --config "$root/Config/veille.yaml" --json "${jobs[@]}" "$work/html" > "$work/extract.jsonl" || true
end=$(date +%s%N)

python3 - "$work/extract.jsonl" "$work/predictions.json" <<'PY'
import json, os, sys
predictions = {}
for line in open(sys.argv[1], encoding='utf-8'):
    item = json.loads(line)
    page = os.path.basename(item['file']).removesuffix('.html')
    predictions[page] = {'articleBody': item.get('body', '')}
json.dump(predictions, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)
PY
# Both benches are scored by the extraction bench's score.py.
score=$bench/score.py
[ -f "$score" ] || score=$(dirname "$bench")/extraction/score.py
python3 "$score" "$work/predictions.json" "$bench/ground-truth.json" "${worst[@]}"
awk -v n="$count" -v ns="$((end - start))" 'BEGIN { s = ns / 1e9; printf "pages=%d seconds=%.3f pages/s=%.0f ms/page=%.2f\n", n, s, n / s, s * 1000 / n }'
[ "$repeat" -gt 0 ] || exit 0
: > "$work/times"
for _ in $(seq "$repeat"); do
  /usr/bin/time -a -o "$work/times" -f '%U %S %e %M' \
    "$veille" extract --config "$root/Config/veille.yaml" --json "${jobs[@]}" "$work/html" > /dev/null || true
done
python3 - "$work/times" "$count" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1]) if line[:1].isdigit()]
n = int(sys.argv[2]); cpu = sorted(r[0] + r[1] for r in rows); wall = sorted(r[2] for r in rows)
print(f"runs={len(rows)} cpu-ms/page fastest={cpu[0] * 1000 / n:.2f} median={statistics.median(cpu) * 1000 / n:.2f} "
      f"pages/s fastest={n / wall[0]:.0f} median={n / statistics.median(wall):.0f} peak-rss-mb={max(r[3] for r in rows) / 1024:.0f}")
PY
