#!/usr/bin/env bash
# Publication-date hit rate of `veille extract` on the pages listed in judged-dates.tsv.
# usage: scripts/eval/date-hit-rate.sh   (SHARED: the shared folder, default ../shared;
#                                          VEILLE: the binary, default .build/release/veille)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$root/../shared}
veille=${VEILLE:-$root/.build/release/veille}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
grep -v '^#' "$root/scripts/eval/judged-dates.tsv" | while IFS=$'\t' read -r file date; do
  name=$(echo "$file" | tr '/' '_'); name=${name%.gz}
  case "$file" in *.gz) gunzip -c "$shared/$file" > "$work/$name" ;; *) cp "$shared/$file" "$work/$name" ;; esac
  printf '%s\t%s\n' "$work/$name" "$date" >> "$work/expected.tsv"
done
"$veille" extract --config "$root/Config/veille.yaml" --json "$work"/*.html > "$work/out.jsonl" || true
python3 - "$work/expected.tsv" "$work/out.jsonl" <<'PY'
import json, sys
from datetime import date
expected = dict(line.rstrip('\n').split('\t') for line in open(sys.argv[1]))
hits = near = 0
for line in open(sys.argv[2]):
    item = json.loads(line)
    want, got = expected[item['file']], item.get('date')
    if got == want: hits += 1
    elif got and len(got) == 10 and abs((date.fromisoformat(got) - date.fromisoformat(want)).days) <= 1: near += 1
    else: print(f"miss {item['file'].rsplit('/', 1)[-1][:40]} expected {want} got {got} ({item.get('date_origin')})")
total = len(expected)
print(f"dates={total} exact={hits} ({hits / total:.0%}) within-a-day={hits + near} ({(hits + near) / total:.0%})")
PY
