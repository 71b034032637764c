#!/usr/bin/env bash
# Installs the Debian packages Veille builds against, when they are missing:
# libxml2, poppler (PDF) and SQLite headers, pkg-config (which finds them), and tzdata (the digest's time zones).
# Used by `make run`, `make test` and .ci/run. Needs root or sudo only when something is missing.
set -euo pipefail

packages=(libxml2-dev libpoppler-glib-dev libsqlite3-dev pkg-config tzdata)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null; then
    as_root=(sudo)
else
    echo "install-dependencies: missing ${missing[*]}; run as root: apt-get install ${missing[*]}" >&2
    exit 1
fi
echo "install-dependencies: installing ${missing[*]}" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
