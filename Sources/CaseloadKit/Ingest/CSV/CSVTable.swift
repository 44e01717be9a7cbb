import Foundation

/// Reads a CSV input file (or a workbook's sheet, `CSVTable+Workbook.swift`) as a table:
/// checks its encoding and header, then hands each data row to the caller with its fields
/// found by column name. Problems go to the diagnostics;
/// rows are counted in the ledger as read, or read and rejected.
public struct CSVTable {
    /// The file.
    public let file: InputFile
    /// The columns the caller knows; others draw a warning and are not read.
    public let columns: [CSVColumn]
    /// The number style (and so the delimiter).
    public let style: NumberStyle
    /// Groups of optional columns of which the header must hold exactly one (a budget names
    /// its rows by `ydelse` or by `konto`).
    public let alternatives: [[CSVColumn]]

    /// True for data drops that may not be filled yet (actuals, case periods early in a
    /// year): a header without rows is then a warning, not an error.
    public let headerOnlyIsNormal: Bool

    /// Creates a table reader.
    public init(file: InputFile, columns: [CSVColumn], style: NumberStyle, headerOnlyIsNormal: Bool = false,
                alternatives: [[CSVColumn]] = []) {
        self.file = file
        self.columns = columns
        self.style = style
        self.headerOnlyIsNormal = headerOnlyIsNormal
        self.alternatives = alternatives
    }

    /// Reads the file. `body` gets every data row whose field count fits the header; it
    /// returns whether the row was accepted, and the table counts the row rejected if not.
    public func read(diagnostics: DiagnosticEngine, ledger: InputLedger, _ body: (CSVRow) throws -> Bool) throws {
        ledger.register(file.path)
        if file.isWorkbook {
            try readWorkbook(diagnostics: diagnostics, ledger: ledger, body)
            return
        }
        guard let encoding = TextEncoding.usable(for: file, diagnostics: diagnostics) else { return }

        var header: [String: Int]?
        var headerWidth = 0
        let reader = CSVReader(url: file.url, delimiter: style.delimiter, encoding: encoding)
        do {
            try reader.forEachRecord { record in
                guard let known = header else {
                    header = readHeader(record, diagnostics: diagnostics)
                    headerWidth = record.fields.count
                    if header == nil { throw StopReading() }
                    return
                }
                ledger.read(file.path)
                if record.fields.count < headerWidth
                    || record.fields[headerWidth...].contains(where: { !$0.trimmingWhitespace().isEmpty }) {
                    diagnostics.error(.fieldCount(record.fields.count, header: headerWidth), at: file.at(line: record.line))
                    ledger.rejected(file.path)
                    return
                }
                let row = CSVRow(record: record, file: file, columns: known)
                if try !body(row) { ledger.rejected(file.path) }
            }
        } catch let failure as CSVReader.Failure {
            diagnostics.error(failure.message, at: file.at(line: failure.line, column: failure.column))
            return
        } catch is StopReading {
            return
        }
        if header == nil {
            diagnostics.error(.emptyFile(columns: columnList(neededColumns)), at: file.at(line: 1))
        } else if ledger.tallies[file.path]?.read == 0 {
            if headerOnlyIsNormal {
                diagnostics.warning(.headerOnlyYet, at: file.at(line: 2))
            } else {
                diagnostics.error(.headerOnly, at: file.at(line: 2))
            }
        }
    }

    private struct StopReading: Error {}

    /// Maps canonical column names to field indexes; `nil` after reporting a broken header.
    func readHeader(_ record: CSVRecord, diagnostics: DiagnosticEngine) -> [String: Int]? {
        var indexes: [String: Int] = [:]
        var ok = true
        for (index, cell) in record.fields.enumerated() {
            let header = HeaderCell(cell)
            let key = header.key
            let location = file.at(line: record.positions[index].line, column: record.positions[index].column)
            if key.isEmpty { continue }
            if let unit = header.unit, header.scalesFigures, let column = columns.first(where: { $0.key == key }) {
                // Still found, so that it is not also reported missing.
                diagnostics.error(Message.scaledUnit(header: header.text, unit: unit, name: column.label, kroner: header.isKroner), at: location)
                ok = false
            }
            if let first = indexes[key] {
                diagnostics.error(.columnTwice(cell.trimmingWhitespace(), alsoColumn: first + 1), at: location)
                ok = false
                continue
            }
            indexes[key] = index
        }
        // An alternatives group with none of its columns present counts as its first missing.
        let missing = neededColumns.filter { indexes[$0.key] == nil && !alternativePresent($0, indexes) }
        for group in alternatives {
            let present = group.filter { indexes[$0.key] != nil }
            if present.count > 1 {
                diagnostics.error(.alternativeColumnsBoth(present.map(\.label)), at: file.at(line: record.line))
                ok = false
            }
        }
        if missing.isEmpty {
            // Only a usable header is worth warnings about the columns it adds.
            for (index, cell) in record.fields.enumerated() where !columns.contains(where: { $0.key == HeaderCell(cell).key }) && !cell.trimmingWhitespace().isEmpty {
                diagnostics.warning(.unknownColumn(cell.trimmingWhitespace(), known: columnList(columns)),
                                    at: file.at(line: record.positions[index].line, column: record.positions[index].column))
            }
        }
        if !missing.isEmpty {
            let group = missing.count == 1 ? alternatives.first(where: { $0.first == missing[0] }) : nil
            var message = Message.missingColumns(columnList(missing), count: missing.count,
                                                 or: group?.dropFirst().map(\.label) ?? [], header: record.fields)
            let other: UInt8 = style == .da ? UInt8(ascii: ",") : UInt8(ascii: ";")
            if record.fields.count == 1, record.fields[0].utf8.contains(other) {
                let hint = style == .da ? Message.looksCommaSeparated : Message.looksSemicolonSeparated
                message = Message(en: message.en + hint.en, da: message.da + hint.da)
            }
            diagnostics.error(message, at: file.at(line: record.line))
            ok = false
        }
        return ok ? indexes : nil
    }

    /// The columns a header must have: the required ones and the first of each alternatives group.
    var neededColumns: [CSVColumn] {
        columns.filter { column in column.required || alternatives.contains { $0.first == column } }
    }

    /// True if the column is the first of an alternatives group of which another column is present.
    private func alternativePresent(_ column: CSVColumn, _ indexes: [String: Int]) -> Bool {
        alternatives.contains { group in group.first == column && group.contains { indexes[$0.key] != nil } }
    }

    func columnList(_ columns: [CSVColumn]) -> String {
        columns.map { "\"\($0.label)\"" }.joined(separator: ", ")
    }
}
