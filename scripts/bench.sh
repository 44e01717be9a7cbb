#!/usr/bin/env bash
# Benchmark of caseload against DuckDB and xmllint, in one run on one machine (issue 11).
#
#   scripts/bench.sh            1M, 2M and 10M case rows (the sizes issue 19 names), and budget XML of about 25 and 100 MB
#   BENCH_ROWS="200000" scripts/bench.sh      other sizes (space-separated)
#   BENCH_WORK=/some/dir scripts/bench.sh     keep the generated files there
#   BENCH_CUTOFF=none scripts/bench.sh        time the run without a cut-off (no forecast, no
#                                             follow-up in the reports; the monthly tally is
#                                             still computed by the case reader)
#   BENCH_PEERS=10 scripts/bench.sh           peers in the run with a comparison (default 10)
#   BENCH_REPEAT=1 scripts/bench.sh           runs of each timed step (default 3): the table shows
#                                             the median wall time and the largest peak, and every
#                                             run's wall time is printed beside them; the steps a
#                                             ratio compares run in that many rounds, one of each
#                                             per round, and the ratio is the rounds' median
#
# Builds the release binary; generates each data set with `caseload generate` (seed 2017)
# and gives its pipeline.yml a cut-off at the budget year's end (the same figures, and the run
# computes the monthly values and the year-end forecast too); times caseload end to end
# (pipeline.yml of all 98 municipalities) and DuckDB (pip package in a scratch venv) computing
# the same helårspersoner per municipality × benefit × year, and per month, with SQL over the
# same CSV; checks both give the same figures (yearly to 0.01 hp against afstemning.csv,
# monthly to 0.0001 hp against the months of the `caseload-months` tool, which prints the
# monthly values the forecast uses, `MonthlySeries.cases`, untimed); times reading the
# budget XML with XSD validation against `xmllint --stream --noout --schema`, at two sizes
# (BENCH_XML_YEARS, the generated budget years of each; the peaks should be the same); times a
# rerun with nothing changed and `caseload status` on each case data set (the stat cache in
# Output/.caseload-cache: no input is hashed again); times a run with a comparison on the same
# case file (`generate --peers`: BENCH_PEERS municipalities as peers, the others ours, the
# country's rows and the labour force; sammenligning.csv checked to be written); times the fixed
# cost, a run of all 98 municipalities on 20,000 case rows, with and without a cut-off. Prints
# wall time and peak memory (GNU time's maximum resident set size) and the ratios.
# Needs python3 (venv, pip, network for duckdb once), /usr/bin/time, xmllint (libxml2-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
rows_list=${BENCH_ROWS:-"1000000 2000000 10000000"}
xml_years_list=${BENCH_XML_YEARS:-"1900-2183 1900-2999"}   # about 25 and 97 MB of budgets (≈ 88 KB a year)
bench_cutoff=${BENCH_CUTOFF:-year-end}
bench_peers=${BENCH_PEERS:-10}
if [ -n "${BENCH_WORK:-}" ]; then
    work=$BENCH_WORK
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
for tool in /usr/bin/time xmllint python3; do
    command -v "$tool" >/dev/null || { echo "bench.sh: $tool is missing (xmllint: apt-get install libxml2-utils)" >&2; exit 2; }
done

echo "== building release"
swift build -c release --product caseload >/dev/null
swift build -c release --product caseload-months >/dev/null
bin="$root/.build/release/caseload"
months_bin="$root/.build/release/caseload-months"
if [ ! -x "$work/venv/bin/python" ]; then
    echo "== installing duckdb into a scratch venv"
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install -q duckdb
fi
py="$work/venv/bin/python"

echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $(uname -sr)"
echo "swift: $(swift --version 2>&1 | head -1)"
echo "duckdb $("$py" -c 'import duckdb; print(duckdb.__version__)'), $(xmllint --version 2>&1 | head -1)"

# measure LABEL DIR COMMAND...: runs COMMAND in DIR under GNU time BENCH_REPEAT times; sets
# wall (s, the median run) and peak (MiB, the largest of the runs), and prints every run's time.
# The machine is shared and one run can be an outlier either way; the median of three is what
# the table shows, the spread is in the printed line.
repeat=${BENCH_REPEAT:-3}
measure() {
    local label=$1 dir=$2
    shift 2
    local load walls=() peaks=() i w p
    for ((i = 0; i < repeat; i++)); do
        # Earlier steps' writes (generated files, other results) are flushed first: otherwise the
        # timed run's fsyncs of its own results wait for them (on ext4 a 10M-row run took 29 s
        # instead of 3 s right after the 2M-row set was generated).
        sync
        [ "$i" -gt 0 ] || load=$(cut -d' ' -f1 /proc/loadavg)
        if ! (cd "$dir" && /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt"); then
            echo "bench.sh: $label failed:" >&2
            cat "$work/stderr.txt" "$work/stdout.txt" >&2
            exit 1
        fi
        w=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time.txt")
        p=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/time.txt")
        walls+=("$w")
        peaks+=("$p")
    done
    wall=$(median "${walls[@]}")
    peak=$(largest "${peaks[@]}")
    printf "%-44s wall %7.2f s   peak %8.1f MiB   (load %s; runs %s s)\n" "$label" "$wall" "$peak" "$load" "${walls[*]}"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
largest() { printf '%s\n' "$@" | sort -g | tail -n 1; }
# Steps whose times are compared (caseload against DuckDB or xmllint) run in rounds instead:
# each step once per round, BENCH_REPEAT rounds, so both sides of a ratio are timed within
# seconds of each other. The machine's speed drifts by tens of percent over minutes (the same
# binary on the same file: 0.24 s, then 0.34 s a few minutes later), which three runs of one
# step and then three of the other would fold into the ratio. A ratio is the median of the
# rounds' ratios; each side's median time and largest peak are shown beside it.

summary=()
peers_peaks=()
for rows in $rows_list; do
    dir="$work/cases-$rows"
    echo "== $rows case rows"
    if [ ! -f "$dir/Input/sager/sager.csv" ]; then
        "$bin" generate --rows "$rows" "$dir" >/dev/null
    fi
    year=$(awk '/^year:/ {print $2}' "$dir/pipeline.yml")
    sed -i '/^cutoff:/d' "$dir/pipeline.yml"
    [ "$bench_cutoff" = none ] || echo "cutoff: $year-12-31" >>"$dir/pipeline.yml"
    echo "file: $(du -m "$dir/Input/sager/sager.csv" | cut -f1) MB"
    cat "$dir/Input/sager/sager.csv" >/dev/null   # in the page cache, for caseload as for DuckDB after it
    ours_walls=() ours_peaks=() duck_walls=() duck_peaks=() months_walls=() months_peaks=() yearly_ratios=() monthly_ratios=()
    for ((round = 1; round <= repeat; round++)); do
        repeat=1 measure "caseload ($rows rows), round $round" "$dir" "$bin" run --force
        ours_walls+=("$wall") ours_peaks+=("$peak")
        repeat=1 measure "DuckDB SQL ($rows rows), round $round" "$dir" "$py" "$root/scripts/bench_duckdb.py" query "$dir"
        duck_walls+=("$wall") duck_peaks+=("$peak") yearly_ratios+=("$(ratio "${ours_walls[-1]}" "$wall")")
        repeat=1 measure "DuckDB SQL, monthly ($rows rows), round $round" "$dir" "$py" "$root/scripts/bench_duckdb.py" months "$dir"
        months_walls+=("$wall") months_peaks+=("$peak") monthly_ratios+=("$(ratio "${ours_walls[-1]}" "$wall")")
    done
    ours_wall=$(median "${ours_walls[@]}") ours_peak=$(largest "${ours_peaks[@]}")
    duck_wall=$(median "${duck_walls[@]}") duck_peak=$(largest "${duck_peaks[@]}")
    months_wall=$(median "${months_walls[@]}") months_peak=$(largest "${months_peaks[@]}")
    yearly_ratio=$(median "${yearly_ratios[@]}") monthly_ratio=$(median "${monthly_ratios[@]}")
    "$py" "$root/scripts/bench_duckdb.py" compare "$dir"
    echo "caseload / DuckDB: wall $yearly_ratio (rounds ${yearly_ratios[*]}), peak memory $(ratio "$ours_peak" "$duck_peak")"
    summary+=("| $rows case rows | $ours_wall s | $ours_peak MiB | $duck_wall s | $duck_peak MiB | $yearly_ratio | $(ratio "$ours_peak" "$duck_peak") |")
    "$months_bin" "$dir" >"$dir/caseload-months.csv"
    "$py" "$root/scripts/bench_duckdb.py" compare-months "$dir"
    echo "caseload / DuckDB monthly: wall $monthly_ratio (rounds ${monthly_ratios[*]}), peak memory $(ratio "$ours_peak" "$months_peak")"
    summary+=("| $rows case rows, monthly figures | $ours_wall s | $ours_peak MiB | $months_wall s | $months_peak MiB | $monthly_ratio | $(ratio "$ours_peak" "$months_peak") |")
    # Nothing changed since the run above: the rerun and `status` find each file's hash in the
    # stat cache (size, mtime, inode unchanged) and hash nothing again.
    measure "caseload run, nothing changed ($rows rows)" "$dir" "$bin" run
    grep -q "up to date" "$work/stdout.txt" || { echo "bench.sh: the rerun found something changed:" >&2; cat "$work/stdout.txt" >&2; exit 1; }
    summary+=("| $rows case rows, run with nothing changed | $wall s | $peak MiB | | | | |")
    measure "caseload status ($rows rows)" "$dir" "$bin" status
    summary+=("| $rows case rows, status | $wall s | $peak MiB | | | | |")
    # With a comparison (issue 18): the same case file (the generator writes the same bytes
    # with --peers; one copy on disk), the peers' case periods tallied in the same pass.
    pdir="$work/peers-$rows"
    if [ ! -f "$pdir/Input/arbejdsstyrke/arbejdsstyrke.csv" ]; then
        "$bin" generate --rows "$rows" --peers "$bench_peers" "$pdir" >/dev/null
        if cmp -s "$dir/Input/sager/sager.csv" "$pdir/Input/sager/sager.csv"; then
            ln -f "$dir/Input/sager/sager.csv" "$pdir/Input/sager/sager.csv"
        fi
    fi
    sed -i '/^cutoff:/d' "$pdir/pipeline.yml"
    [ "$bench_cutoff" = none ] || echo "cutoff: $year-12-31" >>"$pdir/pipeline.yml"
    own=$((98 - bench_peers))
    measure "caseload, $own + $bench_peers peers ($rows rows)" "$pdir" "$bin" run --force
    compared="$pdir/Output/$year/sammenligning.csv"
    [ -f "$compared" ] && grep -q ',hele_landet,' "$compared" \
        || { echo "bench.sh: the run with peers wrote no comparison with the country" >&2; exit 1; }
    echo "sammenligning.csv: $(($(wc -l <"$compared") - 1)) rows ($own municipalities, $bench_peers peers, Hele landet)"
    summary+=("| $rows case rows, $own municipalities + $bench_peers peers, labour force | $wall s | $peak MiB | | | | |")
    peers_peaks+=("$peak")
done
if [ ${#peers_peaks[@]} -gt 1 ]; then
    echo "with peers, peak memory at the largest size / the smallest: $(ratio "${peers_peaks[-1]}" "${peers_peaks[0]}") (flat: about 1)"
fi

# The fixed cost (issue 19, target ≤ 0.2 s): 98 municipalities with few case rows, so the time
# is the reports (bilag1.md, rapport.html, the workbook) and the flags, not the case file; with
# and without a cut-off (the forecast, the follow-up tables and the monthly charts).
echo "== 98 municipalities, 20,000 case rows (fixed cost; target 0.2 s end to end)"
fdir="$work/fixed-20000"
if [ ! -f "$fdir/Input/sager/sager.csv" ]; then
    "$bin" generate --rows 20000 "$fdir" >/dev/null
fi
fyear=$(awk '/^year:/ {print $2}' "$fdir/pipeline.yml")
sed -i '/^cutoff:/d' "$fdir/pipeline.yml"
measure "caseload (98 municipalities, no cut-off)" "$fdir" "$bin" run --force
summary+=("| 98 municipalities, 20,000 case rows, no cut-off | $wall s | $peak MiB | | | | |")
echo "cutoff: $fyear-12-31" >>"$fdir/pipeline.yml"
measure "caseload (98 municipalities, cut-off)" "$fdir" "$bin" run --force
summary+=("| 98 municipalities, 20,000 case rows, cut-off $fyear-12-31 | $wall s | $peak MiB | | | | |")

for xml_years in $xml_years_list; do
    echo "== budget XML, years $xml_years"
    xdir="$work/xml-$xml_years"
    if [ ! -f "$xdir/Input/budget/budget.xml" ]; then
        "$bin" generate --rows 1 --budget-years "$xml_years" "$xdir" >/dev/null
        # No case file: the run reads the catalog, the budget XML and the rates.
        sed -i '/^  cases:/d' "$xdir/pipeline.yml"
        rm -rf "$xdir/Input/sager"
        "$bin" schema >"$xdir/budget.xsd"
    fi
    xml_mb=$(awk -v b="$(stat -c %s "$xdir/Input/budget/budget.xml")" 'BEGIN { printf "%.0f", b / 1000000 }')
    echo "file: $xml_mb MB, $(wc -l <"$xdir/Input/budget/budget.xml") lines"
    cat "$xdir/Input/budget/budget.xml" >/dev/null   # in the page cache for both
    lint_walls=() lint_peaks=() xml_walls=() xml_peaks=() xml_ratios=()
    for ((round = 1; round <= repeat; round++)); do
        repeat=1 measure "xmllint --stream --noout --schema ($xml_mb MB), round $round" "$xdir" xmllint --stream --noout --schema budget.xsd Input/budget/budget.xml
        lint_walls+=("$wall") lint_peaks+=("$peak")
        repeat=1 measure "caseload (budget XML $xml_mb MB, end to end), round $round" "$xdir" "$bin" run --force
        xml_walls+=("$wall") xml_peaks+=("$peak") xml_ratios+=("$(ratio "$wall" "${lint_walls[-1]}")")
    done
    lint_wall=$(median "${lint_walls[@]}") lint_peak=$(largest "${lint_peaks[@]}")
    wall=$(median "${xml_walls[@]}") peak=$(largest "${xml_peaks[@]}") xml_ratio=$(median "${xml_ratios[@]}")
    echo "caseload / xmllint: wall $xml_ratio (rounds ${xml_ratios[*]}), peak memory $(ratio "$peak" "$lint_peak")"
    summary+=("| $xml_mb MB budget XML ($xml_years) | $wall s | $peak MiB | xmllint $lint_wall s | $lint_peak MiB | $xml_ratio | $(ratio "$peak" "$lint_peak") |")
done

echo "== table (docs/benchmarks.md)"
echo "| input | caseload wall | caseload peak | other wall | other peak | wall ratio | memory ratio |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${summary[@]}"
