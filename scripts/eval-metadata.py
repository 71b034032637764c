#!/usr/bin/env python3
"""Scores the metadata `veille extract` finds against a benchmark's metadata.json.

usage: scripts/eval-metadata.py [BENCH_DIR]     (default: ../shared/bench/readability)
  VEILLE  the binary (default: .build/debug/veille)

metadata.json gives, where the page states them, {NAME: {title, siteName, publishedTime, lang}}
(Readability's reading of the page). For each field this prints how many pages state it, how many
Veille gets right, wrong or leaves empty, and, for languages, the confusion between the page's
declared language (its primary subtag: "en-US" is "en") and the one Veille identifies.

Dates count as right when the day matches (a page giving only a month matches that month). Titles
and site names count as right when they are equal once case, punctuation and white space are set
aside, or when one holds the other (a title without its site name).
"""
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bench = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "bench", "readability")
veille = os.environ.get("VEILLE", os.path.join(root, ".build", "debug", "veille"))
if not os.path.isfile(os.path.join(bench, "metadata.json")):
    sys.exit(f"no metadata.json in {bench}")
if not os.access(veille, os.X_OK):
    sys.exit(f"no {veille}: run swift build first (or set VEILLE)")

expected = json.load(open(os.path.join(bench, "metadata.json"), encoding="utf-8"))


def extract(names):
    """Runs `veille extract --json` on each page, unpacked into a scratch folder."""
    found = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            with gzip.open(os.path.join(bench, "html", name + ".html.gz")) as page:
                data = page.read()
            path = os.path.join(scratch, name + ".html")
            with open(path, "wb") as out:
                out.write(data)
            run = subprocess.run([veille, "extract", path, "--json"], capture_output=True, text=True)
            found[name] = json.loads(run.stdout) if run.returncode == 0 and run.stdout.strip() else {}
    return found


def squash(text):
    text = unicodedata.normalize("NFKD", text or "").lower()
    return re.sub(r"[\W_]+", "", text)


def same_text(expected_text, found_text):
    a, b = squash(expected_text), squash(found_text)
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def same_day(expected_time, found_date):
    day = (expected_time or "")[:10]
    return bool(found_date) and (day == found_date or (len(found_date) == 7 and day.startswith(found_date)))


names = sorted(expected)
found = extract(names)
fields = [
    ("title", "title", same_text),
    ("site name", "siteName", same_text),
    ("date", "publishedTime", same_day),
]
print(f"{os.path.basename(os.path.normpath(bench))}: {len(names)} pages")
print(f"{'field':<10} {'stated':>6} {'right':>6} {'wrong':>6} {'empty':>6}")
for label, key, right in fields:
    stated = [n for n in names if expected[n].get(key)]
    veille_key = {"title": "title", "siteName": "publisher", "publishedTime": "date"}[key]
    hits = sum(1 for n in stated if right(expected[n][key], found[n].get(veille_key)))
    empty = sum(1 for n in stated if not found[n].get(veille_key))
    print(f"{label:<10} {len(stated):>6} {hits:>6} {len(stated) - hits - empty:>6} {empty:>6}")

confusion = collections.Counter()
for name in names:
    declared = (expected[name].get("lang") or "").split("-")[0].lower()
    if declared:
        confusion[(declared, found[name].get("language_code") or "none")] += 1
languages = sorted({d for d, _ in confusion})
right = sum(count for (d, f), count in confusion.items() if d == f)
print(f"language: {right} of {sum(confusion.values())} pages that declare one")
for declared in languages:
    row = ", ".join(f"{f} {c}" for (d, f), c in sorted(confusion.items()) if d == declared)
    print(f"  declared {declared}: identified as {row}")
