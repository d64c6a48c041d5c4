#!/usr/bin/env bash
# The same county before and after a change. REV's program (built once, in a clone under
# bench-data) makes the sample county at each scale; a copy of it is migrated by this
# program. Each program then replays the desk session (queue-bench), runs the tmux session and
# times `request act` on its own copy, one after the other, so their figures can be read side
# by side. An older program cannot open a newer file, hence two files of one county.
# Usage: scripts/bench-before.sh REV BIN QUEUE_BENCH SCALE...
set -euo pipefail
rev=$1 bin=$2 queue_bench=$3
shift 3
now=2026-11-28T09:00:00+08:00
short=$(git rev-parse --short "$rev^{commit}")
work=bench-data/before-$short
release=(-c release --static-swift-stdlib -Xswiftc -no-toolchain-stdlib-rpath)
mkdir -p "$work"
if [ ! -x "$work/src/.build/release/queue-bench" ]; then
  rm -rf "$work/src"
  git clone -q . "$work/src"
  git -C "$work/src" checkout -q "$short"
  (cd "$work/src" && swift build "${release[@]}" --product circledesk && swift build "${release[@]}" --product queue-bench) >/dev/null
fi
before_bin=$work/src/.build/release/circledesk
before_bench=$work/src/.build/release/queue-bench
for scale in "$@"; do
  before=$work/scale-$scale.sqlite
  after=$work/scale-$scale-migrated.sqlite
  [ -f "$before" ] || "$before_bin" demo --db "$before" --scale "$scale" --now "$now" >/dev/null
  if [ ! -f "$after" ]; then
    cp "$before" "$after.partial"
    "$bin" --db "$after.partial" migrate >/dev/null
    rm -f "$after.partial".before-*
    mv "$after.partial" "$after"
  fi
  for side in before after; do
    if [ $side = before ]; then program=$before_bin bench=$before_bench db=$before label="before ($short)"
    else program=$bin bench=$queue_bench db=$after label="after (this tree)"; fi
    echo "scale $scale, $label:"
    "$bench" "$db" 3
    if command -v tmux >/dev/null; then python3 scripts/tmux-bench.py "$program" "$db" 3; else echo "tmux: skipped (no tmux)"; fi
    scripts/write-bench.sh "$program" "$db"
    echo
  done
done
