#!/usr/bin/env bash
# Renders Output/<year>/rapport.html with headless Chromium to a PNG, the picture the README
# shows. Installs Debian's chromium with apt if it is missing (needs root, or run the apt line
# yourself).
#
#   scripts/render-report.sh [report.html] [out.png]
#   defaults: Output/2017/rapport.html → docs/rapport.png
#   RENDER_FROM=prognose-1 scripts/render-report.sh …   starts the picture at the section with
#   that id (the page's earlier sections are left out of a temporary copy), e.g. the budget
#   follow-up: RENDER_FROM=prognose-1 scripts/render-report.sh \
#       examples/opfoelgning-2017/Output/2017/rapport.html docs/opfoelgning.png
set -euo pipefail
cd "$(dirname "$0")/.."

report="${1:-Output/2017/rapport.html}"
png="${2:-docs/rapport.png}"
width="${RENDER_WIDTH:-900}"
height="${RENDER_HEIGHT:-1330}"

if ! command -v chromium >/dev/null 2>&1; then
    echo "== installing chromium (Debian package)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
[ -f "$report" ] || { echo "no $report; run 'swift run caseload' first" >&2; exit 1; }

mkdir -p "$(dirname "$png")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
if [ -n "${RENDER_FROM:-}" ]; then
    # Chromium's screenshot starts at the top of the page; a copy without the sections before
    # the wanted one starts there instead.
    python3 - "$report" "$RENDER_FROM" "$profile/rapport.html" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
start = text.find(f'id="{sys.argv[2]}"')
if start < 0:
    sys.exit(f"no section with id {sys.argv[2]} in {sys.argv[1]}")
start = text.rfind("<section", 0, start)
body = text.index("<body>") + len("<body>\n")
open(sys.argv[3], "w", encoding="utf-8").write(text[:body] + text[start:])
PY
    shown="$report (from #$RENDER_FROM)"
    report="$profile/rapport.html"
fi
# --no-sandbox: Chromium refuses to run as root with its sandbox. The page is our own file
# and makes no request; --user-data-dir keeps the run from touching a real profile.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --window-size="$width,$height" --force-device-scale-factor=1 \
    --screenshot="$(realpath -m "$png")" "file://$(realpath "$report")" 2>"$profile/chromium.log" || {
    cat "$profile/chromium.log" >&2
    exit 1
}
echo "wrote $png (${width}×${height} px) from ${shown:-$report}"
