/// Finds a table on a workbook's sheet: the header is the first row that holds every column
/// the table needs (title rows above it are skipped), and the table ends at the first
/// completely empty row after its data (a row the sheet leaves out is empty). Each row comes
/// out as a CSV record, one field per column from A, each field placed at (row, column).
struct SheetTable {
    /// How reading the sheet ended.
    enum Outcome {
        /// No row holds every needed column; `candidate` is the first row with the most of
        /// them (more than one), where the missing ones are best reported.
        case noHeader(candidate: CSVRecord?)
        /// The header was at `headerRow`; reading went on as long as `header` allowed.
        case read(headerRow: Int)
    }

    /// The columns a header must hold (a group of alternatives: any one of it).
    let needed: [CSVColumn]
    let alternatives: [[CSVColumn]]
    let style: NumberStyle

    /// Opens `file`'s workbook and sheet, tells `opened` the file with its sheet known, then
    /// hands `header` the header row (false stops reading) and `row` each data row with the
    /// header's last column. Throws `WorkbookFailure` for an unusable workbook or cell.
    func read(_ file: InputFile, opened: (InputFile) -> Void, header: (CSVRecord) throws -> Bool,
              row: (CSVRecord, _ headerWidth: Int) throws -> Void) throws -> Outcome {
        let archive = try WorkbookArchive(url: file.url)
        let sheet = try archive.sheet(named: file.sheet)
        opened(file.on(sheet: sheet.name))
        var headerRow: Int?
        var headerWidth = 0
        var lastRow = 0
        var sawData = false
        var candidate: (record: CSVRecord, found: Int)?
        try SheetReader(archive: archive, sheet: sheet, style: style).forEachRow { sheetRow in
            let empty = sheetRow.cells.allSatisfy { $0.text.trimmingWhitespace().isEmpty }
            defer { lastRow = sheetRow.number }
            if sawData, empty || sheetRow.number > lastRow + 1 { return false }
            if empty { return true }
            guard headerRow != nil else {
                let record = Self.record(sheetRow, width: 0)
                let found = columnsFound(record)
                if found == needed.count {
                    headerRow = sheetRow.number
                    headerWidth = sheetRow.cells.last?.column ?? 0
                    return try header(record)
                }
                if found > (candidate?.found ?? 1) { candidate = (record, found) }
                return true
            }
            sawData = true
            try row(Self.record(sheetRow, width: headerWidth), headerWidth)
            return true
        }
        guard let headerRow else { return .noHeader(candidate: candidate?.record) }
        return .read(headerRow: headerRow)
    }

    /// How many of the needed columns `record` holds.
    private func columnsFound(_ record: CSVRecord) -> Int {
        let keys = Set(record.fields.map { HeaderCell($0).key })
        return needed.filter { column in
            keys.contains(column.key) || alternatives.contains { $0.first == column && $0.contains { keys.contains($0.key) } }
        }.count
    }

    /// A sheet row as a CSV record: one field per column from A to the last cell (at least `width`).
    private static func record(_ row: SheetReader.Row, width: Int) -> CSVRecord {
        let count = max(width, row.cells.last?.column ?? 0)
        var fields = [String](repeating: "", count: count)
        for cell in row.cells { fields[cell.column - 1] = cell.text }
        return CSVRecord(line: row.number, fields: fields, positions: (0..<count).map { (row.number, $0 + 1) })
    }
}
