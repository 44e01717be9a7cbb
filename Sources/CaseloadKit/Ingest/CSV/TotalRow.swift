/// Rows of a budget or actuals table that hold a total, as spreadsheets add them below the
/// figures: the `kommune`, `ydelse` or `konto` cell reads `I alt`, `Total`, `Totalt`,
/// `Subtotal` or `Sum`, alone or followed by more words (`I alt ydelser`, `Sum 2017:`),
/// in any case. caseload makes its own totals, so such a row is skipped with a warning and
/// counted as ignored (`total row`), never added to the figures.
///
/// A cell the catalog knows as a benefit is never a total; a word that only begins like one
/// (`Summen`) is not one either, and an unknown benefit still gets its "did you mean".
enum TotalRow {
    /// The ledger's reason for a skipped total row.
    static let reason = Message.reasonTotalRow.en

    /// The words that mark a total, lower case.
    static let words = ["i alt", "ialt", "total", "totalt", "subtotal", "sum"]

    /// True if a cell's text marks a total.
    static func marks(_ text: String) -> Bool {
        let cell = text.trimmingWhitespace().lowercased()
        return words.contains { word in
            guard cell.hasPrefix(word) else { return false }
            guard let next = cell.dropFirst(word.count).first else { return true }
            return !next.isLetter && !next.isNumber
        }
    }

    /// If a cell of `columns` marks the row a total: warns at that cell, counts the row as
    /// ignored and returns true. Cells the catalog resolves to a benefit are not totals.
    static func skip(_ row: CSVRow, columns: [CSVColumn], catalog: Catalog,
                     diagnostics: DiagnosticEngine, ledger: InputLedger) -> Bool {
        for column in columns where row.has(column) {
            let text = row.text(column)
            guard marks(text), catalog.resolve(text) == nil else { continue }
            diagnostics.warning(Message.totalRowSkipped(column.label, text), at: row.location(column))
            ledger.ignored(row.file.path, reason: reason)
            return true
        }
        return false
    }
}
