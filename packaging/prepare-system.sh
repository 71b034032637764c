#!/bin/sh
# Prepares the machine for the service, as root: the `veille` system user and group, and the state
# folder with its inbox. Run by `make install` and by the Debian package's postinst; running it
# again changes nothing. systemd makes the same folders at each start (StateDirectory= and
# ExecStartPre=), so this only lets analysts drop files before the first start.
set -eu
if ! getent group veille >/dev/null; then
    addgroup --system --quiet veille 2>/dev/null || groupadd --system veille
fi
if ! getent passwd veille >/dev/null; then
    adduser --system --quiet --ingroup veille --home /var/lib/veille --no-create-home veille 2>/dev/null \
        || useradd --system --gid veille --home-dir /var/lib/veille --no-create-home --shell /usr/sbin/nologin veille
fi
install -d -o veille -g veille -m 2750 /var/lib/veille
install -d -o veille -g veille -m 2775 /var/lib/veille/inbox
