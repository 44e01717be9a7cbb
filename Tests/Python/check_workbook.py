"""Opens Output/<year>/afstemning.xlsx with openpyxl (a reader no one here wrote) and checks it
against afstemning.csv and afstemning-total.csv of the same run:

- sheet names: the municipalities in report order, the jobcenter, the data sheet, then the
  flag sheet (when the run wrote flag.csv), which holds flag.csv's rows and values, and the
  follow-up sheet, which holds the same flags numbered in flag.csv's order (largest
  |forskel_kr| first) under its headings, with forskel_kr as a number;
- every numeric cell of every sheet equals the matching value of the CSV files (the total
  rows: the column's sum, up to the CSV's own rounding), and every CSV value is in a cell;
- number formats: whole numbers (`#,##0`) on the Bilag 1 sheets, `#,##0.00` for kroner and
  `#,##0.0000` for helårspersoner on the data sheet; numbers are never text;
- a bold header row, frozen (panes at A2), column widths that fit the headers, and an
  autofilter over the data sheet.

Usage: python3 Tests/Python/check_workbook.py Output/2017
"""
import csv
import os
import sys
from decimal import Decimal

import openpyxl
from openpyxl.utils import get_column_letter

DATA_SHEET = "Data (afstemning.csv)"
FLAG_SHEET = "Flag (flag.csv)"
FOLLOW_UP_SHEET = "Opfølgning"
FOLLOW_UP_HEADER = ["Nr.", "Kommune", "Ydelse", "Flag", "Forskel, kr.", "Forklaring"]
problems = []


def fail(message):
    problems.append(message)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_bilag_sheet(sheet, rows, header, year, partial_allowed, actuals):
    """A Bilag 1 sheet against the CSV rows of its municipality (or the jobcenter); `actuals`
    if the run has actuals of the budget year anywhere (every sheet then has their columns)."""
    prior = [name for name in header if name.startswith("helaarspersoner_") and name[16:].isdigit()]
    columns = ["budget_kr", "helaarspersoner_budget"] + prior
    # The budget's title says Brutto, Netto or Brutto/Netto (checked below).
    titles = [None, f"Helårspersoner {year}"] + [f"Helårspersoner {p[16:]}" for p in prior]
    if actuals:
        columns += ["helaarspersoner_faktisk", "afvigelse_helaarspersoner", "afvigelse_kr"]
        titles += [None, "Afvigelse, helårspersoner", "Afvigelse, kr. (helår, budgettets takst)"]  # the actual's label carries the cut-off
    got = [cell.value for cell in sheet[1]]
    if got[0] != "Ydelse" or len(got) != len(titles) + 1 or got[1] not in (
            f"Budgettal {year} (Brutto)", f"Budgettal {year} (Netto)", f"Budgettal {year} (Brutto/Netto)"):
        fail(f"{sheet.title}: header {got}")
    for index, title in enumerate(titles):
        if title is not None and index + 1 < len(got) and got[index + 1] != title:
            fail(f"{sheet.title}: column {index + 2} is {got[index + 1]!r}, expected {title!r}")
    by_name = {row["ydelse"]: row for row in rows}
    checked = 0
    seen = set()
    total_row = None
    for number, cells in enumerate(sheet.iter_rows(min_row=2), start=2):
        name = cells[0].value
        numeric = [cell for cell in cells[1:] if cell.value is not None]
        if name == "I alt":
            total_row = cells
            continue
        if name not in by_name:
            if numeric and any(is_number(cell.value) for cell in numeric):
                fail(f"{sheet.title}!A{number}: numbers in a row that is not a benefit ({name!r})")
            continue
        seen.add(name)
        row = by_name[name]
        for column, cell in zip(columns, cells[1:]):
            expected = row[column]
            if expected == "":
                if cell.value is not None:
                    fail(f"{sheet.title}!{cell.coordinate}: {cell.value!r}, afstemning has no value")
                continue
            if not is_number(cell.value):
                fail(f"{sheet.title}!{cell.coordinate}: {cell.value!r} is not a number")
            elif Decimal(repr(cell.value)) != Decimal(expected):
                fail(f"{sheet.title}!{cell.coordinate}: {cell.value!r} != {expected} ({column}, {name})")
            elif cell.number_format not in ('#,##0', '#,##0" *"') or (cell.number_format != '#,##0' and not partial_allowed):
                fail(f"{sheet.title}!{cell.coordinate}: number format {cell.number_format!r}")
            checked += 1
    if seen != set(by_name):
        fail(f"{sheet.title}: benefits missing: {sorted(set(by_name) - seen)}")
    if total_row is None:
        fail(f"{sheet.title}: no 'I alt' row")
    else:
        for column, cell in zip(columns, total_row[1:]):
            values = [Decimal(row[column]) for row in rows if row[column] != ""]
            if not values:
                if cell.value is not None:
                    fail(f"{sheet.title}!{cell.coordinate}: total {cell.value!r} of an empty column")
                continue
            # The total is the exact sum rounded once; the CSV's values are each rounded.
            step = Decimal("0.005") if column.endswith("_kr") else Decimal("0.00005")
            if not is_number(cell.value) or abs(Decimal(repr(cell.value)) - sum(values)) > step * (len(values) + 1):
                fail(f"{sheet.title}!{cell.coordinate}: total {cell.value!r}, the column sums to {sum(values)}")
            elif cell.number_format not in ("#,##0", '#,##0" **"') or not cell.font.b:
                fail(f"{sheet.title}!{cell.coordinate}: total format {cell.number_format!r}, bold {cell.font.b}")
            checked += 1
    return checked


def check_data_sheet(sheet, header, rows):
    checked = 0
    got = [cell.value for cell in sheet[1]]
    if got != header:
        fail(f"{sheet.title}: header {got} != {header}")
    if sheet.max_row != len(rows) + 1:
        fail(f"{sheet.title}: {sheet.max_row - 1} rows, afstemning.csv has {len(rows)}")
    last = f"{get_column_letter(len(header))}{len(rows) + 1}"
    if sheet.auto_filter.ref != f"A1:{last}":
        fail(f"{sheet.title}: autofilter {sheet.auto_filter.ref!r}, expected A1:{last}")
    for number, (row, cells) in enumerate(zip(rows, sheet.iter_rows(min_row=2, max_col=len(header))), start=2):
        for name, cell in zip(header, cells):
            expected = row[name]
            if name in ("kommune", "ydelse_id", "ydelse"):
                if cell.value != expected:
                    fail(f"{sheet.title}!{cell.coordinate}: {cell.value!r} != {expected!r}")
            elif expected == "":
                if cell.value is not None:
                    fail(f"{sheet.title}!{cell.coordinate}: {cell.value!r}, afstemning.csv is empty")
            elif not is_number(cell.value):
                fail(f"{sheet.title}!{cell.coordinate}: {cell.value!r} is not a number")
            elif Decimal(repr(cell.value)) != Decimal(expected):
                fail(f"{sheet.title}!{cell.coordinate}: {cell.value!r} != {expected}")
            else:
                wanted = "#,##0.00" if name in ("budget_kr", "kr_pr_helaarsperson", "afvigelse_kr") else "#,##0.0000"
                if cell.number_format != wanted:
                    fail(f"{sheet.title}!{cell.coordinate}: number format {cell.number_format!r}, expected {wanted!r}")
                checked += 1
    return checked


def check_flag_sheet(sheet, header, rows):
    """The flag sheet against flag.csv: the same header and rows; numbers as numbers in
    `#,##0.0000` (helårspersoner) or `#,##0.00`; the goal notes below are text only."""
    checked = 0
    got = [cell.value for cell in sheet[1]]
    if got != header:
        fail(f"{sheet.title}: header {got} != {header}")
    last = f"{get_column_letter(len(header))}{len(rows) + 1}"
    if sheet.auto_filter.ref != f"A1:{last}":
        fail(f"{sheet.title}: autofilter {sheet.auto_filter.ref!r}, expected A1:{last}")
    text_columns = ("kommune", "ydelse_id", "ydelse", "art", "enhed", "forklaring")
    for row, cells in zip(rows, sheet.iter_rows(min_row=2, max_col=len(header))):
        for name, cell in zip(header, cells):
            expected = row[name]
            if name in text_columns:
                if cell.value != expected:
                    fail(f"{sheet.title}!{cell.coordinate}: {cell.value!r} != {expected!r}")
            elif expected == "":
                if cell.value is not None:
                    fail(f"{sheet.title}!{cell.coordinate}: {cell.value!r}, flag.csv is empty")
            elif not is_number(cell.value) or Decimal(repr(cell.value)) != Decimal(expected):
                fail(f"{sheet.title}!{cell.coordinate}: {cell.value!r} != {expected}")
            else:
                # Helårspersoner and shares of the labour force (over_sammenlignelige) carry four decimals.
                persons = row["enhed"] in ("helaarspersoner", "pct_af_arbejdsstyrken") and name in ("vaerdi", "sammenlignet_med")
                wanted = "#,##0.0000" if persons else "#,##0.00"
                if cell.number_format != wanted:
                    fail(f"{sheet.title}!{cell.coordinate}: number format {cell.number_format!r}, expected {wanted!r}")
                checked += 1
    for cells in sheet.iter_rows(min_row=len(rows) + 2):
        for cell in cells:
            if is_number(cell.value):
                fail(f"{sheet.title}!{cell.coordinate}: a number below the flags: {cell.value!r}")
    return checked


def check_follow_up_sheet(sheet, header, rows):
    """The follow-up sheet against flag.csv: the flags in flag.csv's order, which is by
    |forskel_kr|, largest first, empty last; Nr. 1, 2, … and forskel_kr as numbers."""
    checked = 0
    got = [cell.value for cell in sheet[1]]
    if got != FOLLOW_UP_HEADER:
        fail(f"{sheet.title}: header {got} != {FOLLOW_UP_HEADER}")
    sizes = [abs(Decimal(row["forskel_kr"])) if row["forskel_kr"] else None for row in rows]
    known = [size for size in sizes if size is not None]
    if known != sorted(known, reverse=True) or None in sizes[:len(known)]:
        fail(f"flag.csv is not ordered by |forskel_kr|, largest first: {sizes}")
    flag_rows = [cells for cells in sheet.iter_rows(min_row=2, max_col=6) if is_number(cells[0].value)]
    if len(flag_rows) != len(rows):
        fail(f"{sheet.title}: {len(flag_rows)} flags, flag.csv has {len(rows)}")
    for number, (row, cells) in enumerate(zip(rows, flag_rows), start=1):
        if cells[0].value != number or cells[1].value != row["kommune"] or cells[2].value != row["ydelse"] \
                or cells[5].value != row["forklaring"]:
            fail(f"{sheet.title}!A{cells[0].row}: {[cell.value for cell in cells]} is not flag {number} of flag.csv")
        expected = row["forskel_kr"]
        value = cells[4].value
        if expected == "" and value is not None:
            fail(f"{sheet.title}!{cells[4].coordinate}: {value!r}, flag.csv is empty")
        elif expected != "" and (not is_number(value) or Decimal(repr(value)) != Decimal(expected)):
            fail(f"{sheet.title}!{cells[4].coordinate}: {value!r} != {expected}")
        elif expected != "" and cells[4].number_format != "#,##0":
            fail(f"{sheet.title}!{cells[4].coordinate}: number format {cells[4].number_format!r}")
        else:
            checked += 2
    return checked


def check_layout(sheet):
    if sheet.freeze_panes != "A2":
        fail(f"{sheet.title}: frozen panes at {sheet.freeze_panes!r}, expected A2 (header row frozen)")
    heading = [cell for cell in sheet[1] if cell.value is not None]
    # A lone title in row 1 (the comparison sheet) overflows into the empty cells beside it.
    lone_title = len(heading) == 1 and sheet.max_column > 1
    for cell in sheet[1]:
        if cell.value is None:
            continue
        if not cell.font.b:
            fail(f"{sheet.title}!{cell.coordinate}: header not bold")
        width = sheet.column_dimensions[cell.column_letter].width
        if lone_title:
            continue
        if width is None or width < len(str(cell.value)):
            fail(f"{sheet.title}: column {cell.column_letter} is {width} wide, its header {cell.value!r} needs {len(str(cell.value))}")


def main(folder):
    year = os.path.basename(os.path.normpath(folder))
    header, rows = read_csv(os.path.join(folder, "afstemning.csv"))
    total_path = os.path.join(folder, "afstemning-total.csv")
    totals = read_csv(total_path)[1] if os.path.exists(total_path) else []
    workbook = openpyxl.load_workbook(os.path.join(folder, "afstemning.xlsx"))

    municipalities = list(dict.fromkeys(row["kommune"] for row in rows))
    jobcenter = [totals[0]["kommune"]] if totals else []
    flag_path = os.path.join(folder, "flag.csv")
    flags = read_csv(flag_path) if os.path.exists(flag_path) else None
    comparison = os.path.exists(os.path.join(folder, "sammenligning.csv"))
    expected_names = (municipalities + jobcenter + [DATA_SHEET] + ([FLAG_SHEET, FOLLOW_UP_SHEET] if flags else [])
                      + (["Sammenligning", "Data (sammenligning.csv)"] if comparison else []))
    if workbook.sheetnames != expected_names:
        fail(f"sheets {workbook.sheetnames}, expected {expected_names}")

    checked = 0
    actuals = any(row["helaarspersoner_faktisk"] for row in rows)
    for name in municipalities:
        if name in workbook.sheetnames:
            checked += check_bilag_sheet(workbook[name], [r for r in rows if r["kommune"] == name], header, year, False, actuals)
    if jobcenter and jobcenter[0] in workbook.sheetnames:
        checked += check_bilag_sheet(workbook[jobcenter[0]], totals, header, year, True, actuals)
    if DATA_SHEET in workbook.sheetnames:
        checked += check_data_sheet(workbook[DATA_SHEET], header, rows)
    if flags and FLAG_SHEET in workbook.sheetnames:
        checked += check_flag_sheet(workbook[FLAG_SHEET], *flags)
    if flags and FOLLOW_UP_SHEET in workbook.sheetnames:
        checked += check_follow_up_sheet(workbook[FOLLOW_UP_SHEET], *flags)
    for sheet in workbook.worksheets:
        check_layout(sheet)
        # No number anywhere that the checks above did not match to afstemning.
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, str) and cell.value.strip().replace(".", "").replace(",", "").isdigit():
                    fail(f"{sheet.title}!{cell.coordinate}: a number stored as text: {cell.value!r}")

    if problems:
        for problem in problems:
            print(f"check_workbook: {problem}", file=sys.stderr)
        print(f"check_workbook: {len(problems)} problems in {folder}/afstemning.xlsx", file=sys.stderr)
        return 1
    print(f"check_workbook: {folder}/afstemning.xlsx: sheets {', '.join(workbook.sheetnames)}; "
          f"{checked} numeric cells equal afstemning.csv / afstemning-total.csv / flag.csv; formats, frozen bold headers and autofilter as designed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "Output/2017"))
