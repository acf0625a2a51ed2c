#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seeds from the project's own files (tests/data, sample-data, assets) and
# the regression corpus; libFuzzer adds what it finds beside them. The corpus is not committed: run this first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/fuzz/corpus"
cd "$root"

seed() { # seed TARGET FILE...: copies each file under a name made of its path, so two files never clash
  local target=$1; shift
  mkdir -p "$corpus/$target"
  for f in "$@"; do
    [ -f "$f" ] && cp "$f" "$corpus/$target/$(echo "$f" | tr '/ ' '__')"
  done
}
text() { # text TARGET NAME CONTENT: a seed written here (printf escapes allowed)
  mkdir -p "$corpus/$1"
  printf "$3" > "$corpus/$1/$2"
}

shopt -s nullglob globstar
seed metrics tests/data/metrics/*.{csv,xlsx,xls,parquet} tests/data/real/**/*.{csv,xls,xlsx} sample-data/*.csv \
  tests/data/fuzz-regressions/metrics-*
seed ledger tests/data/ledgers/*.{csv,xlsx,xls} tests/data/fuzz-regressions/ledger-*
seed progress tests/data/progress-v1.json sample-data/*.json tests/data/fuzz-regressions/progress-*
seed framework assets/framework.json tests/data/fuzz-regressions/framework-*
seed catalog assets/indicators.json tests/data/fuzz-regressions/catalog-*
seed index tests/data/fuzz-regressions/index-*

# ledger_cells: the first byte picks text (0), a float (1), an integer (2) or a date cell (3).
i=0
for cell in '2025-06-30' '2025年6月底' '2025.06' '2025/6/30' '60%%' '６０％' '0.6' '100' '-5' '1e308' 'NaN' \
  '已完成' '2025年13月' '45678' '二〇二五年六月'; do
  text ledger_cells "text-$i" "\x00$cell"; i=$((i + 1))
done
text ledger_cells float-half '\x01\x00\x00\x00\x00\x00\x00\xe0\x3f'
text ledger_cells float-serial '\x01\x00\x00\x00\x00\x80\x4e\xe6\x40'
text ledger_cells int-60 '\x02\x3c\x00\x00\x00'
text ledger_cells date '\x03\xe9\x07\x05\x1d'
# index: regions, years, indicators, flags (1: a total row, 2: 全市, 4: odd years, top bits: weighting), values.
text index total-row '\x05\x03\x02\x23\x01\x02\x20\x30\x40\x50\x60\x70\x80\x90\xa0\xb0\xc0\xd0\xe0\xf0\x21\x31\x41\x51\x61\x71\x81\x91\xa1\xb1\xc1\xd1\xe1\xf1'
text index specials '\x04\x02\x02\x81\x00\x03\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x00\x01\x02\x03\x04\x05'
echo "seeded $(find "$corpus" -type f | wc -l) files in $corpus"
