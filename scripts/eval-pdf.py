#!/usr/bin/env python3
"""Scores `veille extract` on our PDF fixtures against their known text (NAME.expected.txt, the
title then the paragraphs): word F1, precision and recall per file, as PDFTests checks them (F1 of
0.95 at least), and whether the running headers and footers stayed out.

usage: scripts/eval-pdf.py [VEILLE]   (default .build/release/veille, else .build/debug/veille)"""
import collections, json, os, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
fixtures = os.path.join(root, "Tests/VeilleCoreTests/Fixtures/pdf")
veille = sys.argv[1] if len(sys.argv) > 1 else next(
    p for p in (os.path.join(root, ".build/release/veille"), os.path.join(root, ".build/debug/veille")) if os.path.exists(p))
chrome = ["www.peaceau.org", "Page 1 /", "Union africaine — Conseil"]


def words(text):
    return collections.Counter(re.findall(r"\w+", text.lower()))


names = sorted(n for n in os.listdir(fixtures) if n.endswith(".expected.txt"))
paths = [os.path.join(fixtures, n.replace(".expected.txt", ".pdf")) for n in names]
out = subprocess.run([veille, "extract", "--config", os.path.join(root, "Config/veille.yaml"), "--json"] + paths,
                     capture_output=True, text=True).stdout
worst = 1.0
print(f"{'file':<24} {'F1':>6} {'prec.':>6} {'recall':>6}  chrome")
for name, line in zip(names, out.splitlines()):
    result = json.loads(line)
    found = words(result.get("title", "") + "\n" + result.get("body", ""))
    expected = words(open(os.path.join(fixtures, name), encoding="utf-8").read())
    common = sum((found & expected).values())
    precision, recall = common / max(1, sum(found.values())), common / max(1, sum(expected.values()))
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    worst = min(worst, f1)
    leaked = [c for c in chrome if c in result.get("body", "")]
    print(f"{name.replace('.expected.txt', '.pdf'):<24} {f1:6.3f} {precision:6.3f} {recall:6.3f}  {', '.join(leaked) or 'none'}")
print(f"lowest F1 {worst:.3f}")
sys.exit(0 if worst >= 0.95 else 1)
