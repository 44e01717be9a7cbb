/// One cell of a worksheet: text, a number, or nothing, in a `CellStyle`.
struct SpreadsheetCell {
    /// What the cell holds.
    enum Content: Equatable {
        /// No value (the cell may still carry a style, e.g. a total's line).
        case empty
        /// Text, stored in the shared strings.
        case text(String)
        /// A number, as its exact decimal literal (`39038328`, `199.9891`).
        case number(String)
    }

    /// The value.
    let content: Content
    /// The format.
    let style: CellStyle
    /// About how many characters wide the cell shows, for the column width.
    let shownWidth: Int

    /// A text cell.
    static func text(_ text: String, _ style: CellStyle = .plain) -> SpreadsheetCell {
        SpreadsheetCell(content: .text(text), style: style, shownWidth: text.count)
    }

    /// A number rounded once to `decimals` (as afstemning.csv writes it), shown in `style`
    /// with `shownDecimals` decimals; an empty cell for `nil`.
    static func number(_ value: Exact?, decimals: Int, shownDecimals: Int, _ style: CellStyle) -> SpreadsheetCell {
        guard let value else { return SpreadsheetCell(content: .empty, style: style, shownWidth: 0) }
        let markWidth = style.mark.map { 1 + $0.symbol.count } ?? 0
        if let figure = CellFigure(value, decimals: decimals),
           let shown = shownDecimals == decimals ? figure : CellFigure(value, decimals: shownDecimals) {
            return SpreadsheetCell(content: .number(figure.literal), style: style, shownWidth: shown.danishWidth + markWidth)
        }
        let shown = NumberFormat.danish.string(value, decimals: shownDecimals)
        return SpreadsheetCell(content: .number(literal(value, decimals: decimals)), style: style, shownWidth: shown.count + markWidth)
    }

    /// The machine decimal without trailing zeros: `39038328.00` → `39038328`, `0.5000` → `0.5`.
    static func literal(_ value: Exact, decimals: Int) -> String {
        if let figure = CellFigure(value, decimals: decimals) { return figure.literal }
        let text = NumberFormat.machine.string(value, decimals: decimals)
        // With decimals the text has a `.`; the zeros after it end at it at the latest.
        guard decimals > 0 else { return text }
        var bytes = Array(text.utf8)
        while bytes.last == UInt8(ascii: "0") { bytes.removeLast() }
        if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
