#!/usr/bin/env bash
# Opens the reports with programs no one here wrote, as finance staff would, for what CI does
# not check itself (not in CI: the installs are heavy). Installs Debian's
# libreoffice-calc-nogui and tidy if missing. (CI already prints rapport.html with headless
# Chromium and checks its page count and every chart, scripts/check-rendered-report.py, and
# reads the workbook with openpyxl, Tests/Python/check_workbook.py.)
#   1. LibreOffice converts every sheet of afstemning.xlsx to CSV without error or repair, and
#      each data sheet holds its file cell for cell: `Data (afstemning.csv)` afstemning.csv,
#      `Flag (flag.csv)` flag.csv and, with peers, `Data (sammenligning.csv)` sammenligning.csv.
#   2. HTML Tidy (HTML5-aware) finds no error and no warning in rapport.html.
#
#   scripts/check-reports.sh [Output/2017]
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-Output/2017}"

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v tidy >/dev/null 2>&1 || need+=(tidy)
if [ ${#need[@]} -gt 0 ]; then
    echo "== installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0

echo "== LibreOffice: $folder/afstemning.xlsx → CSV, every sheet"
# Filter options: comma, double quote, UTF-8 (76), from line 1, …, raw values (not as shown),
# sheet -1 = every sheet to its own file.
if ! soffice --headless -env:UserInstallation="file://$work/lo-profile" --convert-to \
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1' \
        --outdir "$work/csv" "$folder/afstemning.xlsx" >"$work/lo.log" 2>&1; then
    cat "$work/lo.log"; echo "FAIL: LibreOffice could not convert the workbook" >&2; failed=1
fi
cat "$work/lo.log"
if grep -qiE "error|repair|corrupt|general input/output" "$work/lo.log"; then
    echo "FAIL: LibreOffice reported a problem" >&2; failed=1
fi
ls "$work/csv" 2>/dev/null | sed 's/^/  /'
# compare_sheet FILE: the sheet `… (FILE)` as LibreOffice reads it is FILE, cell for cell
# (numbers as decimals, text as it is).
compare_sheet() {
    local name=$1 sheet
    sheet="$(ls "$work"/csv/*"($name)"* 2>/dev/null | head -1 || true)"
    if [ -z "$sheet" ]; then
        echo "FAIL: no CSV of the sheet … ($name)" >&2; failed=1; return
    fi
    python3 - "$sheet" "$folder/$name" <<'PY' || failed=1
import csv, sys
from decimal import Decimal, InvalidOperation
converted = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
original = list(csv.reader(open(sys.argv[2], encoding="utf-8")))
name = sys.argv[2].rsplit("/", 1)[-1]
assert converted[0] == original[0], f"header differs: {converted[0]} vs {original[0]}"
assert len(converted) == len(original), f"{len(converted)} rows, {name} has {len(original)}"
def number(text):
    try:
        return Decimal(text)
    except InvalidOperation:
        return None
cells = 0
for line, (a, b) in enumerate(zip(converted[1:], original[1:]), start=2):
    assert len(a) == len(b), f"line {line}: {len(a)} cells, {name} has {len(b)}"
    for column, (x, y) in enumerate(zip(a, b)):
        if number(y) is None:
            assert x == y, f"line {line} column {column + 1}: {x!r} != {y!r}"
        else:
            assert number(x) == number(y), f"line {line} column {column + 1}: {x} != {y}"
            cells += 1
print(f"  the sheet of {name} as LibreOffice reads it = {name}: {len(original) - 1} rows, {cells} numbers")
PY
}
compare_sheet afstemning.csv
if [ -f "$folder/flag.csv" ]; then compare_sheet flag.csv; fi
if [ -f "$folder/sammenligning.csv" ]; then compare_sheet sammenligning.csv; fi

echo "== HTML Tidy: $folder/rapport.html"
if ! tidy -q -e "$folder/rapport.html" >"$work/tidy.log" 2>&1 || [ -s "$work/tidy.log" ]; then
    cat "$work/tidy.log"; echo "FAIL: HTML Tidy reports problems" >&2; failed=1
else
    echo "  no errors, no warnings"
fi

if [ "$failed" -ne 0 ]; then echo "check-reports: FAILED" >&2; exit 1; fi
echo "check-reports: both reports open cleanly"
