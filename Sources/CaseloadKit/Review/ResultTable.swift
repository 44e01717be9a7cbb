import Foundation

/// A parsed result file, `afstemning.csv` or `afstemning-total.csv` (formats.md): its
/// columns in file order and its rows, each keyed by `kommune` and `ydelse_id`.
///
/// `kommune`, `ydelse_id` and `ydelse` are text; every other column is a decimal number or
/// empty. The prior-year columns differ between years, so columns are known by name only.
public struct ResultTable: Sendable {
    /// The columns that are text; all others hold numbers.
    public static let textColumns: Set<String> = ["kommune", "ydelse_id", "ydelse"]

    /// The file as named in messages, e.g. `Output/2017/afstemning.csv` or `HEAD:Output/2017/afstemning.csv`.
    public let source: String
    /// The header, in file order.
    public let columns: [String]
    /// The data rows, in file order.
    public let rows: [ResultRow]

    /// Parses the bytes of a result file. A file that is not the format formats.md fixes
    /// (not UTF-8, no key columns, a row of the wrong width, a cell that is not a number, a
    /// key twice) is a `ReviewFailure` at its line and column.
    public static func parse(_ data: Data, source: String) throws(ReviewFailure) -> ResultTable {
        func at(_ line: Int, _ column: Int? = nil) -> SourceLocation {
            SourceLocation(file: source, line: line, column: column)
        }
        guard String(data: data, encoding: .utf8) != nil else {
            throw ReviewFailure(.resultNotUTF8(source))
        }
        var columns: [String] = []
        var rows: [ResultRow] = []
        var lineOfKey: [ResultKey: Int] = [:]
        do {
            try CSVReader.forEachRecord(in: data, delimiter: UInt8(ascii: ","), encoding: .utf8) { record in
                if columns.isEmpty {
                    columns = try header(record, at: at)
                    return
                }
                guard record.fields.count == columns.count else {
                    throw ReviewFailure(.resultFieldCount(record.fields.count, header: columns.count), at: at(record.line))
                }
                var cells: [String: ResultCell] = [:]
                for (index, column) in columns.enumerated() {
                    let text = record.fields[index]
                    let position = record.positions[index]
                    if textColumns.contains(column) {
                        cells[column] = text.isEmpty ? .empty : .text(text)
                    } else if text.isEmpty {
                        cells[column] = .empty
                    } else if case .success(let value) = NumberParser.parse(text, .csv(.international)), text == text.trimmingWhitespace() {
                        cells[column] = .number(value)
                    } else {
                        throw ReviewFailure(.resultNotANumber(column, text), at: at(position.line, position.column))
                    }
                }
                let key = ResultKey(kommune: record.fields[columns.firstIndex(of: "kommune")!],
                                    ydelseID: record.fields[columns.firstIndex(of: "ydelse_id")!])
                if let first = lineOfKey[key] {
                    throw ReviewFailure(.resultKeyTwice(kommune: key.kommune, ydelseID: key.ydelseID, firstLine: first), at: at(record.line))
                }
                lineOfKey[key] = record.line
                rows.append(ResultRow(key: key, line: record.line, cells: cells))
            }
        } catch let failure as ReviewFailure {
            throw failure
        } catch let failure as CSVReader.Failure {
            throw ReviewFailure(failure.message, at: at(failure.line, failure.column))
        } catch {
            throw ReviewFailure(.resultUnreadable(source, reason: "\(error)"))
        }
        guard !columns.isEmpty else {
            throw ReviewFailure(.resultEmpty(source))
        }
        return ResultTable(source: source, columns: columns, rows: rows)
    }

    private static func header(_ record: CSVRecord, at: (Int, Int?) -> SourceLocation) throws(ReviewFailure) -> [String] {
        var seen: Set<String> = []
        for (index, name) in record.fields.enumerated() {
            guard seen.insert(name).inserted else {
                throw ReviewFailure(.resultColumnTwice(name), at: at(record.line, record.positions[index].column))
            }
        }
        for required in ["kommune", "ydelse_id"] where !seen.contains(required) {
            throw ReviewFailure(.resultNoKeyColumn(required), at: at(record.line, nil))
        }
        return record.fields
    }
}
