#!/usr/bin/env bash
# Opens the reports with programs no one here wrote, as finance staff would (not in CI: the
# installs are heavy). Installs Debian's libreoffice-calc, chromium and poppler-utils if
# missing.
#   1. LibreOffice converts every sheet of afstemning.xlsx to CSV without error or repair, and
#      the data sheet holds the numbers of afstemning.csv.
#   2. Chromium prints rapport.html to PDF (A4), one page for the summary and one per
#      municipality and the jobcenter, then the follow-up (goals and flags).
#   3. HTML Tidy (HTML5-aware) finds no error and no warning in rapport.html.
#
#   scripts/check-reports.sh [Output/2017]
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-Output/2017}"

need=()
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
command -v tidy >/dev/null 2>&1 || need+=(tidy)
if [ ${#need[@]} -gt 0 ]; then
    echo "== installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" fonts-dejavu-core >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0

echo "== LibreOffice: $folder/afstemning.xlsx → CSV, every sheet"
# Filter options: comma, double quote, UTF-8 (76), from line 1, …, raw values (not as shown),
# sheet -1 = every sheet to its own file.
if ! libreoffice --headless -env:UserInstallation="file://$work/lo-profile" --convert-to \
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1' \
        --outdir "$work/csv" "$folder/afstemning.xlsx" >"$work/lo.log" 2>&1; then
    cat "$work/lo.log"; echo "FAIL: LibreOffice could not convert the workbook" >&2; failed=1
fi
cat "$work/lo.log"
if grep -qiE "error|repair|corrupt|general input/output" "$work/lo.log"; then
    echo "FAIL: LibreOffice reported a problem" >&2; failed=1
fi
ls "$work/csv" 2>/dev/null | sed 's/^/  /'
data="$(ls "$work"/csv/*Data* 2>/dev/null | head -1 || true)"
if [ -z "$data" ]; then
    echo "FAIL: no CSV of the data sheet" >&2; failed=1
else
    python3 - "$data" "$folder/afstemning.csv" <<'PY' || failed=1
import csv, sys
from decimal import Decimal
converted = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
original = list(csv.reader(open(sys.argv[2], encoding="utf-8")))
assert converted[0] == original[0], f"header differs: {converted[0]} vs {original[0]}"
assert len(converted) == len(original), f"{len(converted)} rows, afstemning.csv has {len(original)}"
cells = 0
for line, (a, b) in enumerate(zip(converted[1:], original[1:]), start=2):
    for column, (x, y) in enumerate(zip(a, b)):
        if y == "" or column < 3:
            assert x == y, f"line {line} column {column + 1}: {x!r} != {y!r}"
        else:
            assert Decimal(x) == Decimal(y), f"line {line} column {column + 1}: {x} != {y}"
            cells += 1
print(f"  data sheet as LibreOffice reads it = afstemning.csv: {len(original) - 1} rows, {cells} numbers")
PY
fi

echo "== Chromium: $folder/rapport.html → PDF"
if ! chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/chromium" --no-pdf-header-footer \
        --print-to-pdf="$work/rapport.pdf" "file://$(realpath "$folder/rapport.html")" >"$work/chromium.log" 2>&1; then
    cat "$work/chromium.log"; echo "FAIL: Chromium could not print the report" >&2; failed=1
fi
if [ -s "$work/rapport.pdf" ]; then
    pdfinfo "$work/rapport.pdf" | grep -E "^(Pages|Page size)" | sed 's/^/  /'
    sections=$(grep -c '<section class="unit"' "$folder/rapport.html")
    pages=$(pdfinfo "$work/rapport.pdf" | awk '/^Pages:/ {print $2}')
    if ! grep -q '<section class="followup"' "$folder/rapport.html"; then
        if [ "$pages" -ne $((sections + 1)) ]; then
            echo "FAIL: $pages pages; expected $((sections + 1)) (summary + one per section): a table or chart spilled over" >&2
            failed=1
        fi
    else
        # The follow-up (goals and flags) comes last and may take several pages; it must
        # start on the page after the last section's, or a table or chart spilled over.
        start=$((sections + 2))
        # With peers, the comparison comes first: its tables, then its charts on a page of their own.
        if grep -q '<section class="comparison"' "$folder/rapport.html"; then
            if ! pdftotext -f "$start" -l "$start" "$work/rapport.pdf" - | head -3 | grep -q "Sammenligning med sammenlignelige kommuner"; then
                echo "FAIL: the comparison does not start on page $start: a table or chart spilled over" >&2
                failed=1
            fi
            start=$((start + 2))
        fi
        if [ "$pages" -lt "$start" ] || ! pdftotext -f "$start" -l "$start" "$work/rapport.pdf" - | head -3 | grep -q "Opfølgning"; then
            echo "FAIL: the follow-up does not start on page $start (summary + one per section): a table or chart spilled over" >&2
            failed=1
        fi
    fi
    if [ -n "${KEEP_PDF:-}" ]; then cp "$work/rapport.pdf" "$KEEP_PDF"; echo "  kept $KEEP_PDF"; fi
else
    echo "FAIL: no PDF" >&2; failed=1
fi

echo "== HTML Tidy: $folder/rapport.html"
if ! tidy -q -e "$folder/rapport.html" >"$work/tidy.log" 2>&1 || [ -s "$work/tidy.log" ]; then
    cat "$work/tidy.log"; echo "FAIL: HTML Tidy reports problems" >&2; failed=1
else
    echo "  no errors, no warnings"
fi

if [ "$failed" -ne 0 ]; then echo "check-reports: FAILED" >&2; exit 1; fi
echo "check-reports: both reports open cleanly"
