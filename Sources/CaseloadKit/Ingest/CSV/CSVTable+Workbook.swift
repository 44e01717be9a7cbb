/// A workbook's sheet read as a table (`SheetTable`): the same rows, checks and counts as a
/// CSV file, with cells where a CSV file has lines and columns.
extension CSVTable {
    /// Reads the sheet that `file` names (or the first); see `read`.
    func readWorkbook(diagnostics: DiagnosticEngine, ledger: InputLedger, _ body: (CSVRow) throws -> Bool) throws {
        var table = self
        var header: [String: Int]?
        let sheetTable = SheetTable(needed: neededColumns, alternatives: alternatives, style: style)
        do {
            let outcome = try sheetTable.read(file, opened: { opened in
                table = CSVTable(file: opened, columns: columns, style: style, headerOnlyIsNormal: headerOnlyIsNormal,
                                 alternatives: alternatives)
            }, header: { record in
                header = table.readHeader(record, diagnostics: diagnostics)
                return header != nil
            }, row: { record, width in
                guard let header else { return }
                ledger.read(file.path)
                if let index = record.fields.indices.first(where: { $0 >= width && !record.fields[$0].trimmingWhitespace().isEmpty }) {
                    diagnostics.error(.workbookValueOutsideTable(lastColumn: CellName.letters(width)),
                                      at: table.file.at(line: record.line, column: index + 1))
                    ledger.rejected(file.path)
                    return
                }
                if try !body(CSVRow(record: record, file: table.file, columns: header)) { ledger.rejected(file.path) }
            })
            table.finish(outcome, header: header, diagnostics: diagnostics, ledger: ledger)
        } catch let failure as WorkbookFailure {
            diagnostics.error(failure.message, at: table.file.at(line: failure.row, column: failure.column))
        }
    }

    /// After the last row: a sheet without a header, or a header without data rows.
    private func finish(_ outcome: SheetTable.Outcome, header: [String: Int]?, diagnostics: DiagnosticEngine, ledger: InputLedger) {
        switch outcome {
        case .noHeader(let candidate?):
            // A row with most of the columns: say which are missing there, as for a CSV header.
            _ = readHeader(candidate, diagnostics: diagnostics)
        case .noHeader(nil):
            diagnostics.error(.workbookHeaderNotFound(columns: columnList(neededColumns)), at: file.at())
        case .read(let headerRow):
            guard header != nil, ledger.tallies[file.path]?.read == 0 else { return }
            if headerOnlyIsNormal {
                diagnostics.warning(.headerOnlyYet, at: file.at(line: headerRow + 1))
            } else {
                diagnostics.error(.headerOnly, at: file.at(line: headerRow + 1))
            }
        }
    }
}
