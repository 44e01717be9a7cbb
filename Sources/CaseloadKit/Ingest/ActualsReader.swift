/// Reads aggregated actual helårspersoner: `kommune;år;ydelse;helårspersoner`, optional
/// `måned` (1–12; empty or absent for the whole year). Total rows (`I alt`, `Total`, `Sum`)
/// are skipped with a warning (`TotalRow`). A CSV file whose header ends with `TID;INDHOLD` is
/// a Statistikbanken table and is read by `StatistikbankenActualsReader`.
public enum ActualsReader {
    static let kommune = CSVColumn("kommune")
    static let aar = CSVColumn("år")
    static let ydelse = CSVColumn("ydelse")
    static let value = CSVColumn("helårspersoner")
    static let maaned = CSVColumn("måned", required: false)

    /// Reads one file; rows with errors are reported and left out.
    public static func read(_ file: InputFile, catalog: Catalog, style: NumberStyle,
                            diagnostics: DiagnosticEngine, ledger: InputLedger) throws -> [ActualLine] {
        if StatistikbankenActualsReader.isStatistikbanken(file) {
            return try StatistikbankenActualsReader.read(file, catalog: catalog, diagnostics: diagnostics, ledger: ledger)
        }
        var lines: [ActualLine] = []
        let table = CSVTable(file: file, columns: [kommune, aar, ydelse, value, maaned], style: style, headerOnlyIsNormal: true)
        try table.read(diagnostics: diagnostics, ledger: ledger) { row in
            if TotalRow.skip(row, columns: [ydelse, kommune], catalog: catalog, diagnostics: diagnostics, ledger: ledger) {
                return true
            }
            let cells = CellParser(row, style: style, diagnostics: diagnostics)
            let municipality = cells.required(kommune)
            let year = cells.year(aar)
            let benefit = cells.benefit(ydelse, in: catalog)
            let amount = cells.number(value)
            if let amount, let number = amount, number.isNegative {
                cells.fail(value, .negativeCell(value.label, row.text(value)))
            }
            var month: Int?
            let monthText = row.text(maaned)
            if !monthText.isEmpty {
                if let number = Int(monthText), (1...12).contains(number), monthText.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
                    month = number
                } else {
                    cells.fail(maaned, .notAMonth(maaned.label, monthText))
                }
            }
            guard let municipality, let year, let benefit, let amount, let number = amount, !cells.failed else { return false }
            lines.append(ActualLine(municipality: municipality, year: year, benefit: benefit, month: month,
                                    helaarspersoner: Helaarspersoner(number.exact), origin: row.location(value)))
            return true
        }
        return lines
    }
}
