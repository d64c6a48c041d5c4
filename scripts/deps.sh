#!/usr/bin/env bash
# Installs the Debian packages CircleDesk needs to build, run and test, when any is missing.
# A quick no-op when everything is there.
set -euo pipefail

# weasyprint and the Noto CJK fonts make the weekly summary's PDF; poppler-utils lets the
# tests look at it; lintian checks the Debian package as the archive would; unicode-data and
# unicode-cldr-core are the sources of the pinyin table, which a test makes again; ncurses-term
# has the terminfo of PuTTY and the others staff log in with, whose keys a test presses;
# libvips and libchafa read and draw photos; exiftool and heif-enc make the phone photos
# (EXIF orientation and position, HEIC) the tests give them.
packages=(libncurses-dev libsqlite3-dev libvips-dev libchafa-dev libimage-exiftool-perl libheif-examples tmux tzdata sqlite3 bc weasyprint fonts-wqy-microhei fonts-noto-cjk poppler-utils lintian
          unicode-data unicode-cldr-core python3-pip ncurses-term)

# Independent readers the tests hold ours against, from PyPI into the build folder (Debian
# has neither at these versions): pypinyin's dictionary, and openpyxl, which reads and writes
# .xlsx as Excel does; `deps.sh test` adds them.
python_tools() {
  [ -d .build/test-python/pypinyin ] && [ -d .build/test-python/openpyxl ] && return 0
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --no-deps \
    --target .build/test-python pypinyin==0.55.0 openpyxl==3.1.5 et_xmlfile==2.0.0 \
    || { echo "error: pip could not install pypinyin and openpyxl into .build/test-python; is PyPI reachable?" >&2; exit 1; }
}

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && { [ "${1:-}" != test ] || python_tools; exit 0; }

echo "Installing missing packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1; then
  run=(sudo)
else
  echo "error: cannot install ${missing[*]}: run 'apt-get install ${missing[*]}' as root, then try again." >&2
  exit 1
fi
if ! { "${run[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -qq "${missing[@]}"; }; then
  echo "error: apt-get could not install ${missing[*]}; install them by hand, then try again." >&2
  exit 1
fi
[ "${1:-}" != test ] || python_tools
