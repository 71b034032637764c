#!/usr/bin/env python3
"""Measures `veille watch` as a user runs it, on a release build.

    scripts/bench-daemon.py latency [--mode inotify|polling] [--drops 40]
        With the daemon idle, drops one file at a time and measures the time from the file's
        close to its row in the index and to its title in the day's digest.
    scripts/bench-daemon.py backlog [--count 20000] [--kind html|text|mixed]
        Puts a generated backlog in the inbox, starts the daemon, and measures the time until every
        file is archived and the digest written; reports releases per second, the peak memory
        while draining and the memory once idle. For pages, it first times a bare parse of the
        same pages with libxml2 on one core (through lxml: pip install lxml) and gives the
        daemon's rate as a share of it, since absolute rates move from run to run.

Each run uses a fresh temporary inbox and state folder under .build-bench/ and the repository's
Config/. Build first: swift build -c release --product veille. `--binary PATH` runs another build
(a copy of the binary before a change, say) in the same conditions.
"""
import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "veille")
FIXTURE = os.path.join(ROOT, "Tests", "VeilleCoreTests", "Fixtures", "fr-communique-terrorisme.txt")


def start(folder, inotify=True):
    env = dict(os.environ, VEILLE_INBOX=os.path.join(folder, "Inbox"), VEILLE_STATE=os.path.join(folder, "State"),
               VEILLE_INOTIFY="on" if inotify else "off", VEILLE_CONFIG=os.path.join(ROOT, "Config", "veille.yaml"))
    log = open(os.path.join(folder, "daemon.log"), "w")
    return subprocess.Popen([BINARY, "watch"], env=env, stdout=log, stderr=log)


def wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.001)
    sys.exit(f"timed out waiting for {what}")


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(len(ordered) * fraction + 0.999) - 1))]


def summary(label, values):
    ms = [v * 1000 for v in values]
    return (f"{label:<22} n={len(ms)}  p50 {percentile(ms, .5):7.1f} ms  p95 {percentile(ms, .95):7.1f} ms"
            f"  p99 {percentile(ms, .99):7.1f} ms  max {max(ms):7.1f} ms")


def memory(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def latency(args):
    folder = tempfile.mkdtemp(prefix="latency.", dir=os.path.join(ROOT, ".build-bench"))
    os.makedirs(os.path.join(folder, "Inbox"))
    daemon = start(folder, inotify=args.mode == "inotify")
    index = os.path.join(folder, "State", "index.sqlite")
    wait_for(lambda: os.path.exists(os.path.join(folder, "State", "status.json")), 30, "the daemon to start")
    text = open(FIXTURE, encoding="utf-8").read().split("\n", 1)[1]
    to_index, to_digest = [], []
    try:
        for number in range(args.drops):
            time.sleep(0.3)
            title = f"Communiqué de mesure numéro {number} sur la sécurité"
            name = f"mesure-{number:03d}.txt"
            with open(os.path.join(folder, "Inbox", name), "w", encoding="utf-8") as handle:
                handle.write(title + "\n" + text)
            closed = time.monotonic()
            database = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
            row = []
            wait_for(lambda: row.extend(database.execute("SELECT id FROM release WHERE file_name = ?", (name,)).fetchall())
                     or row, 30, f"{name} in the index")
            to_index.append(time.monotonic() - closed)
            database.close()
            # Releases of one story share an entry; each source links the release's reading copy.
            mark = f"(reading/{row[0][0]}.html)"

            latest = os.path.join(folder, "State", "digests", "latest.md")

            def in_digest():
                try:
                    with open(latest, encoding="utf-8") as digest:
                        return mark in digest.read()
                except OSError:
                    return False
            wait_for(in_digest, 30, f"{name} in the digest")
            to_digest.append(time.monotonic() - closed)
    finally:
        daemon.terminate()
        daemon.wait()
    print(f"latency, {args.mode} mode, poll every 2 s, {args.drops} single drops:")
    print(summary("close → index row", to_index))
    print(summary("close → digest", to_digest))
    shutil.rmtree(folder)


def bare_parse_rate(inbox):
    """Pages per second that libxml2's HTML parser alone reaches on one core over the inbox's
    pages (each parsed into a tree and freed), or None without lxml or pages."""
    try:
        import lxml.etree
    except ImportError:
        print("bare libxml2 parse: not measured (pip install lxml)")
        return None
    pages = []
    for name in sorted(os.listdir(inbox)):
        if name.endswith(".html"):
            with open(os.path.join(inbox, name), "rb") as page:
                pages.append(page.read())
    if not pages:
        return None
    parser = lxml.etree.HTMLParser(recover=True, no_network=True)
    started = time.process_time()
    for page in pages:
        lxml.etree.fromstring(page, parser)
    rate = len(pages) / (time.process_time() - started)
    version = ".".join(map(str, lxml.etree.LIBXML_VERSION))
    print(f"bare libxml2 parse (lxml, libxml2 {version}, one core): {len(pages)} pages, {rate:.0f} pages/s")
    return rate


def backlog(args):
    folder = tempfile.mkdtemp(prefix="backlog.", dir=os.path.join(ROOT, ".build-bench"))
    inbox = os.path.join(folder, "Inbox")
    subprocess.run([BINARY, "bench", "generate", inbox, "--count", str(args.count), "--kind", args.kind],
                   check=True, stdout=subprocess.DEVNULL)
    size = sum(os.path.getsize(os.path.join(inbox, name)) for name in os.listdir(inbox))
    bare = bare_parse_rate(inbox)
    started = time.monotonic()
    daemon = start(folder)
    processing = os.path.join(folder, "State", "processing")
    digest = os.path.join(folder, "State", "digests", "latest.md")
    peak = 0.0

    def drained():
        nonlocal peak
        peak = max(peak, memory(daemon.pid, "VmRSS"))
        return (not os.listdir(inbox) and os.path.isdir(processing) and not os.listdir(processing)
                and os.path.exists(digest) and os.path.getmtime(digest) > time.time() - 60)
    wait_for(drained, 3600, "the backlog to drain")
    elapsed = time.monotonic() - started
    # The digest is written after the last batch; the daemon gives memory back after 10 s with
    # nothing to take (IngestLoop.idleAfter): measure idle after that.
    time.sleep(15)
    high_water = memory(daemon.pid, "VmHWM")
    idle = memory(daemon.pid, "VmRSS")
    daemon.terminate()
    daemon.wait()
    archived = sum(len(files) for _, _, files in os.walk(os.path.join(folder, "State", "archive")))
    print(f"backlog of {args.count} {args.kind} files ({size / args.count / 1024:.0f} KB on average), "
          f"{archived} archived in {elapsed:.1f} s: {args.count / elapsed:.0f} releases/s")
    if bare:
        print(f"{args.count / elapsed / bare:.1%} of the bare libxml2 parse rate (goal: 30%)")
    print(f"peak memory {high_water:.0f} MB, idle after draining {idle:.0f} MB")
    shutil.rmtree(folder)


def main():
    global BINARY
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    probe = commands.add_parser("latency")
    probe.add_argument("--mode", choices=["inotify", "polling"], default="inotify")
    probe.add_argument("--drops", type=int, default=40)
    drain = commands.add_parser("backlog")
    drain.add_argument("--count", type=int, default=20000)
    drain.add_argument("--kind", choices=["html", "text", "mixed"], default="html")
    parser.add_argument("--binary", default=None, help="the veille binary to run (default: the release build)")
    args = parser.parse_args()
    BINARY = os.path.abspath(args.binary or BINARY)
    if not os.access(BINARY, os.X_OK):
        sys.exit(f"{BINARY} is missing: swift build -c release --product veille")
    os.makedirs(os.path.join(ROOT, ".build-bench"), exist_ok=True)
    latency(args) if args.command == "latency" else backlog(args)


if __name__ == "__main__":
    main()
