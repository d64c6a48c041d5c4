#!/usr/bin/env bash
# Installs CircleDesk under DESTDIR/PREFIX: the program, completions generated from its own
# argument parser, the systemd units pointing at the installed program, the example
# settings and the documentation. The photo plugin, libcircledesk-photo.so, is taken from beside
# BIN and put where the program looks for it: PREFIX/lib/circledesk. Usage: scripts/install.sh BIN DESTDIR PREFIX
set -euo pipefail
bin=$1 destdir=$2 prefix=$3
root="$destdir$prefix"
install -Dm755 "$bin" "$root/bin/circledesk"
installed="$root/bin/circledesk"
install -Dm644 "$(dirname "$bin")/libcircledesk-photo.so" "$root/lib/circledesk/libcircledesk-photo.so"
install -d "$root/share/bash-completion/completions" "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d"
"$installed" --generate-completion-script bash | sed "1{/^#!/d}" > "$root/share/bash-completion/completions/circledesk"
"$installed" --generate-completion-script zsh > "$root/share/zsh/site-functions/_circledesk"
"$installed" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/circledesk.fish"
install -d "$root/lib/systemd/system"
for unit in dist/circledesk.service dist/circledesk-backup.service dist/circledesk-backup.timer; do
  sed "s|/usr/local/bin/circledesk|$prefix/bin/circledesk|g" "$unit" > "$root/lib/systemd/system/$(basename "$unit")"
  chmod 644 "$root/lib/systemd/system/$(basename "$unit")"
done
install -Dm644 man/circledesk.1 "$root/share/man/man1/circledesk.1"
install -Dm644 man/zh_CN/circledesk.1 "$root/share/man/zh_CN/man1/circledesk.1"
gzip -9nf "$root/share/man/man1/circledesk.1" "$root/share/man/zh_CN/man1/circledesk.1"
install -Dm644 dist/circledesk.conf "$root/share/doc/circledesk/circledesk.conf.example"
for doc in README.md CHANGELOG.md docs/*.md; do install -Dm644 "$doc" "$root/share/doc/circledesk/$(basename "$doc")"; done
echo "installed under $root"
