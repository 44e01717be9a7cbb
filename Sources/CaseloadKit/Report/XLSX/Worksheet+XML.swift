/// The worksheet's part, `xl/worksheets/sheetN.xml`, written as UTF-8 bytes (the sheets are
/// most of the workbook: a `String` built piece by piece cost an allocation and a copy per
/// cell).
extension Worksheet {
    /// The part's bytes; `textIndices` are the shared-string indices of the sheet's text
    /// cells in the order written (`SharedStrings.indices(of:)`); `footer` is printed at the
    /// foot of each page, left, with the page number on the right.
    func xml(selected: Bool, footer: String, textIndices: [Int]) -> OutputBytes {
        var out = OutputBytes(reservingCapacity: 1_024 + 32 * rows.count * max(1, columnCount))
        appendXML(to: &out, selected: selected, footer: footer, textIndices: textIndices)
        return out
    }

    /// Appends the part's bytes, as `xml(selected:footer:textIndices:)` gives them, to `out`
    /// (the workbook's draining buffer: the sheet is never whole in memory).
    func appendXML(to out: inout OutputBytes, selected: Bool, footer: String, textIndices: [Int]) {
        out.append(XLSXPackage.declaration)
        out.append("<worksheet xmlns=\"")
        out.append(XLSXPackage.mainNamespace)
        out.append("\" xmlns:r=\"")
        out.append(XLSXPackage.relationshipNamespace)
        out.append("\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:")
        CellReference.append(row: max(0, rows.count - 1), column: max(0, columnCount - 1), to: &out)
        out.append("\"/><sheetViews><sheetView")
        if selected { out.append(" tabSelected=\"1\"") }
        out.append(" workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        out.append("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>")
        out.append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>")
        for (index, width) in columnWidths.enumerated() {
            out.append("<col min=\"")
            out.append(index + 1)
            out.append("\" max=\"")
            out.append(index + 1)
            out.append("\" width=\"")
            out.append(width)
            out.append("\" customWidth=\"1\"/>")
        }
        out.append("</cols><sheetData>")
        appendRows(to: &out, textIndices: textIndices)
        out.append("</sheetData>")
        if autoFilter {
            out.append("<autoFilter ref=\"")
            out.append(filterRange)
            out.append("\"/>")
        }
        out.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        // A4, landscape, all columns on one page wide.
        out.append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
        // Printed header and footer: &A is the sheet's name, &P and &N the page and page count;
        // a literal & is written &&.
        out.append("<headerFooter><oddHeader>&amp;C&amp;A</oddHeader><oddFooter>")
        out.appendEscaped("&L" + footer.replacing("&", with: "&&") + "&RSide &P af &N")
        out.append("</oddFooter></headerFooter></worksheet>")
    }

    /// `<row>` by `<row>`, each cell with its reference, style and value; an empty cell only
    /// when it has a style.
    private func appendRows(to out: inout OutputBytes, textIndices: [Int]) {
        var textNumber = 0
        for (rowIndex, row) in rows.enumerated() {
            out.append("<row r=\"")
            out.append(rowIndex + 1)
            out.append("\">")
            for (columnIndex, cell) in row.enumerated() {
                if case .empty = cell.content, cell.style == .plain { continue }
                out.append("<c r=\"")
                CellReference.append(row: rowIndex, column: columnIndex, to: &out)
                out.append(byte: UInt8(ascii: "\""))
                if cell.style != .plain {
                    out.append(" s=\"")
                    out.append(cell.style.rawValue)
                    out.append(byte: UInt8(ascii: "\""))
                }
                switch cell.content {
                case .empty:
                    out.append("/>")
                case .text:
                    out.append(" t=\"s\"><v>")
                    out.append(textIndices[textNumber])
                    textNumber += 1
                    out.append("</v></c>")
                case .number(let literal):
                    out.append("><v>")
                    out.append(literal)
                    out.append("</v></c>")
                }
            }
            out.append("</row>")
        }
    }
}
