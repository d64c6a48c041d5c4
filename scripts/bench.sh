#!/usr/bin/env bash
# At each scale: times `circledesk demo` and `circledesk stats` (beside the per-table counts
# run straight by sqlite3) and the weekly summary of the demo's last full week, then replays a scripted desk session with queue-bench (key to
# finished frame, beside the queue's own SQL straight on SQLite).
# Usage: scripts/bench.sh BIN QUEUE_BENCH SCALE... (RUNS=3 by default; scale 100 runs once)
set -euo pipefail
bin=$1; shift
queue_bench=$1; shift
runs=${RUNS:-3}
now=2026-11-28T09:00:00+08:00
dir=bench-data
mkdir -p "$dir"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }

printf '%-6s %12s %10s %12s %12s %12s %10s %10s\n' scale "demo s" "MB" rows "rows/s" "stats s" "floor s" "weekly s"
sessions=()
terminal=()
for scale in "$@"; do
  n=$runs; [ "$scale" -ge 100 ] && n=1
  db="$dir/scale-$scale.sqlite"
  times=()
  for _ in $(seq "$n"); do
    rm -f "$db" "$db-wal" "$db-shm"
    times+=("$(seconds "$bin" demo --db "$db" --scale "$scale" --now "$now")")
  done
  demo=$(printf '%s\n' "${times[@]}" | median)
  size=$(stat -c %s "$db")
  tables=$(sqlite3 "$db" "SELECT name FROM pragma_table_list WHERE schema='main' AND type='table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'")
  count_sql=$(for t in $tables; do printf 'SELECT count(*) FROM %s;' "$t"; done)
  rows=$(sqlite3 "$db" "$count_sql" | paste -sd+ | bc)
  stats=$(for _ in 1 2 3; do seconds "$bin" stats --db "$db" --now "$now" --format json; done | median)
  floor=$(for _ in 1 2 3; do seconds sqlite3 "$db" "$count_sql"; done | median)
  weekly=$(for _ in 1 2 3; do seconds "$bin" report weekly --week 2026-W47 --db "$db" --now "$now"; done | median)
  printf '%-6s %12.2f %10.1f %12d %12.0f %12.3f %10.3f %10.3f\n' "$scale" "$demo" "$(echo "$size/1048576" | bc -l)" \
    "$rows" "$(echo "$rows/$demo" | bc -l)" "$stats" "$floor" "$weekly"
  sessions+=("scale $scale:" "$("$queue_bench" "$db" 3)")
  if command -v tmux >/dev/null; then
    terminal+=("scale $scale:" "$(python3 scripts/tmux-bench.py "$bin" "$db" 3)")
  else
    terminal+=("scale $scale: skipped (no tmux)")
  fi
done
echo
echo "Desk session (120x40, memory terminal, 3 rounds of the script; per key p50 and p99 beside the store alone):"
printf '%s\n' "${sessions[@]}"
echo
echo "The program in tmux (120x40, 3 runs; from outside, so each figure includes the terminal):"
printf '%s\n' "${terminal[@]}"
