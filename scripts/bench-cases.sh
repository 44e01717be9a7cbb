#!/usr/bin/env bash
# Throughput and memory of the case-period path: generates N case rows (default 1,000,000)
# with a fixed seed into a scratch folder, runs the release build on them and prints the
# wall time and peak memory. Usage: scripts/bench-cases.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Input/budget" "$work/Input/takster" "$work/Input/sager"
cp Input/ydelser.csv "$work/Input/"
cp Input/budget/* "$work/Input/budget/"
cp Input/takster/* "$work/Input/takster/"
python3 - "$rows" "$work/Input/sager/sager.csv" <<'PY'
import random, sys, datetime
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(2017)
benefits = ["A-dagpenge", "Kontanthjælp", "Sygedagpenge", "Uddannelseshjælp", "Fleksjob, ny ordning", "Ledighedsydelse"]
towns = ["Ishøj", "Vallensbæk"]
start = datetime.date(2014, 1, 1)
with open(path, "w", encoding="utf-8") as f:
    f.write("sagsid;kommune;ydelse;fra;til;omfang\n")
    for i in range(rows):
        fra = start + datetime.timedelta(days=random.randrange(4 * 365))
        til = "" if random.random() < 0.1 else (fra + datetime.timedelta(days=random.randrange(1, 400))).isoformat()
        omfang = "" if random.random() < 0.8 else "0,5"
        name = random.choice(benefits)
        name = f'"{name}"' if "," in name else name
        f.write(f"{random.randrange(10**9, 10**10)};{random.choice(towns)};{name};{fra.isoformat()};{til};{omfang}\n")
PY
cat > "$work/pipeline.yml" <<'YML'
year: 2017
prior_years: [2015, 2016]
municipalities: [Vallensbæk, Ishøj]
jobcenter: Jobcenter Vallensbæk
inputs:
  catalog: Input/ydelser.csv
  budget: Input/budget
  rates: Input/takster
  cases: Input/sager
YML
swift build -c release --product caseload >/dev/null
binary="$PWD/.build/release/caseload"
size=$(du -h "$work/Input/sager/sager.csv" | cut -f1)
echo "rows: $rows ($size)"
( cd "$work" && /usr/bin/time -f "wall %e s, peak memory %M KiB" "$binary" >/dev/null )
