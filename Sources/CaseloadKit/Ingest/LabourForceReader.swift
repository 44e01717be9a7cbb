/// Reads the labour force from Statistikbanken tables (peers.md, sources.md): `OMRÅDE` is
/// the area, `TID` must be a year (a month or a quarter is an error at its cell), `INDHOLD`
/// the persons, `..` no value. Every other dimension holds one value (`StatistikbankenTable`).
public enum LabourForceReader {
    /// The area dimension.
    static let area = "OMRÅDE"

    /// Reads one file; rows with errors are reported and left out.
    public static func read(_ file: InputFile, diagnostics: DiagnosticEngine, ledger: InputLedger) throws -> [LabourForceLine] {
        var lines: [LabourForceLine] = []
        let key = CSVColumn.normalize(area)
        try StatistikbankenTable(file: file, used: [area]).read(diagnostics: diagnostics, ledger: ledger) { row in
            guard let name = row.dimensions[key], !name.isEmpty else {
                diagnostics.error(.cellEmpty(area), at: row.places[key] ?? row.tidPlace)
                return false
            }
            let year: Int
            switch row.period {
            case .year(let value): year = value
            case .month:
                diagnostics.error(.statistikbankenMonth(row.tidText), at: row.tidPlace)
                return false
            case .quarter:
                diagnostics.error(.statistikbankenQuarter(row.tidText, monthAllowed: false), at: row.tidPlace)
                return false
            case nil:
                return false
            }
            if let value = row.value, value.isNegative {
                diagnostics.error(.negativeCell("INDHOLD", row.valueText), at: row.valuePlace)
                return false
            }
            lines.append(LabourForceLine(area: name, year: year, persons: row.value?.exact, origin: row.valuePlace))
            return true
        }
        return lines
    }
}
