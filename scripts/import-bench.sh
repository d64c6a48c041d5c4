#!/usr/bin/env bash
# Times `circledesk import cadres` on a file of ROWS new cadres (100,000 by default) made
# here, in UTF-8 with a BOM, in GB18030 and as an .xlsx workbook (written by openpyxl, as
# another program would): a dry run, the import into a fresh sample county, and the same file
# again (which changes nothing); beside it, the floor: the same file loaded straight into
# SQLite by sqlite3's .import and one INSERT … SELECT, and the peer for workbooks: openpyxl
# reading every cell of the same .xlsx.
# Usage: scripts/import-bench.sh BIN (RUNS=3, ROWS=100000)
set -euo pipefail
bin=$1
runs=${RUNS:-3}
rows=${ROWS:-100000}
now=2026-11-28T09:00:00+08:00
dir=bench-data/import
mkdir -p "$dir"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }

base="$dir/county.sqlite"
[ -f "$base" ] || "$bin" demo --db "$base" --now "$now" >/dev/null
file="$dir/cadres-$rows.csv"
if [ ! -f "$file" ]; then
  towns=(罗阳镇 司前畲族镇 百丈镇 筱村镇 泗溪镇 彭溪镇 雅阳镇 仕阳镇 三魁镇 南浦溪镇 龟湖镇 西旸镇 包垟乡 竹里畲族乡 凤垟乡 柳峰乡 雪溪乡 大安乡 东溪乡)
  surnames=(陈 林 张 王 李 吴 周 黄 胡 刘 毛 包 叶 潘 钟 雷 蓝 季 董 赖)
  given=(伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平)
  {
    printf '\xEF\xBB\xBF姓名,手机,身份,乡镇,联系青年数,加入日期\r\n'
    for ((i = 0; i < rows; i++)); do
      printf '%s%s%s,199%08d,志愿者,%s,%d,2025-%02d-%02d\r\n' "${surnames[i % 20]}" "${given[i / 20 % 20]}" "${given[i / 400 % 20]}" \
        "$i" "${towns[i % 19]}" $((i % 300)) $((i % 12 + 1)) $((i % 28 + 1))
    done
  } >"$file"
  iconv -f UTF-8 -t GB18030 <"$file" >"$dir/cadres-$rows-gb18030.csv"
fi
# openpyxl, which make test installs into the build folder (scripts/deps.sh test).
[ -d .build/test-python/openpyxl ] || scripts/deps.sh test
python() { PYTHONPATH=.build/test-python python3 "$@"; }
workbook="$dir/cadres-$rows.xlsx"
[ -f "$workbook" ] || python - "$file" "$workbook" <<'PY'
import csv, sys, openpyxl
book = openpyxl.Workbook(write_only=True)
sheet = book.create_sheet("团干部")
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    for i, row in enumerate(csv.reader(f)):
        # The phone and the count typed as numbers, as people do in Excel.
        sheet.append(row if i == 0 else [row[0], int(row[1]), row[2], row[3], int(row[4]), row[5]])
book.save(sys.argv[2])
PY

fresh() { cp "$base" "$dir/run.sqlite"; rm -f "$dir/run.sqlite-wal" "$dir/run.sqlite-shm"; }
time_import() { # label, file, extra args
  local label=$1 csv=$2; shift 2
  local times=() again=()
  for _ in $(seq "$runs"); do
    fresh
    times+=("$(seconds "$bin" import cadres "$csv" --db "$dir/run.sqlite" --now "$now" "$@")")
    [ $# -eq 0 ] && again+=("$(seconds "$bin" import cadres "$csv" --db "$dir/run.sqlite" --now "$now")")
  done
  printf '%-28s %10.2f' "$label" "$(printf '%s\n' "${times[@]}" | median)"
  [ ${#again[@]} -gt 0 ] && printf ' %14.2f' "$(printf '%s\n' "${again[@]}" | median)"
  echo
}

printf '%-28s %10s %14s\n' "cadres, $rows rows" "first s" "same again s"
time_import "dry run (UTF-8 + BOM)" "$file" --dry-run
time_import "import (UTF-8 + BOM)" "$file"
time_import "import (GB18030)" "$dir/cadres-$rows-gb18030.csv"
time_import "dry run (.xlsx)" "$workbook" --dry-run
time_import "import (.xlsx)" "$workbook"
peer=()
for _ in $(seq "$runs"); do
  peer+=("$(seconds python -c "
import sys, openpyxl
rows = openpyxl.load_workbook(sys.argv[1], read_only=True).active.iter_rows(values_only=True)
print(sum(1 for _ in rows))" "$workbook")")
done
printf '%-28s %10.2f\n' "peer (openpyxl reads .xlsx)" "$(printf '%s\n' "${peer[@]}" | median)"
floor=()
for _ in $(seq "$runs"); do
  fresh
  floor+=("$(seconds sqlite3 "$dir/run.sqlite" "CREATE TEMP TABLE staged (name, phone, role, township, youth, joined);" \
    ".import --csv --skip 1 $file staged" "
    INSERT INTO cadre (name, role, township_id, phone, youth_in_contact, joined_on)
    SELECT s.name, 'volunteer', t.id, s.phone, s.youth, s.joined FROM staged s JOIN township t ON t.name = s.township;")")
done
printf '%-28s %10.2f\n' "floor (sqlite3 .import)" "$(printf '%s\n' "${floor[@]}" | median)"
