/// One sheet of the workbook: rows of cells whose first row is the header. The header is
/// frozen (it stays in view when scrolling), columns are as wide as their widest text, and
/// a sheet with `autoFilter` gets filter buttons over its rows.
struct Worksheet {
    /// The tab's name (already made valid and unique by `SheetName`).
    var name: String
    /// The rows, header first.
    var rows: [[SpreadsheetCell]]
    /// True to put an autofilter on the header row and the rows below it.
    var autoFilter = false
    /// The rows the autofilter covers: the header and the table below it, not the notes
    /// after a blank row.
    var tableRowCount: Int?

    /// How many columns the widest row has.
    var columnCount: Int { rows.reduce(0) { max($0, $1.count) } }

    /// The range the autofilter covers, e.g. `A1:J31`.
    var filterRange: String {
        let last = max(0, (tableRowCount ?? rows.count) - 1)
        return "A1:" + CellReference.cell(row: last, column: max(0, columnCount - 1))
    }

    /// Column widths in Excel's units (characters of the default font), from the shown text.
    var columnWidths: [Int] {
        // One pass over the cells, the widest shown text of each column so far.
        var widest = Array(repeating: 0, count: columnCount)
        for row in rows {
            // A long note in the first column spills over; it does not widen the column.
            for (column, cell) in row.enumerated() where !cell.style.spills {
                widest[column] = max(widest[column], cell.shownWidth + (cell.style.isBold ? (cell.shownWidth + 9) / 10 : 0))
            }
        }
        return widest.map { min(max($0 + 2, 8), 60) }
    }
}
