/// Reads budgets from CSV: `kommune;år;ydelse;beløb`, optional `grundlag` and `version`
/// (`oprindeligt`, the default, or `korrigeret`). Total rows
/// (`I alt`, `Total`, `Sum`) are skipped with a warning (`TotalRow`).
///
/// Instead of `ydelse` a file may name each row's account (`konto`, e.g. `5.57.73.007`, as
/// the financial system exports it): the rows are then summed into benefits through the
/// catalog's functions, the most specific function winning. An account that maps to no
/// benefit is an error at its cell, never dropped.
public enum BudgetCSVReader {
    static let kommune = CSVColumn("kommune")
    static let aar = CSVColumn("år")
    static let ydelse = CSVColumn("ydelse", required: false)
    static let konto = CSVColumn("konto", required: false)
    static let beloeb = CSVColumn("beløb")
    static let grundlag = CSVColumn("grundlag", required: false)
    static let version = CSVColumn("version", required: false)

    /// Reads one file; rows with errors are reported and left out.
    public static func read(_ file: InputFile, catalog: Catalog, style: NumberStyle,
                            diagnostics: DiagnosticEngine, ledger: InputLedger) throws -> [BudgetLine] {
        var lines: [BudgetLine] = []
        var byAccount = AccountBudgetSum()
        let table = CSVTable(file: file, columns: [kommune, aar, ydelse, konto, beloeb, grundlag, version], style: style,
                             alternatives: [[ydelse, konto]])
        try table.read(diagnostics: diagnostics, ledger: ledger) { row in
            if TotalRow.skip(row, columns: [ydelse, konto, kommune], catalog: catalog, diagnostics: diagnostics, ledger: ledger) {
                return true
            }
            let cells = CellParser(row, style: style, diagnostics: diagnostics)
            let municipality = cells.required(kommune)
            let year = cells.year(aar)
            if row.has(konto) {
                let account = cells.account(konto, in: catalog)
                let amount = cells.kroner(beloeb)
                let basis = cells.grundlag(grundlag)
                let which = cells.budgetVersion(version)
                guard let municipality, let year, let account, let amount, let basis, let which, !cells.failed else { return false }
                let part = BudgetAccount(account: account.account, function: account.entry.function, amount: amount,
                                         origin: row.location(beloeb))
                switch byAccount.add(part, municipality: municipality, year: year, benefit: account.entry.benefit, grundlag: basis,
                                     version: which) {
                case nil:
                    return true
                case .duplicate(let first):
                    cells.fail(konto, .accountTwice("\(account.account)", municipality: municipality, year: year, first: first.wholeLine))
                case .sumTooLarge:
                    cells.fail(beloeb, .accountSumTooLarge(municipality: municipality, year: year, benefit: catalog.name(of: account.entry.benefit)))
                }
                return false
            }
            let benefit = cells.benefit(ydelse, in: catalog)
            let amount = cells.kroner(beloeb)
            let basis = cells.grundlag(grundlag)
            let which = cells.budgetVersion(version)
            guard let municipality, let year, let benefit, let amount, let basis, let which, !cells.failed else { return false }
            lines.append(BudgetLine(municipality: municipality, year: year, benefit: benefit, amount: amount,
                                    grundlag: basis, origin: row.location(beloeb), version: which))
            return true
        }
        return lines + byAccount.lines
    }
}
