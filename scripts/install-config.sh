#!/usr/bin/env bash
# Installs the Config tree (settings, boilerplate, topics/, entities/) into DEST without overwriting
# a file someone edited, or removes it again, leaving edited files.
#   install:   a missing file is installed; a file that differs from ours is kept, and ours is put
#              beside it as FILE.new for the administrator to compare.
#   uninstall: each file still as installed is removed, with the .new files; edited files stay.
# The settings file is installed with the state and inbox of an installed service.
#   scripts/install-config.sh install|uninstall SRC DEST
set -euo pipefail
usage="usage: install-config.sh install|uninstall SRC DEST"
action=${1:?$usage}
src=${2:?$usage}
dest=${3:?$usage}
staged=$(mktemp -d)
trap 'rm -rf "$staged"' EXIT

cp -R "$src/." "$staged/"
sed -i -e 's|^inbox: .*|inbox: /var/lib/veille/inbox|' -e 's|^state: .*|state: /var/lib/veille|' "$staged/veille.yaml"

kept=0
while IFS= read -r -d '' file; do
    target=$dest/${file#"$staged"/}
    case "$action" in
    install)
        if [ ! -e "$target" ]; then
            install -D -m 644 "$file" "$target"
        elif ! cmp -s "$file" "$target"; then
            install -m 644 "$file" "$target.new"
            echo "install-config: kept your $target; ours is $target.new" >&2
            kept=$((kept + 1))
        fi
        ;;
    uninstall)
        rm -f "$target.new"
        if cmp -s "$file" "$target"; then
            rm -f "$target"
        elif [ -e "$target" ]; then
            echo "install-config: kept your edited $target" >&2
        fi
        ;;
    *) echo "$usage" >&2; exit 64 ;;
    esac
done < <(find "$staged" -type f -print0 | sort -z)
[ "$kept" -eq 0 ] || echo "install-config: $kept edited file(s) kept; compare each with its .new" >&2
[ "$action" = uninstall ] && [ -d "$dest" ] && find "$dest" -depth -type d -empty -delete
exit 0
