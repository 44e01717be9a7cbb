/// Reads budgets from CSV: `kommune;år;ydelse;beløb`, optional `grundlag`.
public enum BudgetCSVReader {
    static let kommune = CSVColumn("kommune")
    static let aar = CSVColumn("år")
    static let ydelse = CSVColumn("ydelse")
    static let beloeb = CSVColumn("beløb")
    static let grundlag = CSVColumn("grundlag", required: false)

    /// Reads one file; rows with errors are reported and left out.
    public static func read(_ file: InputFile, catalog: Catalog, style: NumberStyle,
                            diagnostics: DiagnosticEngine, ledger: InputLedger) throws -> [BudgetLine] {
        var lines: [BudgetLine] = []
        let table = CSVTable(file: file, columns: [kommune, aar, ydelse, beloeb, grundlag], style: style)
        try table.read(diagnostics: diagnostics, ledger: ledger) { row in
            let cells = CellParser(row, style: style, diagnostics: diagnostics)
            let municipality = cells.required(kommune)
            let year = cells.year(aar)
            let benefit = cells.benefit(ydelse, in: catalog)
            let amount = cells.kroner(beloeb)
            let basis = cells.grundlag(grundlag)
            guard let municipality, let year, let benefit, let amount, let basis, !cells.failed else { return false }
            lines.append(BudgetLine(municipality: municipality, year: year, benefit: benefit, amount: amount,
                                    grundlag: basis, origin: row.location(beloeb)))
            return true
        }
        return lines
    }
}
