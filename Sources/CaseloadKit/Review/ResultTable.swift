import Foundation

/// A parsed result file, `afstemning.csv`, `afstemning-total.csv` (formats.md) or one of the
/// forecast's files (forecast.md): its columns in file order and its rows, each keyed by
/// `kommune` and `ydelse_id` (and in prognose-test.csv `metode` and `aar`).
///
/// Columns are read by the file's schema (`ResultFile.content(ofColumn:)`): its text columns
/// as text, every other column as a decimal number or empty. The prior-year columns differ
/// between years, so columns are known by name only.
public struct ResultTable: Sendable {
    /// The file as named in messages, e.g. `Output/2017/afstemning.csv` or `HEAD:Output/2017/afstemning.csv`.
    public let source: String
    /// The header, in file order.
    public let columns: [String]
    /// The data rows, in file order.
    public let rows: [ResultRow]

    /// Parses the bytes of a result file. A file that is not the format formats.md fixes
    /// (not UTF-8, no key columns, a row of the wrong width, a cell that is not a number, a
    /// key twice) is a `ReviewFailure` at its line and column.
    /// `file` says which result file it is (afstemning.csv's schema when nil).
    public static func parse(_ data: Data, source: String, file: ResultFile? = nil) throws(ReviewFailure) -> ResultTable {
        func at(_ line: Int, _ column: Int? = nil) -> SourceLocation {
            SourceLocation(file: source, line: line, column: column)
        }
        guard String(data: data, encoding: .utf8) != nil else {
            throw ReviewFailure(.resultNotUTF8(source))
        }
        var header: Header?
        var rows: [ResultRow] = []
        var lineOfKey: [ResultKey: Int] = [:]
        do {
            try CSVReader.forEachRecord(in: data, delimiter: UInt8(ascii: ","), encoding: .utf8) { record in
                guard let columns = header else {
                    header = try Header(record, file: file ?? .afstemning, at: at)
                    return
                }
                guard record.fields.count == columns.names.count else {
                    throw ReviewFailure(.resultFieldCount(record.fields.count, header: columns.names.count), at: at(record.line))
                }
                var cells: [String: ResultCell] = [:]
                for (index, column) in columns.names.enumerated() {
                    let text = record.fields[index]
                    guard let cell = columns.contents[index].cell(text) else {
                        let position = record.positions[index]
                        throw ReviewFailure(.resultNotANumber(column, text), at: at(position.line, position.column))
                    }
                    cells[column] = cell
                }
                let key = ResultKey(kommune: record.fields[columns.kommune], ydelseID: record.fields[columns.ydelseID],
                                    detail: columns.detail.map { record.fields[$0] })
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
        guard let header else {
            throw ReviewFailure(.resultEmpty(source))
        }
        return ResultTable(source: source, columns: header.names, rows: rows)
    }

    /// The header line: the columns' names, what each holds, and where the key columns are.
    private struct Header {
        let names: [String]
        let contents: [ResultContent]
        let kommune: Int
        let ydelseID: Int
        /// The further key columns (prognose-test.csv's `metode`, `aar`).
        let detail: [Int]

        /// A header without a key column, or with a name twice, is not a result file's.
        init(_ record: CSVRecord, file: ResultFile, at: (Int, Int?) -> SourceLocation) throws(ReviewFailure) {
            var seen: Set<String> = []
            for (index, name) in record.fields.enumerated() {
                guard seen.insert(name).inserted else {
                    throw ReviewFailure(.resultColumnTwice(name), at: at(record.line, record.positions[index].column))
                }
            }
            func index(of column: String) throws(ReviewFailure) -> Int {
                guard let index = record.fields.firstIndex(of: column) else {
                    throw ReviewFailure(.resultNoKeyColumn(column), at: at(record.line, nil))
                }
                return index
            }
            kommune = try index(of: AfstemningCSV.kommune.name)
            ydelseID = try index(of: AfstemningCSV.ydelseID.name)
            var detail: [Int] = []
            for column in file.keyColumns.dropFirst(2) { detail.append(try index(of: column)) }
            self.detail = detail
            names = record.fields
            contents = record.fields.map(file.content(ofColumn:))
        }
    }
}
