/// Benefits missing from a municipality's budget while its budget has other rows: the
/// figures then rest on an assumption, and a warning says which.
///
/// - With actuals for the benefit (any year of the run), the row is reported with budget
///   0 kr.: "budget 0 kr. assumed", at the first actual row.
/// - Without actuals, but budgeted by another municipality, the municipality gets no row
///   and the municipalities' rows differ (the jobcenter total holds the others only); for a
///   budget by account the warning names the functions no account lay under.
///
/// A municipality without any budget line is an error elsewhere, so it is left out here.
public enum BudgetGaps {
    /// Reports each gap in the order of pipeline.yml's municipalities and the catalog.
    public static func report(budgets: BudgetBook, actuals: ActualsBook, cases: CaseTally, config: PipelineConfig,
                              catalog: Catalog, diagnostics: DiagnosticEngine) {
        let years = [config.year] + config.priorYears
        let books = budgets.lines
        for (position, municipality) in config.municipalities.enumerated()
        where position < books.count && (!books[position].isEmpty || !budgets.corrected(position).isEmpty) {
            let book = books[position]
            // A corrected budget without an original stands for an original of 0 kr.: not a gap.
            for benefit in catalog.benefits where !budgets.hasBudget(position, benefit.id) {
                let actualPlace = years.lazy.compactMap { year -> SourceLocation? in
                    if actuals.figure(municipality: position, benefit: benefit.id, year: year) != nil {
                        return actuals.firstRow(municipality: position, benefit: benefit.id, year: year)
                    }
                    if cases.figure(municipality: position, benefit: benefit.id, year: year) != nil {
                        return cases.firstRow(municipality: position, benefit: benefit.id, year: year)
                    }
                    return nil
                }.first
                if let actualPlace {
                    diagnostics.warning(.budgetZeroAssumed(municipality: municipality.name, year: config.year, benefit: benefit.name),
                                        at: actualPlace)
                    continue
                }
                guard let other = books.indices.first(where: { $0 != position && books[$0][benefit.id] != nil }),
                      let otherLine = books[other][benefit.id],
                      let own = book.values.map(\.origin).min() else { continue }
                let byAccount = book.values.contains { !$0.accounts.isEmpty }
                diagnostics.warning(
                    .budgetRowMissing(municipality: municipality.name, benefit: benefit.name, other: config.municipalities[other].name,
                                      otherPlace: otherLine.origin.wholeLine,
                                      functions: byAccount ? benefit.functions.map(\.text) : nil),
                    at: SourceLocation(file: own.file))
            }
        }
    }
}
