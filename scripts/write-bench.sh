#!/usr/bin/env bash
# Times writes through the program: `circledesk request act` resolving a request and reopening
# it, ROUNDS times each (20 by default), on a copy of DATABASE; prints the medians. What the
# triggers that keep the tallies and indexes add shows here beside the process's own start.
# Usage: scripts/write-bench.sh BIN DATABASE
set -euo pipefail
bin=$1
source=$2
rounds=${ROUNDS:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source" "$work/county.sqlite"
db="$work/county.sqlite"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }

ref=$(sqlite3 "$db" "SELECT ref FROM help_request WHERE state = 'in_progress' ORDER BY id DESC LIMIT 1")
resolves=() reopens=()
for _ in $(seq "$rounds"); do
  resolves+=("$(seconds "$bin" request act "$ref" resolve --note "已联系收购商" --db "$db")")
  reopens+=("$(seconds "$bin" request act "$ref" reopen --note "收购商没来" --db "$db")")
done
printf 'request act (median of %d, ms): resolve %.1f · reopen %.1f\n' "$rounds" \
  "$(printf '%s\n' "${resolves[@]}" | median | awk '{print $1 * 1000}')" "$(printf '%s\n' "${reopens[@]}" | median | awk '{print $1 * 1000}')"
