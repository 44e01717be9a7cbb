#!/usr/bin/env python3
"""Writes Input/faktisk/faktisk-2015-2017.csv: ILLUSTRATIVE monthly helårspersoner for the
budget follow-up example. Not real figures: each benefit's published 2015 yearly figure
(../../Input/faktisk/faktisk-2015.csv) is spread over the months with a seasonal profile,
moved by an invented trend that runs through 2016 and 2017 month by month, and given a little
seeded noise (±3 %). 2015's months average (day-weighted) to the published yearly figure.
2017 stops at September (the example's cut-off is 2017-09-30); one month is left out on
purpose (Ishøj, Ressourceforløbsydelse, September 2017) to show a row without a forecast.

    python3 examples/opfoelgning-2017/generate_monthly_actuals.py
"""
import calendar
import csv
import random
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent.parent / "Input" / "faktisk" / "faktisk-2015.csv"
TARGET = HERE / "Input" / "faktisk" / "faktisk-2015-2017.csv"

# Winter high, summer low (unemployment-like), as a fraction of the yearly level.
PROFILE = [1.10, 1.08, 1.04, 1.00, 0.95, 0.92, 0.93, 0.95, 0.97, 0.99, 1.01, 1.04]
# How strongly each benefit follows the profile (1 = fully; 0 = flat).
AMPLITUDE = {"A-dagpenge": 1.0, "Forsikrede i løntilskud": 0.8, "Arbejdsmarkedsydelse": 0.8,
             "Sygedagpenge": 0.6, "Uddannelseshjælp": 0.7}
# Invented levels of 2016 and 2017 against 2015, by benefit.
TREND = {
    "A-dagpenge": (0.96, 0.92), "Forsikrede i løntilskud": (0.92, 0.86), "Arbejdsmarkedsydelse": (0.80, 0.65),
    "Kontantydelse": (1.00, 1.00), "Kontanthjælp": (0.96, 0.93), "Kontanthj.modtagere i løntilskud": (1.00, 1.08),
    "Uddannelseshjælp": (0.93, 0.88), "Revalidering": (0.90, 0.82), "Sygedagpenge": (1.02, 1.06),
    "Ledighedsydelse": (1.05, 1.12), "Ressourseforløbsydelse": (1.20, 1.42), "Jobafklaringsforløb": (1.15, 1.33),
    "Fleksjob, gl. ordning": (0.93, 0.86), "Fleksjob, ny ordning": (1.25, 1.52),
}
# Integrationsydelse was 0 in 2015 in both municipalities; its later levels are invented outright.
INTEGRATION = {"Vallensbæk": (0.0, 2.5, 5.5), "Ishøj": (0.0, 30.0, 58.0)}
MISSING = {("Ishøj", 2017, 9, "Ressourseforløbsydelse")}


def trend_key(benefit):
    for key in TREND:
        if benefit.lower().startswith(key.lower()):
            return key
    raise SystemExit(f"no trend for {benefit}")


def danish(value):
    text = str(Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return text.replace(".", ",")


def level_at(anchors, t):
    """The level at month index t (0 = January 2015), linear through the yearly anchors set at
    mid-year (t = 5.5, 17.5, 29.5) and carried on past them: a trend moves during the year."""
    points = [(5.5 + 12 * i, a) for i, a in enumerate(anchors)]
    (x0, y0), (x1, y1) = (points[0], points[1]) if t < points[1][0] else (points[1], points[2])
    return y0 + (y1 - y0) * (t - x0) / (x1 - x0)


def main():
    rng = random.Random(2017)
    rows = list(csv.DictReader(SOURCE.open(encoding="utf-8"), delimiter=";"))
    out = [["kommune", "år", "måned", "ydelse", "helårspersoner"]]
    values = {}
    for row in rows:
        kommune, benefit, published = row["kommune"], row["ydelse"], float(row["helårspersoner"])
        if benefit == "Integrationsydelse":
            anchors = INTEGRATION[kommune]
        else:
            anchors = (published,) + tuple(published * f for f in TREND[trend_key(benefit)])
        amplitude = next((a for k, a in AMPLITUDE.items() if benefit.startswith(k)), 0.4)
        for year in (2015, 2016, 2017):
            raw = [max(0.0, level_at(anchors, 12 * (year - 2015) + m)) * (1 + amplitude * (PROFILE[m] - 1))
                   * (1 + rng.uniform(-0.03, 0.03)) for m in range(12)]
            if year == 2015:
                # The day-weighted mean of 2015 is the published yearly figure.
                days = [calendar.monthrange(year, m)[1] for m in range(1, 13)]
                mean = sum(v * d for v, d in zip(raw, days)) / sum(days)
                raw = [v * published / mean if mean else 0.0 for v in raw]
            values[(kommune, benefit, year)] = raw
    for year, last_month in ((2015, 12), (2016, 12), (2017, 9)):
        for row in rows:
            kommune, benefit = row["kommune"], row["ydelse"]
            for month in range(1, last_month + 1):
                if (kommune, year, month, benefit) in MISSING:
                    continue
                out.append([kommune, str(year), str(month), benefit, danish(values[(kommune, benefit, year)][month - 1])])
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with TARGET.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\n").writerows(out)
    print(f"wrote {TARGET.relative_to(HERE)}: {len(out) - 1} rows")


if __name__ == "__main__":
    main()
