import Foundation

/// Reads a table saved from Statistikbanken (sources.md): a CSV file whose header ends with
/// `TID;INDHOLD`, UTF-8 (a byte order mark is ignored), `;` between columns whatever the run's
/// number style, LF or CRLF. The other header names are dimension codes (`OMRÅDE`, `KØN`, …).
///
/// The dimensions a reader names (`used`, e.g. `OMRÅDE`) may take any value; every other
/// dimension must hold one value in the whole file (the choice made when the table was
/// downloaded): a second value is an error naming the column and both values, because summing
/// the rows would count people twice. `INDHOLD` is a number in Danish style or plain; `..` is
/// no value. A `TID` that is no year, month or quarter is an error at its cell.
public struct StatistikbankenTable {
    /// The file.
    public let file: InputFile
    /// The dimensions the reader uses, as written in messages (`OMRÅDE`).
    public let used: [String]

    /// Creates a reader of `file` that uses the dimensions `used`.
    public init(file: InputFile, used: [String]) {
        self.file = file
        self.used = used
    }

    /// True if `header` (the first record's fields) ends with `TID;INDHOLD`.
    public static func isStatistikbanken(header: [String]) -> Bool {
        let keys = header.map(CSVColumn.normalize)
        return keys.count >= 2 && keys.suffix(2) == ["tid", "indhold"]
    }

    /// Reads the file. `body` gets every row whose cells could be read and returns whether it
    /// used the row; rows with errors are reported and counted rejected.
    public func read(diagnostics: DiagnosticEngine, ledger: InputLedger, _ body: (StatistikbankenRow) -> Bool) throws {
        ledger.register(file.path)
        guard let encoding = TextEncoding.usable(for: file, diagnostics: diagnostics) else { return }
        var header: Header?
        var rows = 0
        let reader = CSVReader(url: file.url, delimiter: UInt8(ascii: ";"), encoding: encoding)
        do {
            try reader.forEachRecord { record in
                guard let known = header else {
                    header = try Header(record, file: file, used: used, diagnostics: diagnostics)
                    return
                }
                ledger.read(file.path)
                rows += 1
                if !read(record, header: &header, known: known, diagnostics: diagnostics, body) { ledger.rejected(file.path) }
            }
        } catch let failure as CSVReader.Failure {
            diagnostics.error(failure.message, at: file.at(line: failure.line, column: failure.column))
            return
        } catch is Header.Unusable {
            return
        }
        if header == nil {
            diagnostics.error(.notAStatistikbankenTable(header: []), at: file.at(line: 1))
        } else if rows == 0 {
            diagnostics.error(.headerOnly, at: file.at(line: 2))
        }
    }

    /// One data record: its width, the single-value dimensions, `TID` and `INDHOLD`.
    private func read(_ record: CSVRecord, header: inout Header?, known: Header, diagnostics: DiagnosticEngine,
                      _ body: (StatistikbankenRow) -> Bool) -> Bool {
        func place(_ index: Int) -> SourceLocation {
            file.at(line: record.positions[index].line, column: record.positions[index].column)
        }
        guard record.fields.count == known.names.count else {
            diagnostics.error(.fieldCount(record.fields.count, header: known.names.count), at: file.at(line: record.line))
            return false
        }
        var ok = true
        for index in known.fixed {
            let value = record.fields[index].trimmingWhitespace()
            guard let first = known.firstValues[index] else {
                header?.firstValues[index] = (value, record.line)
                continue
            }
            if first.value != value {
                if header?.reported.insert(index).inserted == true {
                    diagnostics.error(.statistikbankenTwoValues(known.names[index], first: first.value, firstLine: first.line,
                                                                second: value), at: place(index))
                }
                ok = false
            }
        }
        let tidText = record.fields[known.tid].trimmingWhitespace()
        let period = StatistikbankenPeriod(tidText)
        if period == nil {
            diagnostics.error(.statistikbankenNotAPeriod(tidText), at: place(known.tid))
            ok = false
        }
        let valueText = record.fields[known.indhold].trimmingWhitespace()
        var value: DecimalValue?
        if valueText != ".." {
            switch NumberParser.parse(valueText, .csv(.da)) {
            case .success(let number): value = number
            case .failure:
                diagnostics.error(.notANumber("INDHOLD", valueText, style: .da), at: place(known.indhold))
                ok = false
            }
        }
        guard ok else { return false }
        var dimensions: [String: String] = [:]
        var places: [String: SourceLocation] = [:]
        for (key, index) in known.usedIndexes {
            dimensions[key] = record.fields[index].trimmingWhitespace()
            places[key] = place(index)
        }
        return body(StatistikbankenRow(dimensions: dimensions, places: places, tidText: tidText, period: period,
                                       tidPlace: place(known.tid), valueText: valueText, value: value, valuePlace: place(known.indhold)))
    }

    /// The header: where `TID`, `INDHOLD` and the used dimensions are, and the first value of
    /// each other dimension.
    private struct Header {
        struct Unusable: Error {}
        let names: [String]
        let tid: Int
        let indhold: Int
        let usedIndexes: [String: Int]
        let fixed: [Int]
        var firstValues: [Int: (value: String, line: Int)] = [:]
        var reported: Set<Int> = []

        init(_ record: CSVRecord, file: InputFile, used: [String], diagnostics: DiagnosticEngine) throws(Unusable) {
            names = record.fields.map { $0.trimmingWhitespace() }
            guard StatistikbankenTable.isStatistikbanken(header: names) else {
                diagnostics.error(.notAStatistikbankenTable(header: names), at: file.at(line: record.line))
                throw Unusable()
            }
            tid = names.count - 2
            indhold = names.count - 1
            let keys = names.map(CSVColumn.normalize)
            var usedIndexes: [String: Int] = [:]
            for name in used {
                let key = CSVColumn.normalize(name)
                guard let index = keys.firstIndex(of: key) else {
                    diagnostics.error(.statistikbankenColumnMissing(name), at: file.at(line: record.line))
                    throw Unusable()
                }
                usedIndexes[key] = index
            }
            self.usedIndexes = usedIndexes
            fixed = (0..<tid).filter { index in !usedIndexes.values.contains(index) }
        }
    }
}
