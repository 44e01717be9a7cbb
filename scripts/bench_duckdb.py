"""Benchmark helper for scripts/bench.sh (test tooling, never part of the product).

  bench_duckdb.py query FOLDER   DuckDB computes helårspersoner per municipality × benefit ×
                                 year from FOLDER/Input/sager/sager.csv with SQL, into
                                 FOLDER/duckdb.csv (timed by bench.sh).
  bench_duckdb.py compare FOLDER compares FOLDER/duckdb.csv with caseload's
                                 FOLDER/Output/<year>/afstemning.csv; exits 1 if any figure
                                 differs by 0.01 hp or more, or one side lacks a figure.
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
    {"query": query, "compare": compare}[sys.argv[1]](sys.argv[2])
