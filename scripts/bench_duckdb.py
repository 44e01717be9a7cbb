"""Benchmark helper for scripts/bench.sh (test tooling, never part of the product).

  bench_duckdb.py query FOLDER   DuckDB computes helårspersoner per municipality × benefit ×
                                 year from FOLDER/Input/sager/sager.csv with SQL, into
                                 FOLDER/duckdb.csv (timed by bench.sh).
  bench_duckdb.py compare FOLDER compares FOLDER/duckdb.csv with caseload's
                                 FOLDER/Output/<year>/afstemning.csv; exits 1 if any figure
                                 differs by 0.01 hp or more, or one side lacks a figure.
  bench_duckdb.py months FOLDER  DuckDB computes helårspersoner per municipality × benefit ×
                                 year × month (the month's days × omfang over its days) for
                                 the same years, into FOLDER/duckdb-months.csv (timed).
  bench_duckdb.py compare-months FOLDER
                                 compares FOLDER/duckdb-months.csv with caseload's monthly
                                 values in FOLDER/caseload-months.csv (written by the
                                 caseload-months tool); exits 1 if any month differs by
                                 0.0001 hp or more, or one side has a month the other lacks
                                 (a month caseload gives as exactly 0 — a benefit without a
                                 case in a month the municipality's cases reach — is absent
                                 from DuckDB's GROUP BY, and that is the same figure).
The generated files have a different sagsid on every row, so no case periods overlap and
plain SQL sums are the right figures.
"""
import csv
import os
import re
import sys
from decimal import Decimal


def years(folder):
    text = open(os.path.join(folder, "pipeline.yml"), encoding="utf-8").read()
    year = int(re.search(r"^year: (\d+)", text, re.M).group(1))
    prior = [int(y) for y in re.search(r"^prior_years: \[([^\]]*)\]", text, re.M).group(1).split(",") if y.strip()]
    return year, prior


def query(folder):
    import duckdb
    year, prior = years(folder)
    values = ", ".join(f"({y})" for y in [year] + prior)
    source = os.path.join(folder, "Input/sager/sager.csv").replace("'", "''")
    target = os.path.join(folder, "duckdb.csv").replace("'", "''")
    duckdb.sql(f"""
        COPY (
          WITH cases AS (
            SELECT lower(trim(kommune)) AS kommune, lower(trim(ydelse)) AS ydelse,
                   CAST(fra AS DATE) AS fra, CAST(NULLIF(trim(til), '') AS DATE) AS til,
                   COALESCE(CAST(replace(NULLIF(trim(omfang), ''), ',', '.') AS DECIMAL(19, 18)), 1) AS omfang
            FROM read_csv('{source}', delim = ';', quote = '"', header = true, all_varchar = true)
          ), years(year) AS (VALUES {values}),
          spans AS (
            SELECT kommune, ydelse, year, omfang,
                   date_diff('day', greatest(fra, make_date(year, 1, 1)),
                             least(coalesce(til, make_date(year, 12, 31)), make_date(year, 12, 31))) + 1 AS days
            FROM cases CROSS JOIN years
          )
          SELECT kommune, ydelse, year,
                 SUM(days * omfang) / (date_diff('day', make_date(year, 1, 1), make_date(year + 1, 1, 1))) AS helaarspersoner
          FROM spans WHERE days > 0
          GROUP BY kommune, ydelse, year
        ) TO '{target}' (HEADER, DELIMITER ',')
    """)


def cases_source(folder):
    return os.path.join(folder, "Input/sager/sager.csv").replace("'", "''")


CASES = """
    SELECT lower(trim(kommune)) AS kommune, lower(trim(ydelse)) AS ydelse,
           CAST(fra AS DATE) AS fra, CAST(NULLIF(trim(til), '') AS DATE) AS til,
           COALESCE(CAST(replace(NULLIF(trim(omfang), ''), ',', '.') AS DECIMAL(19, 18)), 1) AS omfang
    FROM read_csv('{source}', delim = ';', quote = '"', header = true, all_varchar = true)
"""


def months(folder):
    """Each case row joined to the months it has days in (an inequality join, not a cross
    join), its days inside each month × omfang summed per key and month, over the month's days.
    An open case runs to the end of each month (the budget year has no cut-off here)."""
    import duckdb
    year, prior = years(folder)
    values = ", ".join(f"({y})" for y in [year] + prior)
    target = os.path.join(folder, "duckdb-months.csv").replace("'", "''")
    duckdb.sql(f"""
        COPY (
          WITH cases AS ({CASES.format(source=cases_source(folder))}),
          spans AS (SELECT kommune, ydelse, fra, coalesce(til, DATE '9999-12-31') AS til, omfang FROM cases),
          years(year) AS (VALUES {values}),
          months AS (
            SELECT year, month, make_date(year, month, 1) AS first,
                   CAST(make_date(year, month, 1) + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) AS last
            FROM years CROSS JOIN (SELECT range AS month FROM range(1, 13))
          )
          SELECT kommune, ydelse, year, month,
                 SUM((date_diff('day', greatest(fra, first), least(til, last)) + 1) * omfang)
                   / (date_diff('day', first, last) + 1) AS helaarspersoner
          FROM spans JOIN months ON spans.fra <= months.last AND spans.til >= months.first
          GROUP BY kommune, ydelse, year, month, first, last
        ) TO '{target}' (HEADER, DELIMITER ',')
    """)


def catalog_ids(folder):
    catalog = {}
    with open(os.path.join(folder, "Input/ydelser.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            for name in [row["id"], row["navn"]] + [a for a in row["aliaser"].split("|") if a]:
                catalog[name.strip().lower()] = row["id"]
    return catalog


def compare_months(folder):
    catalog = catalog_ids(folder)
    ours = {}
    with open(os.path.join(folder, "caseload-months.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["kommune"].lower(), row["ydelse_id"], int(row["aar"]), int(row["maaned"]))
            ours[key] = Decimal(row["helaarspersoner"])
    theirs = {}
    with open(os.path.join(folder, "duckdb-months.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["kommune"], catalog[row["ydelse"]], int(row["year"]), int(row["month"]))
            theirs[key] = theirs.get(key, Decimal(0)) + Decimal(row["helaarspersoner"])
    zeros = {k for k in set(ours) - set(theirs) if ours[k] == 0}
    missing = (set(ours) ^ set(theirs)) - zeros
    worst = max((abs(ours[k] - theirs[k]) for k in ours if k in theirs), default=Decimal(0))
    print(f"months: {len(ours)} caseload ({len(zeros)} of them 0 without a case), {len(theirs)} DuckDB, "
          f"{len(missing)} on one side only; largest difference {worst:.6f} hp; sum {sum(ours.values())} hp")
    if missing or worst >= Decimal("0.0001"):
        for key in sorted(missing)[:5]:
            print(f"  only in {'caseload' if key in ours else 'DuckDB'}: {key}")
        sys.exit(1)


def compare(folder):
    year, prior = years(folder)
    catalog = {}
    with open(os.path.join(folder, "Input/ydelser.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            for name in [row["id"], row["navn"]] + [a for a in row["aliaser"].split("|") if a]:
                catalog[name.strip().lower()] = row["id"]
    ours = {}
    with open(os.path.join(folder, "Output", str(year), "afstemning.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for y, column in [(year, "helaarspersoner_faktisk")] + [(p, f"helaarspersoner_{p}") for p in prior]:
                if row[column] != "":
                    ours[(row["kommune"].lower(), row["ydelse_id"], y)] = Decimal(row[column])
    theirs = {}
    with open(os.path.join(folder, "duckdb.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["kommune"], catalog[row["ydelse"]], int(row["year"]))
            theirs[key] = theirs.get(key, Decimal(0)) + Decimal(row["helaarspersoner"])
    missing = set(ours) ^ set(theirs)
    worst = max((abs(ours[k] - theirs[k]) for k in ours if k in theirs), default=Decimal(0))
    total = sum(ours.values())
    print(f"figures: {len(ours)} caseload, {len(theirs)} DuckDB, {len(missing)} on one side only; "
          f"largest difference {worst:.6f} hp; sum {total} hp")
    if missing or worst >= Decimal("0.01"):
        sys.exit(1)


if __name__ == "__main__":
    {"query": query, "compare": compare, "months": months, "compare-months": compare_months}[sys.argv[1]](sys.argv[2])
