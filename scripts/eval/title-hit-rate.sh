#!/usr/bin/env bash
# Share of ../shared/corpus/dev items with a title line whose title `veille extract` gets right
# (the first line, without a leading "date 2024-10" stamp; items whose label says "no title" are
# left out). Words are compared without case, accents or punctuation.
# usage: scripts/eval/title-hit-rate.sh   (SHARED and VEILLE as for date-hit-rate.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$root/../shared}
veille=${VEILLE:-$root/.build/release/veille}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$veille" extract --config "$root/Config/veille.yaml" --json "$shared/corpus/dev/items" > "$out" || true
python3 - "$out" "$shared/corpus/dev" <<'PY'
import csv, json, re, sys, unicodedata
def fold(text):
    return re.findall(r'\w+', unicodedata.normalize('NFKD', text).encode('ascii', 'ignore').decode().lower())
folder = sys.argv[2]
why = {row['file'].split('/')[-1]: row['why'] for row in csv.DictReader(open(folder + '/labels.tsv'), delimiter='\t')}
hits = total = 0
for line in open(sys.argv[1]):
    item = json.loads(line)
    name = item['file'].split('/')[-1]
    if 'no title' in why.get(name, ''):
        continue
    lines = [l for l in open(f'{folder}/items/{name}', encoding='utf-8', errors='replace').read().split('\n') if l.strip()]
    expected = re.sub(r'^\s*date \d{4}-\d\d(-\d\d)?\s*', '', lines[0])
    total += 1
    if fold(item.get('title', '')) == fold(expected):
        hits += 1
    else:
        print(f"miss {name} ({item.get('title_origin')})")
print(f'titles={total} right={hits} ({hits / total:.1%})')
PY
