/// The cells of a sheet that shows a result file as it is: its schema's names as the header,
/// then one row of cells a row, text as text and numbers as numbers, rounded as the CSV
/// rounds them. The data sheet and the flag sheet are such sheets.
enum SchemaSheet {
    /// The header row and the rows of `rows`.
    static func rows<Row>(_ schema: ResultSchema<Row>, _ rows: [Row]) -> [[SpreadsheetCell]] {
        var cells: [[SpreadsheetCell]] = [schema.columns.map { .text($0.name, $0.isText ? .header : .numberHeader) }]
        for row in rows {
            cells.append(schema.values(of: row).map(cell))
        }
        return cells
    }

    /// One value as a cell.
    static func cell(_ value: ResultValue) -> SpreadsheetCell {
        switch value {
        case .text(let text): .text(text)
        case .number(let number, let unit): .number(number, decimals: unit.decimals, shownDecimals: unit.decimals, style(unit))
        }
    }

    /// The format of numbers of `unit`.
    static func style(_ unit: ResultUnit) -> CellStyle {
        switch unit {
        case .kroner, .percent: .kroner
        case .helaarspersoner, .share: .persons
        case .count: .whole
        }
    }
}
