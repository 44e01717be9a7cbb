/// Sets each municipality's budget, converted to helårspersoner (`BudgetConversion`), beside
/// its actuals, and adds the jobcenter's totals.
public enum Reconciler {
    /// Builds the report. A budget other than 0 without a rate, and actuals of one key from
    /// both aggregated rows and case periods, are errors; `checkRates` false leaves out the
    /// first check (the rate tables had errors of their own).
    public static func reconcile(config: PipelineConfig, catalog: Catalog, budgets: BudgetBook, rates: RateTable,
                                 actuals: ActualsBook, cases: CaseTally, checkRates: Bool = true, diagnostics: DiagnosticEngine,
                                 ledger: InputLedger) -> ReconciliationReport {
        let years = [config.year] + config.priorYears
        var rows: [ReconciliationRow] = []
        var skippedRateChecks = false
        for (position, municipality) in config.municipalities.enumerated() {
            for benefit in catalog.benefits {
                var figures: [ActualFigure?] = []
                for year in years {
                    let aggregated = actuals.figure(municipality: position, benefit: benefit.id, year: year)
                    let fromCases = cases.figure(municipality: position, benefit: benefit.id, year: year)
                    if let first = actuals.firstRow(municipality: position, benefit: benefit.id, year: year),
                       let caseRow = cases.firstRow(municipality: position, benefit: benefit.id, year: year) {
                        diagnostics.error(.actualsFromBothSources(municipality: municipality.name, year: year, benefit: benefit.name, caseRow: caseRow), at: first)
                    }
                    figures.append(aggregated ?? fromCases)
                }
                let budgetLine = budgets.lines[position][benefit.id]
                let correctedLine = budgets.corrected(position, benefit.id)
                guard budgetLine != nil || correctedLine != nil || figures.contains(where: { $0 != nil }) else { continue }

                // A corrected budget without an original: an original of 0 kr. of its grundlag.
                let original = budgetLine ?? correctedLine.map(BudgetLine.zeroOriginal)
                let conversion = BudgetConversion(line: original, rates: rates, municipality: municipality, benefit: benefit.id)
                let versions = [budgetLine, correctedLine].compactMap { $0 }
                if conversion.rate == nil, let needsRate = versions.first(where: { $0.amount.oere != 0 }) {
                    // Without a complete rate table the row cannot be computed, and the error
                    // would only repeat the rate table's own.
                    guard checkRates else {
                        if !skippedRateChecks {
                            skippedRateChecks = true
                            diagnostics.note(.rateChecksSkipped, at: nil)
                        }
                        continue
                    }
                    diagnostics.error(.noRate(grundlag: conversion.grundlag.rawValue, municipality: municipality.name, year: config.year, benefit: benefit.name), at: needsRate.origin)
                    for line in versions {
                        for _ in 0..<line.rowCount { ledger.usedRowRejected(line.origin.file) }
                    }
                    continue
                }
                let faktisk = figures[0]?.value
                let afvigelse = faktisk.map { $0 - conversion.helaarspersoner }
                let afvigelseKroner = afvigelse.flatMap(conversion.kroner)
                let rateLine = conversion.rate
                rows.append(ReconciliationRow(
                    kommune: municipality.name, benefit: benefit, budget: conversion.budget, grundlag: conversion.grundlag,
                    rate: rateLine?.rate, helaarspersonerBudget: conversion.helaarspersoner,
                    helaarspersonerFaktisk: faktisk, helaarspersonerPrior: figures.dropFirst().map { $0?.value },
                    afvigelseHelaarspersoner: afvigelse, afvigelseKroner: afvigelseKroner,
                    origins: .init(budget: budgetLine?.origin, rate: rateLine?.origin, actual: figures[0]?.source,
                                   prior: figures.dropFirst().map { $0?.source }, budgetAccounts: budgetLine?.accounts ?? [],
                                   rateForEveryMunicipality: rateLine?.scope == .everyMunicipality,
                                   budgetCorrected: correctedLine?.origin),
                    budgetCorrected: correctedLine?.amount))
            }
        }
        let totals = config.jobcenter.map { JobcenterTotal.rows(rows, name: $0, catalog: catalog) } ?? []
        var report = ReconciliationReport(year: config.year, priorYears: config.priorYears, cutoff: config.cutoff,
                                          municipalities: config.municipalities.map(\.name), rows: rows,
                                          jobcenter: config.jobcenter, totals: totals)
        report.actualsThrough = actualsThrough(rows.compactMap(\.origins.actual), config: config)
        return report
    }

    /// The last day the budget year's actuals cover, if before the year's end: for monthly
    /// rows the end of the last month used, else the cut-off; the latest over all rows.
    static func actualsThrough(_ sources: [ActualFigure.Source], config: PipelineConfig) -> Day? {
        let yearEnd = Period.year(config.year).last
        let ends = sources.map { source -> Day in
            if case .monthly(let months) = source, let last = months.map(\.month).max() {
                return Period.month(last, of: config.year).last
            }
            return config.cutoff ?? yearEnd
        }
        guard let latest = ends.max(), latest < yearEnd else { return nil }
        return latest
    }
}
