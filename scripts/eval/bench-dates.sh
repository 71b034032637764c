#!/usr/bin/env bash
# Publication dates of the readability pages (../shared/bench/readability, or BENCH_DIR) against
# the day of publishedTime in their metadata.json, from the extract.jsonl that
# scripts/bench-extraction.sh leaves in .build/bench/readability; prints the misses.
# usage: BENCH_DIR=../shared/bench/readability scripts/bench-extraction.sh && scripts/eval/bench-dates.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bench=${BENCH_DIR:-$root/../shared/bench/readability}
python3 - "$bench/metadata.json" "$root/.build/bench/$(basename "$bench")/extract.jsonl" <<'PY'
import json, os, sys
meta = json.load(open(sys.argv[1]))
got = {}
for line in open(sys.argv[2], encoding='utf-8'):
    item = json.loads(line)
    got[os.path.basename(item['file']).removesuffix('.html')] = (item.get('date'), item.get('date_origin'))
total = hits = 0
for page, fields in sorted(meta.items()):
    want = (fields.get('publishedTime') or '')[:10]
    if len(want) != 10: continue
    total += 1
    date, origin = got.get(page, (None, None))
    if date == want: hits += 1
    else: print(f'miss {page} expected {want} got {date} ({origin})')
print(f'dates={total} exact={hits}')
PY
