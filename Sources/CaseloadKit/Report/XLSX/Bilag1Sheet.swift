/// A Bilag 1 table as a worksheet: Danish headers, one row per benefit, the `I alt` row,
/// and the footnotes below. Cells hold the values of afstemning.csv (kroner to the øre,
/// helårspersoner to four decimals) and show them as the plan prints them, in whole numbers.
enum Bilag1Sheet {
    /// The note under every Bilag 1 sheet.
    static let roundingNote = "Tallene vises afrundet; cellerne rummer værdierne fra afstemning.csv (kr. med to, helårspersoner med fire decimaler)."

    /// The sheet of `table`, named `name`.
    static func make(_ table: Bilag1Table, name: String) -> Worksheet {
        var rows: [[SpreadsheetCell]] = []
        rows.append([.text("Ydelse", .header)] + table.columns.map { .text($0.title, .numberHeader) })
        for line in table.lines {
            let cells = zip(table.columns, line.cells).map { column, cell in
                SpreadsheetCell.number(cell.value, decimals: decimals(column), shownDecimals: 0, cell.partial ? .wholePartial : .whole)
            }
            rows.append([.text(line.benefit.name)] + cells)
        }
        rows.append([.text("I alt", .totalLabel)] + table.columns.indices.map { index in
            SpreadsheetCell.number(table.total[index], decimals: decimals(table.columns[index]), shownDecimals: 0,
                                   table.totalPartial[index] ? .totalWholePartial : .totalWhole)
        })
        let tableRows = rows.count
        rows.append([])
        if table.hasPartialCells { rows.append([.text("* " + Bilag1Table.partialNote, .note)]) }
        rows.append([.text(roundingNote, .note)])
        return Worksheet(name: name, rows: rows, autoFilter: false, tableRowCount: tableRows)
    }

    /// Decimals kept in the cell: as afstemning.csv writes the measure.
    static func decimals(_ column: Bilag1Column) -> Int {
        column.measure == .kroner ? 2 : 4
    }
}
