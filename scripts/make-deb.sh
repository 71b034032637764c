#!/usr/bin/env bash
# Builds veille_VERSION_ARCH.deb with dpkg-deb from a staged `make install-files`: the binary in
# /usr/bin, the Config tree in /etc/veille as conffiles, the unit in /lib/systemd/system, and the
# maintainer scripts of packaging/debian. Depends is worked out from the libraries the binary loads.
#   scripts/make-deb.sh BINARY VERSION OUTPUT_FOLDER
set -euo pipefail
binary=${1:?usage: make-deb.sh BINARY VERSION OUTPUT_FOLDER}
version=${2:?}
out=${3:?}
arch=$(dpkg --print-architecture)
root=$(mktemp -d)
chmod 755 "$root"
trap 'rm -rf "$root"' EXIT

make --no-print-directory install-files DESTDIR="$root" PREFIX=/usr UNITDIR=/lib/systemd/system STATIC_BIN="$binary"
install -d "$root/DEBIAN"
install -m 755 packaging/debian/postinst packaging/debian/prerm packaging/debian/postrm "$root/DEBIAN/"
(cd "$root" && find etc -type f | sort | sed 's|^|/|') > "$root/DEBIAN/conffiles"

# The packages that own the shared libraries the binary needs (libc6, libxml2, libsqlite3-0,
# libpoppler-glib8 and what poppler loads…). A library no package owns (one built by hand) would
# be missing where the package is installed, so it stops the build rather than being left out.
owners=""
for lib in $(ldd "$binary" | awk '/=> \//{print $3}'); do
    owner=$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null || true)
    [ -n "$owner" ] || { echo "make-deb: no Debian package owns $lib, which $binary loads" >&2; exit 1; }
    owners+="$(printf '%s\n' "$owner" | cut -d: -f1)"$'\n'
done
depends=$(printf '%s' "$owners" | sort -u | paste -sd, | sed 's/,/, /g')
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: veille
Version: $version
Architecture: $arch
Maintainer: Veille maintainers <veille@localhost>
Installed-Size: $size
Depends: ${depends:+$depends, }tzdata, adduser
Section: net
Priority: optional
Description: press monitoring daemon
 Veille watches an inbox of press releases, indexes them with their topics and entities,
 and writes a daily digest. Runs as the systemd service veille.
CONTROL
mkdir -p "$out"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$out/veille_${version}_${arch}.deb" >/dev/null
echo "$out/veille_${version}_${arch}.deb"
