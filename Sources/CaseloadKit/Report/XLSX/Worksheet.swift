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

    /// `xl/worksheets/sheetN.xml`; text goes into `strings`; `footer` is printed at the foot
    /// of each page, left, with the page number on the right.
    func xml(selected: Bool, footer: String, strings: inout SharedStrings) -> String {
        var xml = XLSXPackage.declaration
        xml += "<worksheet xmlns=\"\(XLSXPackage.mainNamespace)\" xmlns:r=\"\(XLSXPackage.relationshipNamespace)\">"
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        let lastCell = CellReference.cell(row: max(0, rows.count - 1), column: max(0, columnCount - 1))
        xml += "<dimension ref=\"A1:\(lastCell)\"/>"
        xml += "<sheetViews><sheetView\(selected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">"
        xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        xml += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        xml += "</sheetView></sheetViews>"
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        xml += "<cols>"
        for (index, width) in columnWidths.enumerated() {
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        xml += "</cols>"
        xml += "<sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = CellReference.cell(row: rowIndex, column: columnIndex)
                let style = cell.style == .plain ? "" : " s=\"\(cell.style.rawValue)\""
                switch cell.content {
                case .empty:
                    if cell.style != .plain { xml += "<c r=\"\(reference)\"\(style)/>" }
                case .text(let text):
                    xml += "<c r=\"\(reference)\"\(style) t=\"s\"><v>\(strings.index(of: text))</v></c>"
                case .number(let literal):
                    xml += "<c r=\"\(reference)\"\(style)><v>\(literal)</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if autoFilter { xml += "<autoFilter ref=\"\(filterRange)\"/>" }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        // A4, landscape, all columns on one page wide.
        xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        // Printed header and footer: &A is the sheet's name, &P and &N the page and page count;
        // a literal & is written &&.
        let footerText = footer.replacing("&", with: "&&")
        xml += "<headerFooter><oddHeader>\(MarkupText.escaped("&C&A"))</oddHeader>"
        xml += "<oddFooter>\(MarkupText.escaped("&L\(footerText)&RSide &P af &N"))</oddFooter></headerFooter>"
        xml += "</worksheet>"
        return xml
    }
}
