#!/usr/bin/env bash
# Installs Veille as an administrator would, in a throw-away systemd 252 booted by
# ../shared/tools/systemd-box, once with `make install` and once with the .deb (with /opt/swift
# hidden under an empty tmpfs, so that the package must run without the toolchain), and checks:
# the inbox (2775 veille:veille, also after it is deleted), the seeds dropped by an analyst in the
# `veille` group reach the archive, today's digest names their countries, the analyst's `veille
# search` finds them, a broken topic file makes `systemctl reload` fail while the daemon keeps
# running, `kill -9` is followed by a restart that loses nothing, a PDF is read (poppler loads in
# the sandbox), a SIGSEGV ends the daemon at once
# (no backtracer left spinning) and systemd restarts it, and `systemctl stop` exits 0.
# Skips (exit 0, saying why) where the box cannot boot. Needs the static binary and the .deb:
# `make service-check` builds both first.
set -euo pipefail
unset VEILLE_CONFIG VEILLE_STATE VEILLE_INBOX
cd "$(dirname "$0")/.."
repo=$PWD
tools=$(readlink -f ../shared/tools/systemd-box 2>/dev/null || true)
seeds=$(readlink -f ../shared/corpus/seeds 2>/dev/null || true)
deb=$(ls -t .build-deb/veille_*.deb 2>/dev/null | head -1 || true)

say() { printf 'service-check: %s\n' "$*"; }
skip() { say "SKIPPED: $*"; exit 0; }
[ -x "$tools/up" ] || skip "no systemd-box at ../shared/tools/systemd-box"
[ -d "$seeds" ] || skip "no seeds at ../shared/corpus/seeds"
[ -x .build-static/release/veille ] && [ -n "$deb" ] || { say "build first: make service-check"; exit 1; }

box=""
failures=0
cleanup() { [ -z "$box" ] || "$tools/down" "$box" >/dev/null 2>&1 || true; }
trap cleanup EXIT
inbox() { "$tools/in" "$box" "$@"; }
as_alice() { inbox runuser -u alice -- "$@"; }
check() { # check DESCRIPTION COMMAND...: runs COMMAND in the box, counts a failure
    if inbox bash -c "$2" >/dev/null 2>&1; then say "  ok    $1"; else say "  FAIL  $1"; failures=$((failures + 1)); fi
}
wait_for() { # wait_for DESCRIPTION SECONDS COMMAND
    local deadline=$((SECONDS + $2))
    until inbox bash -c "$3" >/dev/null 2>&1; do
        if [ $SECONDS -ge $deadline ]; then say "  FAIL  $1 (waited $2 s)"; failures=$((failures + 1)); return 0; fi
        sleep 0.5
    done
    say "  ok    $1"
}
releases_field="sed -n 's/^  \"releases\" : \\([0-9]*\\),*/\\1/p'"
releases() { as_alice veille status --json | bash -c "$releases_field"; }

boot() {
    box=$(mktemp -d /tmp/veille-box.XXXXXX)
    local code=0
    "$tools/up" "$box" "$seeds:/srv/seeds" >/dev/null 2>"$box/up.err" || code=$?
    if [ "$code" -ne 0 ]; then
        local why; why=$(cat "$box/up.err")
        rm -rf "$box"; box=""
        [ "$code" -eq 3 ] && skip "the box cannot boot here: $why"
        say "the box failed to boot: $why"; exit 1
    fi
}

# The scenario both installs share, once the unit is installed and the `veille` user exists.
exercise() {
    local seeds_count; seeds_count=$(ls "$seeds"/*.txt | wc -l)
    check "the configuration has its entities" "test -s /etc/veille/entities/countries.yaml"
    check "veille --version" "veille --version | grep -qx '[0-9][0-9.]*'"
    check "systemctl enable --now veille" "systemctl enable --now veille"
    wait_for "the service is active" 20 "systemctl is-active -q veille"
    check "the inbox is 2775 veille:veille" "test \"\$(stat -c '%a %U:%G' /var/lib/veille/inbox)\" = '2775 veille:veille'"
    check "the daemon logged its countries" \
        "journalctl -u veille --no-pager | grep 'configuration loaded' | grep -q 'countries=[1-9]'"
    check "an analyst, alice, in the veille group" "useradd --create-home --groups veille alice"
    check "alice drops the seeds" "runuser -u alice -- bash -c 'cp /srv/seeds/*.txt /var/lib/veille/inbox/'"
    wait_for "the $seeds_count seeds are taken from the inbox" 60 \
        "test -z \"\$(ls /var/lib/veille/inbox)\" && test -z \"\$(ls /var/lib/veille/processing)\""
    check "the seeds are in the archive" "test \$(find /var/lib/veille/archive -type f | wc -l) -eq $seeds_count"
    check "nothing failed" "test -z \"\$(ls /var/lib/veille/failed)\""
    check "the analyst's digest names countries" \
        "runuser -u alice -- veille digest --print | sed -n '/Most mentioned entities/,\$p' | grep -Eq 'Togo|Niger|Mali|Burkina'"
    check "the analyst's search finds releases" "runuser -u alice -- veille search --limit 50 sécurité | grep -q '^#'"
    check "status as root finds /etc/veille without any variable" "env -i /bin/sh -c 'cd / && $1 status' | grep -q 'running, pid'"

    inbox rm -rf /var/lib/veille/inbox || true
    wait_for "a deleted inbox comes back 2775 veille:veille" 20 \
        "test \"\$(stat -c '%a %U:%G' /var/lib/veille/inbox)\" = '2775 veille:veille'"

    inbox bash -c 'printf "label: {en: Broken}\nterms: [oops\n" > /etc/veille/topics/broken.yaml'
    check "reload fails on a broken topic file" "! systemctl reload veille"
    check "the daemon keeps running" "systemctl is-active -q veille"
    check "the analyst's search still works, with a warning" \
        "runuser -u alice -- veille search sécurité 2>&1 | grep -q 'broken.yaml' && runuser -u alice -- veille search sécurité | grep -q '^#'"
    inbox rm -f /etc/veille/topics/broken.yaml
    check "reload succeeds once it is fixed" "systemctl reload veille"

    local before pid
    before=$(releases)
    pid=$(inbox systemctl show -p MainPID --value veille)
    check "alice drops a changed copy of each seed" \
        "runuser -u alice -- bash -c 'for f in /srv/seeds/*.txt; do sed \"1s/^/Copie. /\" \"\$f\" > /var/lib/veille/inbox/copie-\$(basename \"\$f\"); done'"
    inbox kill -9 "$pid" || true
    wait_for "kill -9: systemd starts a new daemon" 30 \
        "p=\$(systemctl show -p MainPID --value veille); [ \"\$p\" != 0 ] && [ \"\$p\" != $pid ] && systemctl is-active -q veille"
    wait_for "kill -9: every file dropped around it is indexed once" 60 \
        "test -z \"\$(ls -A /var/lib/veille/inbox)\" && test -z \"\$(ls -A /var/lib/veille/processing)\" && test \$(find /var/lib/veille/archive -type f | wc -l) -eq $((2 * seeds_count))"
    check "kill -9: the index holds each release once" "test \$(runuser -u alice -- veille status --json | $releases_field) -eq $((before + seeds_count))"
    check "alice drops a PDF release" \
        "runuser -u alice -- cp '$repo/Tests/VeilleCoreTests/Fixtures/pdf/fr-communique.pdf' /var/lib/veille/inbox/"
    wait_for "the PDF is read through poppler under the sandbox and found" 30 \
        "runuser -u alice -- veille search 'golfe Guinée' | grep -q 'sécurité maritime'"
    check "the unit turns Swift's backtracer off" "systemctl show -p Environment veille | grep -q SWIFT_BACKTRACE=enable=no"
    pid=$(inbox systemctl show -p MainPID --value veille)
    inbox kill -SEGV "$pid" || true
    wait_for "a fault (SIGSEGV) ends the daemon at once and systemd starts another" 15 \
        "p=\$(systemctl show -p MainPID --value veille); [ \"\$p\" != 0 ] && [ \"\$p\" != $pid ] && systemctl is-active -q veille"
    check "systemctl stop veille" "systemctl stop veille"
    check "stop exits 0" "test \"\$(systemctl show -p ExecMainStatus --value veille)\" = 0 && test \"\$(systemctl show -p Result --value veille)\" = success"
}

started=$SECONDS
say "1/2 make install in a box"
boot
check "make install" "cd '$repo' && make --no-print-directory install"
exercise /usr/local/bin/veille
inbox bash -c 'echo "# edited by the administrator" >> /etc/veille/veille.yaml' || true
check "make install again keeps an edited file and puts ours beside it" \
    "cd '$repo' && make --no-print-directory install && grep -q 'edited by the administrator' /etc/veille/veille.yaml && test -s /etc/veille/veille.yaml.new"
check "make uninstall removes the binary and the unit" \
    "cd '$repo' && make --no-print-directory uninstall && ! test -e /usr/local/bin/veille && ! test -e /etc/systemd/system/veille.service && test -e /etc/veille/veille.yaml && ! test -e /etc/veille/topics/terrorism.yaml"
cleanup; box=""

say "2/2 the Debian package in a box, without the Swift toolchain"
boot
inbox mkdir -p /srv/deb
inbox cp "$repo/$deb" /srv/deb/
inbox mount -t tmpfs tmpfs /opt/swift
check "the toolchain is hidden" "test -z \"\$(ls /opt/swift)\""
# apt wants the package's absolute path (a relative one fails with --no-download and without).
check "apt install $(basename "$deb")" "DEBIAN_FRONTEND=noninteractive apt-get install -y /srv/deb/$(basename "$deb")"
check "the binary needs no Swift library" "test -x /usr/bin/veille && ! ldd /usr/bin/veille | grep -qi swift"
exercise /usr/bin/veille
check "purge removes the state and the user" \
    "DEBIAN_FRONTEND=noninteractive apt-get purge -y veille && ! test -e /var/lib/veille && ! getent passwd veille"
cleanup; box=""

if [ "$failures" -eq 0 ]; then
    say "passed in $((SECONDS - started)) s"
else
    say "$failures check(s) failed"; exit 1
fi
