/// A data row of a CSV table, with its fields found by column.
public struct CSVRow {
    /// The record as read.
    public let record: CSVRecord
    /// The file.
    public let file: InputFile
    let columns: [String: Int]

    /// The row's line (where it starts).
    public var location: SourceLocation { file.at(line: record.line) }

    /// True if the file has this column.
    public func has(_ column: CSVColumn) -> Bool { columns[column.key] != nil }

    /// The cell of a column, as written; `nil` if the file lacks the column.
    public func raw(_ column: CSVColumn) -> String? {
        columns[column.key].map { record.fields[$0] }
    }

    /// The cell of a column without surrounding white space; empty if the file lacks the column.
    public func text(_ column: CSVColumn) -> String {
        raw(column)?.trimmingWhitespace() ?? ""
    }

    /// Where a column's cell starts (the row's start if the file lacks the column).
    public func location(_ column: CSVColumn) -> SourceLocation {
        guard let index = columns[column.key] else { return location }
        let position = record.positions[index]
        return file.at(line: position.line, column: position.column)
    }
}
