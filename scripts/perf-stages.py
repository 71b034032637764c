#!/usr/bin/env python3
"""Where a backlog's milliseconds go, stage by stage, from a perf profile of `veille watch`.

    perf record -F 999 --call-graph dwarf,16384 -o backlog.data -- .build/release/veille watch
    perf script -i backlog.data -F tid,time,ip,sym | swift demangle --simplified > backlog.script
    scripts/perf-stages.py backlog.script RELEASES

with VEILLE_INBOX holding a generated backlog (`veille bench generate`), stopped once it drained.
Each sample goes to the first stage, in the order below, whose frame its stack holds; the figures
are CPU milliseconds per release at 999 samples a second, all threads together. DWARF unwinding
is needed to see into SQLite; it adds about an eighth to every figure.
"""
import collections
import sys

path, releases = sys.argv[1], int(sys.argv[2])
# (stage, frames): a frame "A -> B" matches when B is called right from the innermost A.
RULES = [
    ("digest", ["Ingestor.writeDigest"]),
    ("story lookup", ["ReleaseIndex.findStory"]),
    ("story writes (signature row, postings, frequencies)", ["ReleaseIndex.assignStory", "BatchFrequencies.write"]),
    ("startup", ["Daemon.build"]),
    ("archive move (rename, log, folder sync)", ["Pipeline.archive("]),
    ("claim (rename into processing/)", ["Intake.claim"]),
    ("read", ["FileSystem.read("]),
    ("reading marker (.reading file)", ["ReadingAttempts.begin", "$defer #1 <A>() in ReadingAttempts.reading"]),
    ("content hash", ["Pipeline.contentHash"]),
    ("decode", ["TextDecoding.decode", "PageDecoding", "TextDecoding."]),
    ("parse (libxml2 SAX / text lines)", ["HTMLDocument", "htmlParse", "xmlParse", "TextCleaner.paragraphs(fromText", "PageReader"]),
    ("select (content)", ["ContentSelector"]),
    ("clean", ["TextCleaner.clean"]),
    ("dates, title, language, source", ["Normaliser.", "HTMLExtractor", "DateFinder", "LanguageDetector", "TitleFinder", "Metadata"]),
    ("classify", ["BlendedClassifier", "TopicClassifier"]),
    ("entities", ["EntityExtractor"]),
    ("story signature", ["StorySignature.init(_:)"]),
    ("duplicate check (read)", ["ReleaseIndex.existing("]),
    ("commit", ["Database.commit"]),
    ("release row + FTS insert", ["static ReleaseIndex.insert(_:archivedPath:receivedOn:signature: -> Database.execute(sql:arguments:)", "static ReleaseIndex.insert(_:archivedPath:receivedOn:signature: -> Statement.execute(arguments:)", "SearchTable.add"]),
    ("topics, entities, intake rows", ["ReleaseIndex.add("]),
]
OTHER = "other (scheduling, idle loop, allocator)"

samples, current = [], None
for line in open(path, errors="replace"):
    if line and not line[0].isspace() and line.strip():
        current = []
        samples.append(current)
    elif line.strip() and current is not None:
        frame = line.strip()
        current.append(frame.split(" ", 1)[1] if " " in frame else frame)


def matches(stack, text, key):
    if " -> " not in key:
        return key in text
    outer, inner = key.split(" -> ")
    found = [i for i, frame in enumerate(stack) if outer in frame]
    return bool(found) and found[0] > 0 and inner in stack[found[0] - 1]


counts = collections.Counter()
for stack in samples:
    text = "\n".join(stack)
    stage = next((name for name, keys in RULES if any(matches(stack, text, key) for key in keys)), OTHER)
    counts[stage] += 1
print(f"{len(samples)} samples, {releases} releases; CPU ms per release")
for name in [name for name, _ in RULES] + [OTHER]:
    print(f"| {name} | {counts[name] / releases:.2f} |")
