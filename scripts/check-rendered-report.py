#!/usr/bin/env python3
"""Checks a rapport.html as headless Chromium saw it: the page count of its printed PDF and
that every chart in the DOM Chromium built has its series.

- the PDF (Chromium's --print-to-pdf, A4) has exactly the expected number of pages: a table or
  chart that spills over, or a section that breaks, changes the count;
- every bar chart (svg.chart, not monthly) has a legend entry per series and, for every
  benefit, one bar per series;
- every comparison chart (svg.peer-chart) has, for every name it labels (our municipalities,
  each peer, the country), one bar inside the chart, and the
  median line;
- every monthly chart (svg.monthly) has one path.year per year it names in data-years, each
  with at least one point, and one line.budget per budget it names in data-budgets (at least
  one); every coordinate is a finite number inside the chart's viewBox.

Usage: check-rendered-report.py DOM.html REPORT.pdf EXPECTED_PAGES
(DOM.html from `chromium --headless --dump-dom file://…/rapport.html`.)
"""
import math
import re
import sys
from html.parser import HTMLParser


class Charts(HTMLParser):
    """Collects each svg's attributes and the elements inside it."""

    def __init__(self):
        super().__init__()
        self.charts = []
        self.current = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "svg":
            self.current = {"attrs": attributes, "elements": []}
            self.charts.append(self.current)
        elif self.current is not None:
            self.current["elements"].append((tag, attributes))

    def handle_endtag(self, tag):
        if tag == "svg":
            self.current = None


def classes(attributes):
    return (attributes.get("class") or "").split()


def check_bar_chart(number, chart, problems):
    swatches = [a for t, a in chart["elements"] if t == "rect" and "swatch" in classes(a)]
    bars = [a for t, a in chart["elements"] if t == "rect" and "bar" in classes(a)]
    if not swatches or not bars:
        problems.append(f"bar chart {number}: {len(swatches)} legend entries, {len(bars)} bars")
        return
    series = {c for a in bars for c in classes(a) if re.fullmatch(r"s\d+", c)}
    if len(series) != len(swatches) or len(bars) % len(swatches):
        problems.append(f"bar chart {number}: {len(swatches)} legend entries but bars of {len(series)} series ({len(bars)} bars)")


def check_peer_chart(number, chart, problems):
    elements = chart["elements"]
    names = [a for t, a in elements if t == "text" and "name" in classes(a)]
    bars = [a for t, a in elements if t == "rect" and "bar" in classes(a)]
    medians = [a for t, a in elements if t == "line" and "median" in classes(a)]
    label = chart["attrs"].get("id", str(number))
    if len(names) < 2 or len(bars) != len(names):
        problems.append(f"comparison chart {label}: {len(names)} names but {len(bars)} bars")
        return
    if not medians:
        problems.append(f"comparison chart {label}: no median line")
    attrs = chart["attrs"]
    box = [float(v) for v in (attrs.get("viewbox") or attrs.get("viewBox") or "0 0 0 0").split()]
    for bar in bars:
        try:
            x, y, width = float(bar["x"]), float(bar["y"]), float(bar["width"])
        except (KeyError, ValueError):
            problems.append(f"comparison chart {label}: a bar without numeric x, y, width: {bar}")
            continue
        if not all(map(math.isfinite, (x, y, width))) or width < 0 or x + width > box[0] + box[2] or y > box[1] + box[3]:
            problems.append(f"comparison chart {label}: a bar outside the chart: x={x} y={y} width={width}")


def check_monthly_chart(number, chart, problems):
    attrs = chart["attrs"]
    years = (attrs.get("data-years") or "").split()
    budgets = int(attrs.get("data-budgets") or 0)
    box = [float(v) for v in (attrs.get("viewbox") or attrs.get("viewBox") or "0 0 0 0").split()]
    paths = [a for t, a in chart["elements"] if t == "path" and "year" in classes(a)]
    lines = [a for t, a in chart["elements"] if t == "line" and "budget" in classes(a)]
    name = f"monthly chart {number} ({' '.join(years) or 'no years'})"
    if not years:
        problems.append(f"{name}: names no year")
    if [a.get("data-year") for a in paths] != years:
        problems.append(f"{name}: series {[a.get('data-year') for a in paths]}, expected {years}")
    if budgets < 1 or len(lines) != budgets:
        problems.append(f"{name}: {len(lines)} budget lines, expected {budgets} (at least 1)")
    for a in paths:
        numbers = re.findall(r"-?[0-9.]+|nan|inf", a.get("d") or "", re.IGNORECASE)
        if not numbers:
            problems.append(f"{name}: the {a.get('data-year')} line has no point")
        check_coordinates(name, [(numbers[i], numbers[i + 1]) for i in range(0, len(numbers) - 1, 2)], box, problems)
    for a in lines:
        check_coordinates(name, [(a.get("x1"), a.get("y1")), (a.get("x2"), a.get("y2"))], box, problems)


def check_coordinates(name, points, box, problems):
    for x, y in points:
        try:
            x, y = float(x), float(y)
        except (TypeError, ValueError):
            problems.append(f"{name}: coordinate {x},{y} is not a number")
            continue
        if not (math.isfinite(x) and math.isfinite(y) and 0 <= x <= box[2] and 0 <= y <= box[3]):
            problems.append(f"{name}: point {x},{y} outside the chart")


def pdf_pages(path):
    return len(re.findall(rb"/Type\s*/Page[^s]", open(path, "rb").read()))


def main():
    dom, pdf, expected = sys.argv[1], sys.argv[2], int(sys.argv[3])
    parser = Charts()
    parser.feed(open(dom, encoding="utf-8").read())
    problems = []
    monthly = bars = peers = 0
    for number, chart in enumerate(parser.charts, start=1):
        if "peer-legend" in classes(chart["attrs"]):
            # The comparison charts' shared legend: a swatch and a name per kind of bar.
            swatches = [a for t, a in chart["elements"] if t == "rect"]
            names = [a for t, a in chart["elements"] if t == "text"]
            if len(swatches) < 2 or len(names) < len(swatches):
                problems.append(f"comparison legend: {len(swatches)} swatches, {len(names)} names")
        elif "peer-chart" in classes(chart["attrs"]):
            peers += 1
            check_peer_chart(number, chart, problems)
        elif "monthly" in classes(chart["attrs"]):
            monthly += 1
            check_monthly_chart(number, chart, problems)
        else:
            bars += 1
            check_bar_chart(number, chart, problems)
    pages = pdf_pages(pdf)
    if pages != expected:
        problems.append(f"{pages} pages printed, expected {expected}: a table or chart spilled over or a section broke"
                        " (if the report changed on purpose, update the expected count in .ci/run)")
    for problem in problems:
        print(f"  FAIL: {problem}", file=sys.stderr)
    print(f"  {pages} pages; {bars} bar charts, {peers} comparison charts and {monthly} monthly charts, each with its series"
          if not problems else f"  {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
