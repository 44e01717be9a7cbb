import Foundation

/// Writes the table on a workbook's sheet as a temporary CSV file in the run's style, each
/// row on the line of its row number (lines above the header left empty), for the case
/// period reader, which reads bytes. The copy's `SheetCopy` turns places in it back into
/// the sheet's cells, so messages name cells as for every other workbook.
enum SheetCSVCopy {
    /// The copy of `file`'s table as an input file to read instead; `nil` after reporting a
    /// workbook that cannot be read or a sheet without the header.
    static func make(_ file: InputFile, columns: [CSVColumn], style: NumberStyle, diagnostics: DiagnosticEngine) -> InputFile? {
        var place = file
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-sheet-\(UUID().uuidString).csv")
        var text = ""
        var starts: [Int32] = []
        var width = 0
        var nextLine = 1
        let delimiter = Character(UnicodeScalar(style.delimiter))
        func write(_ record: CSVRecord) {
            text += String(repeating: "\n", count: max(0, record.line - nextLine))
            nextLine = record.line + 1
            var column = 1
            for (index, field) in record.fields.enumerated() {
                if index > 0 { text.append(delimiter); column += 1 }
                if index < width { starts.append(Int32(clamping: column)) }
                let quoted = quote(field, delimiter: delimiter)
                text += quoted
                column += quoted.unicodeScalars.count
            }
            text += "\n"
        }
        do {
            let table = SheetTable(needed: columns.filter(\.required), alternatives: [], style: style)
            let outcome = try table.read(file, opened: { place = $0 }, header: { record in
                width = record.fields.count
                write(record)
                return true
            }, row: { record, _ in write(record) })
            guard case .read(let headerRow) = outcome else {
                diagnostics.error(.workbookHeaderNotFound(columns: columns.filter(\.required).map { "\"\($0.label)\"" }.joined(separator: ", ")),
                                  at: place.at())
                return nil
            }
            // Readable by the user alone: case ids may be CPR numbers. Deleted with the last
            // `InputFile` that reads it (`SheetCopy`).
            guard FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8),
                                                 attributes: [.posixPermissions: 0o600]) else { throw CocoaError(.fileWriteUnknown) }
            let copy = SheetCopy(url: url, firstLine: headerRow, width: width, starts: starts)
            return InputFile(url: url, path: file.path, sheet: place.sheet, copy: copy)
        } catch let failure as WorkbookFailure {
            diagnostics.error(failure.message, at: place.at(line: failure.row, column: failure.column))
        } catch {
            diagnostics.error(.cannotReadFile, at: place.at())
        }
        return nil
    }

    /// A field as CSV writes it: in quotes when it holds the delimiter, a quote or a line break.
    private static func quote(_ field: String, delimiter: Character) -> String {
        guard field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
