/// Reads rate tables: `kommune;år;ydelse;kr_pr_helårsperson`, optional `grundlag`.
/// `kommune` may be `*`: the rate for every municipality without a row of its own.
public enum RateTableReader {
    static let kommune = CSVColumn("kommune")
    static let aar = CSVColumn("år")
    static let ydelse = CSVColumn("ydelse")
    static let rate = CSVColumn("kr_pr_helårsperson")
    static let grundlag = CSVColumn("grundlag", required: false)

    /// Reads one file; rows with errors are reported and left out.
    public static func read(_ file: InputFile, catalog: Catalog, style: NumberStyle,
                            diagnostics: DiagnosticEngine, ledger: InputLedger) throws -> [RateLine] {
        var lines: [RateLine] = []
        let table = CSVTable(file: file, columns: [kommune, aar, ydelse, rate, grundlag], style: style)
        try table.read(diagnostics: diagnostics, ledger: ledger) { row in
            let cells = CellParser(row, style: style, diagnostics: diagnostics)
            let municipality = cells.required(kommune)
            let year = cells.year(aar)
            let benefit = cells.benefit(ydelse, in: catalog)
            let amount = cells.kroner(rate)
            let basis = cells.grundlag(grundlag)
            if let amount, amount.oere <= 0 {
                cells.fail(rate, .mustBeAboveZero(rate.label, row.text(rate)))
            }
            guard let municipality, let year, let benefit, let amount, let basis, !cells.failed else { return false }
            let scope: RateScope = municipality == "*" ? .everyMunicipality : .municipality(MatchKey(municipality))
            lines.append(RateLine(municipality: municipality, scope: scope, year: year, benefit: benefit,
                                  grundlag: basis, rate: amount, origin: row.location(rate)))
            return true
        }
        return lines
    }
}
