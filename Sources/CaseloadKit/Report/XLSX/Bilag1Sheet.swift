/// A Bilag 1 table as a worksheet, walked from `Bilag1Table`: Danish headers, one row per
/// benefit, the `I alt` row, and the footnotes below. Cells hold the values of afstemning.csv
/// (kroner to the øre, helårspersoner to four decimals) and show them as the plan prints
/// them, in whole numbers, with their marks.
enum Bilag1Sheet {
    /// The sheet of `table`, named `name`.
    static func make(_ table: Bilag1Table, name: String) -> Worksheet {
        var rows: [[SpreadsheetCell]] = []
        rows.append([.text(ReportText.benefit, .header)] + table.columns.map { .text($0.title, .numberHeader) })
        for line in table.lines {
            let cells = zip(table.columns, line.cells).map { column, cell in
                SpreadsheetCell.number(cell.value, decimals: decimals(column), shownDecimals: 0, cell.mark == nil ? .whole : .wholePartial)
            }
            rows.append([.text(line.benefit.name)] + cells)
        }
        rows.append([.text(ReportText.total, .totalLabel)] + zip(table.columns, table.totals).map { column, cell in
            SpreadsheetCell.number(cell.value, decimals: decimals(column), shownDecimals: 0,
                                   cell.mark == nil ? .totalWhole : .totalWholeFewerRows)
        })
        let tableRows = rows.count
        rows.append([])
        for note in table.notes {
            rows.append([.text((note.mark.map { $0.symbol + " " } ?? "") + note.text, .note)])
        }
        rows.append([.text(ReportText.roundingNote, .note)])
        return Worksheet(name: name, rows: rows, autoFilter: false, tableRowCount: tableRows)
    }

    /// Decimals kept in the cell: as afstemning.csv writes the measure.
    static func decimals(_ column: Bilag1Column) -> Int {
        column.measure == .kroner ? 2 : 4
    }
}
