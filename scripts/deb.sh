#!/usr/bin/env bash
# Builds the Debian package from BIN: the files `make install` puts under /usr, the settings
# as a conffile, and the maintainer scripts of dist/debian. Usage: scripts/deb.sh BIN OUTDIR
set -euo pipefail
bin=$1 out=$2
version=$(sed -n 's/^let circleDeskVersion = "\(.*\)"/\1/p' Sources/circledesk/Version.swift)
stage=$(mktemp -d)
chmod 755 "$stage"
trap 'rm -rf "$stage"' EXIT
scripts/install.sh "$bin" "$stage" /usr >/dev/null
# Debian ships programs stripped (the symbols stay in the build) and without a search path.
strip --remove-section=.comment --remove-section=.note --strip-unneeded "$stage/usr/bin/circledesk" "$stage/usr/lib/circledesk/libcircledesk-photo.so"
docs="$stage/usr/share/doc/circledesk"
install -m644 dist/debian/copyright "$docs/copyright"
# A Debian changelog for the version, dated by the last commit so that builds repeat.
maintainer=$(sed -n 's/^Maintainer: //p' dist/debian/control)
moment=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
printf 'circledesk (%s) unstable; urgency=medium\n\n  * What changed is in /usr/share/doc/circledesk/CHANGELOG.md.\n\n -- %s  %s\n' \
  "$version" "$maintainer" "$(LC_ALL=C date -R -u -d "@$moment")" | gzip -9n > "$docs/changelog.gz"
install -Dm644 dist/circledesk.conf "$stage/etc/circledesk/circledesk.conf"
install -d "$stage/DEBIAN"
sed "s/@VERSION@/$version/" dist/debian/control > "$stage/DEBIAN/control"
echo "Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)" >> "$stage/DEBIAN/control"
install -m644 dist/debian/conffiles "$stage/DEBIAN/conffiles"
for script in postinst prerm postrm; do install -m755 "dist/debian/$script" "$stage/DEBIAN/$script"; done
mkdir -p "$out"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$stage" "$out/circledesk_${version}_amd64.deb" >/dev/null
echo "$out/circledesk_${version}_amd64.deb"
