#!/usr/bin/env python3
"""Writes the workbook fixtures of the .xlsx tests (Tests/CaseloadKitTests/Fixtures/xlsx/)
with openpyxl, from the CSV files of the frozen 2017 fixture, and with --shipped also the
shipped example's Input/budget/ishoej-2017.xlsx (the same workbook as the fixture's).

    python3 Tests/Python/make_xlsx_fixtures.py [--shipped]

Numbers become number cells (exact: Decimal, never float), dates date cells, the rest text
cells. Each workbook is written deterministically (fixed document dates, fixed ZIP dates),
so running the script again gives the same bytes.

It also writes, for `.ci/run`, the CSV-to-workbook conversion of any CSV files given with
--convert SRC DST (a da-style CSV → a workbook with the same table on its first sheet).
"""
import csv
import datetime
import decimal
import io
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "Tests/CaseloadKitTests/Fixtures/plan-2017/Input"
OUT = ROOT / "Tests/CaseloadKitTests/Fixtures/xlsx"
FIXED = datetime.datetime(2017, 1, 1, 0, 0, 0)

NUMBER = re.compile(r"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Columns that hold text even where it looks like a number (ids, names, accounts).
TEXT_COLUMNS = {"id", "navn", "aliaser", "funktioner", "kommune", "ydelse", "konto", "tekst", "sagsid", "grundlag", "retning"}


def read_csv(path):
    text = path.read_text(encoding="utf-8-sig")
    return [row for row in csv.reader(io.StringIO(text), delimiter=";") if any(cell.strip() for cell in row)]


def typed(header, cell):
    """A CSV cell as the value a finance system's workbook holds."""
    if header.lower() in TEXT_COLUMNS or cell == "":
        return cell
    if NUMBER.match(cell):
        value = decimal.Decimal(cell.replace(".", "").replace(",", "."))
        return int(value) if value == value.to_integral_value() else value
    if ISO_DATE.match(cell):
        return datetime.datetime.strptime(cell, "%Y-%m-%d")
    return cell


def add_table(sheet, rows, first_row=1, number_format=None):
    header = rows[0]
    for c, name in enumerate(header, start=1):
        sheet.cell(row=first_row, column=c, value=name).font = Font(bold=True)
    for r, row in enumerate(rows[1:], start=first_row + 1):
        for c, cell in enumerate(row, start=1):
            value = typed(header[c - 1], cell)
            target = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, datetime.datetime):
                target.number_format = "dd-mm-yyyy"
            elif number_format and isinstance(value, (int, decimal.Decimal)) and header[c - 1].lower() not in ("år", "aar"):
                target.number_format = number_format


def save(workbook, path, patch=None):
    """Saves with fixed dates; `patch` rewrites the XML of the first sheet (str -> str)."""
    workbook.properties.created = FIXED
    workbook.properties.modified = FIXED
    workbook.properties.creator = "caseload fixtures"
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                # openpyxl stamps the time of saving; the fixture keeps a fixed one.
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2017-01-01T00:00:00Z", data)
            if patch and item.filename == "xl/worksheets/sheet1.xml":
                data = patch(data.decode("utf-8")).encode("utf-8")
            info = zipfile.ZipInfo(item.filename, date_time=(2017, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


def finance_budget(path):
    """Ishøj's budget as the finance system exports it: a title, a note, a blank row, the
    header, the rows, a blank row and a source line (which is not part of the table)."""
    rows = read_csv(PLAN / "budget/ishoej-2017.csv")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Ishøj"
    sheet["A1"] = "Budget 2017 – Ishøj Kommune, forsørgelsesydelser (brutto, kr.)"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "Udtræk fra økonomisystemet"
    add_table(sheet, rows, first_row=4, number_format="#,##0")
    last = 4 + len(rows) - 1
    sheet.cell(row=last + 2, column=1, value="Kilde: Beskæftigelsesplan 2017, Bilag 1")
    save(workbook, path)


def plain(csv_path, path, title=None, sheet_name=None, before=None, patch=None):
    rows = read_csv(csv_path)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if before:
        sheet.title = before
        sheet["A1"] = "Noter: tallene står på det næste ark"
        sheet = workbook.create_sheet(sheet_name)
    elif sheet_name:
        sheet.title = sheet_name
    first = 1
    if title:
        sheet["A1"] = title
        first = 3
    add_table(sheet, rows, first_row=first)
    save(workbook, path, patch)


def exponent_form(xml):
    """Writes every number with decimals as mantissa and exponent (195191.64 -> 1.9519164E5),
    as some writers store them: the reader must give the same exact figure."""
    def repl(match):
        value = decimal.Decimal(match.group(1))
        sign, digits, exponent = value.as_tuple()
        mantissa = "".join(map(str, digits))
        text = ("-" if sign else "") + mantissa[0] + ("." + mantissa[1:] if len(mantissa) > 1 else "")
        return "<v>%sE%d</v>" % (text, len(digits) - 1 + exponent)
    return re.sub(r"<v>(-?\d+\.\d+)</v>", repl, xml)


def formula_budget(path):
    """Ishøj's budget with Forsikrede i løntilskud as a formula and the value a calculating
    program stores with it (openpyxl does not calculate, so the value is written in)."""
    rows = read_csv(PLAN / "budget/ishoej-2017.csv")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Ishøj"
    add_table(sheet, rows)
    sheet["D3"] = "=6000000+566070"
    save(workbook, path, patch=lambda xml: xml.replace("<f>6000000+566070</f><v />", "<f>6000000+566070</f><v>6566070</v>"))


def cases_workbook(path):
    rows = read_csv(OUT / "sager.csv")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sager"
    sheet["A1"] = "Udtræk af sager"
    add_table(sheet, rows, first_row=2)
    save(workbook, path)


def bad_workbooks():
    rows = read_csv(PLAN / "budget/ishoej-2017.csv")
    bad = OUT / "bad"
    # A formula without a cached value (openpyxl does not calculate).
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Ishøj"
    add_table(sheet, rows[:4])
    sheet["D3"] = "=6000000+566070"
    save(workbook, bad / "formula.xlsx")
    # A cell holding an error value (a formula that divides by zero, as Excel saves it).
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Ishøj"
    add_table(sheet, rows[:4])
    sheet["D3"] = "=1/0"
    save(workbook, bad / "error-cell.xlsx",
         patch=lambda xml: xml.replace('<c r="D3"><f>1/0</f><v /></c>', '<c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c>'))
    # Text in a number cell.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Ishøj"
    add_table(sheet, rows[:4])
    sheet["D4"] = "12x"
    save(workbook, bad / "text-in-number.xlsx")
    # No row holds the header.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Ishøj"
    add_table(sheet, [["Område", "Periode", "Post", "Kroner", "Basis"]] + rows[1:4])
    save(workbook, bad / "no-header.xlsx")
    # Excel 97-2003 and a password-protected workbook are OLE compound files.
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    (bad / "legacy.xls").write_bytes(ole)
    (bad / "encrypted.xlsx").write_bytes(ole)


def convert(source, target):
    plain(Path(source), Path(target))


def main(argv):
    if argv[:1] == ["--convert"]:
        pairs = argv[1:]
        for source, target in zip(pairs[0::2], pairs[1::2]):
            convert(source, target)
        return
    finance_budget(OUT / "ishoej-2017.xlsx")
    plain(PLAN / "takster/takster-2017.csv", OUT / "takster-2017.xlsx", patch=exponent_form)
    plain(PLAN / "faktisk/faktisk-2015.csv", OUT / "faktisk-2015.xlsx", sheet_name="2015", before="Noter")
    plain(PLAN / "ydelser.csv", OUT / "ydelser.xlsx", title="Ydelseskatalog")
    plain(PLAN / "maal/maal-2017.csv", OUT / "maal-2017.xlsx")
    cases_workbook(OUT / "sager.xlsx")
    formula_budget(OUT / "formula-cached.xlsx")
    bad_workbooks()
    if "--shipped" in argv:
        finance_budget(ROOT / "Input/budget/ishoej-2017.xlsx")


if __name__ == "__main__":
    main(sys.argv[1:])
