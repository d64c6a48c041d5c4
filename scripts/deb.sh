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
install -Dm644 dist/circledesk.conf "$stage/etc/circledesk/circledesk.conf"
install -d "$stage/DEBIAN"
sed "s/@VERSION@/$version/" dist/debian/control > "$stage/DEBIAN/control"
echo "Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)" >> "$stage/DEBIAN/control"
install -m644 dist/debian/conffiles "$stage/DEBIAN/conffiles"
for script in postinst prerm postrm; do install -m755 "dist/debian/$script" "$stage/DEBIAN/$script"; done
mkdir -p "$out"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$stage" "$out/circledesk_${version}_amd64.deb" >/dev/null
echo "$out/circledesk_${version}_amd64.deb"
