/// Explains one row of a run's result: for each figure the input lines it came from, the
/// rate and why it applied, the formula with the numbers filled in, and the row's flags;
/// with a cut-off also the row's year-end forecast (`ForecastExplainer`).
public enum Explainer {
    /// A name that matches nothing (with the nearest names), or a pair without a row.
    public struct Failure: Error, CustomStringConvertible {
        /// What is wrong and what to try, in both languages.
        public let message: Message

        /// What is wrong and what to try, in English.
        public var description: String { message.en }
    }

    /// The explanation of the row of `kommune` (a municipality or the jobcenter, matched
    /// ignoring case and surrounding white space) and `benefit` (an id, name or alias).
    /// With `caseMonths` a forecast's month from case periods names only the rows reaching it.
    public static func explain(kommune: String, benefit: String, report: ReconciliationReport,
                               catalog: Catalog, caseMonths: CaseMonthRows? = nil) throws(Failure) -> Explanation {
        let names = report.municipalities + (report.jobcenter.map { [$0] } ?? [])
        guard let name = names.first(where: { MatchKey($0) == MatchKey(kommune) }) else {
            let suggestions = nearest(to: kommune, among: names, limit: 1)
            throw Failure(message: .explainUnknownMunicipality(kommune, suggestion: suggestions.first, known: names))
        }
        guard let id = catalog.resolve(benefit) else {
            throw Failure(message: CellParser.unknownBenefit(benefit, catalog: catalog))
        }
        let isTotal = name == report.jobcenter && !report.municipalities.contains(name)
        guard let row = (isTotal ? report.totals : report.rows).first(where: { $0.kommune == name && $0.benefit.id == id }) else {
            throw Failure(message: .explainNoRow(name, benefit: catalog.name(of: id), year: report.year))
        }
        let figures = isTotal ? totalFigures(row, report: report) : Self.figures(row, report: report)
        var explanation = Explanation(kommune: name, benefit: row.benefit, year: report.year, grundlag: row.grundlag, figures: figures,
                                      flags: report.flags(of: name, benefit: id))
        // With a cut-off the run has a forecast: the explanation says how the row's came about.
        explanation.forecast = isTotal ? ForecastExplainer.total(row, report: report, caseMonths: caseMonths)
            : ForecastExplainer.municipality(row, report: report, caseMonths: caseMonths)
        if !isTotal { explanation.comparison = ComparisonExplanation.build(kommune: name, benefit: id, comparison: report.comparison) }
        return explanation
    }

    /// The figures of a municipality's row.
    static func figures(_ row: ReconciliationRow, report: ReconciliationReport) -> [Explanation.Figure] {
        let year = report.year
        var figures: [Explanation.Figure] = []

        // The budget: a line of a budget file, or the sum of the accounts mapped to the benefit.
        let accounts = row.origins.budgetAccounts
        if !accounts.isEmpty {
            var parts: [Formula.Part] = []
            for (index, account) in accounts.enumerated() {
                parts += [.text(index == 0 ? "" : " + "), .number(account.amount.exact, decimals: 2)]
            }
            parts += [.text(" = "), .number(row.budget.exact, decimals: 2)]
            figures.append(.init(AfstemningCSV.budget, of: row,
                                 sources: accounts.map { .init($0.origin, note: .explainAccountSource("\($0.account)", function: "\($0.function)")) },
                                 formula: accounts.count > 1 ? Formula(parts) : nil,
                                 note: .explainSummedFromAccounts(accounts.count, benefit: row.benefit.name)))
        } else if let budget = row.origins.budget {
            figures.append(.init(AfstemningCSV.budget, of: row,
                                 sources: [.init(budget)], formula: nil,
                                 note: .explainBudgetAsRead(year: year, grundlag: row.grundlag.rawValue)))
        } else {
            figures.append(.init(AfstemningCSV.budget, of: row, sources: [], formula: nil,
                                 note: .explainNoBudgetRow(row.kommune, year: year)))
        }

        // The rate, and why it applied.
        if row.rate != nil, let origin = row.origins.rate {
            let why: Message = row.origins.rateForEveryMunicipality
                ? .explainRateStarRow(row.kommune, benefit: row.benefit.name, year: year, grundlag: row.grundlag.rawValue)
                : .explainRateOwnRow(row.kommune, benefit: row.benefit.name, year: year, grundlag: row.grundlag.rawValue)
            figures.append(.init(AfstemningCSV.rate, of: row,
                                 sources: [.init(origin)], formula: nil, note: why))
        } else {
            figures.append(.init(AfstemningCSV.rate, of: row, sources: [], formula: nil,
                                 note: .explainNoRate(grundlag: row.grundlag.rawValue, kommune: row.kommune, year: year)))
        }

        let budgetPersons = row.helaarspersonerBudget.exact
        if let rate = row.rate {
            figures.append(.init(AfstemningCSV.helaarspersonerBudget, of: row, sources: [],
                                 formula: Formula([.text("\(AfstemningCSV.budget.name) / \(AfstemningCSV.rate.name) = "), .number(row.budget.exact, decimals: 2),
                                                   .text(" / "), .number(rate.exact, decimals: 2), .text(" = "), .exact(budgetPersons)]),
                                 note: nil))
        } else {
            figures.append(.init(AfstemningCSV.helaarspersonerBudget, of: row, sources: [], formula: nil,
                                 note: .explainZeroBudgetNoRate))
        }

        let period = report.cutoff.map { Message.explainPeriodUpTo(year: year, cutoff: "\($0)") } ?? .explainWholeYear(year)
        figures.append(actualFigure(AfstemningCSV.helaarspersonerFaktisk, of: row,
                                    source: row.origins.actual, periodName: period,
                                    periodText: "\(Period.year(year).first)–\(report.cutoff ?? Period.year(year).last)"))
        for (index, prior) in report.priorYears.enumerated() {
            figures.append(actualFigure(AfstemningCSV.helaarspersonerPrior(prior, index: index), of: row,
                                        source: row.origins.prior[index], periodName: .explainWholeYear(prior),
                                        periodText: Period.year(prior).description))
        }

        if let variance = row.afvigelseHelaarspersoner, let actual = row.helaarspersonerFaktisk {
            figures.append(.init(AfstemningCSV.afvigelseHelaarspersoner, of: row, sources: [],
                                 formula: Formula([.text("\(AfstemningCSV.helaarspersonerFaktisk.name) − \(AfstemningCSV.helaarspersonerBudget.name) = "), .exact(actual.exact),
                                                   .text(" − "), .exact(budgetPersons), .text(" = "), .exact(variance.exact)]),
                                 note: .explainFromUnrounded))
        } else {
            figures.append(.init(AfstemningCSV.afvigelseHelaarspersoner, of: row, sources: [], formula: nil,
                                 note: .explainNoActuals(period)))
        }
        if let kroner = row.afvigelseKroner, let variance = row.afvigelseHelaarspersoner, let rate = row.rate {
            figures.append(.init(AfstemningCSV.afvigelseKroner, of: row, sources: [],
                                 formula: Formula([.text("\(AfstemningCSV.afvigelseHelaarspersoner.name) × \(AfstemningCSV.rate.name) = "), .exact(variance.exact),
                                                   .text(" × "), .number(rate.exact, decimals: 2), .text(" = "), .exact(kroner)]),
                                 note: .explainFromUnrounded))
        } else {
            figures.append(.init(AfstemningCSV.afvigelseKroner, of: row, sources: [], formula: nil,
                                 note: row.helaarspersonerFaktisk == nil ? .explainNoActuals(period) : .explainNoRateShort))
        }
        return figures
    }

    /// An actual figure: a yearly row, monthly rows (days-weighted mean), or case periods.
    static func actualFigure(_ column: AfstemningCSV.Column, of row: ReconciliationRow, source: ActualFigure.Source?,
                             periodName: Message, periodText: String) -> Explanation.Figure {
        guard let value = column.value(of: row).number, let source else {
            return .init(column, of: row, sources: [], formula: nil, note: .explainNoActuals(periodName))
        }
        switch source {
        case .aggregated(let places):
            return .init(column, of: row,
                         sources: places.map { .init($0, note: .explainYearlyRow) }, formula: nil,
                         note: .explainAggregated(periodName))
        case .monthly(let months):
            var parts: [Formula.Part] = [.words(.explainMonthlyFormula)]
            for (index, month) in months.enumerated() {
                parts += [.text(index == 0 ? "" : " + "), .exact(month.value.exact), .text(" × \(month.days)")]
            }
            parts += [.text(") / \(months.reduce(0) { $0 + $1.days }) = "), .exact(value)]
            return .init(column, of: row,
                         sources: months.flatMap { month in month.places.map { .init($0, note: .explainMonth(month.month)) } },
                         formula: Formula(parts),
                         note: .explainMonthlyMean(months.count, period: periodName))
        case .cases(let spans, let personDays, let periodDays):
            let rows = spans.reduce(0) { $0 + $1.rows }
            return .init(column, of: row,
                         sources: spans.map { .init(file: $0.file, line: $0.firstLine, lastLine: $0.lastLine, rows: $0.rows, sheet: $0.sheet) },
                         formula: Formula([.words(.explainCaseFormula(periodText)), .exact(personDays),
                                           .text(" / \(periodDays) = "), .exact(value)]),
                         note: .explainCaseRows(rows, files: spans.count, period: periodName))
        }
    }

    /// The figures of a jobcenter row: each the sum of the municipalities' figures.
    static func totalFigures(_ row: ReconciliationRow, report: ReconciliationReport) -> [Explanation.Figure] {
        let parts = report.rows.filter { $0.benefit.id == row.benefit.id }
            .map { (kommune: $0.kommune, figures: figures($0, report: report)) }
        let columns = AfstemningCSV.schema(priorYears: report.priorYears).columns.filter { !$0.isText }
        return columns.map { column in
            guard column.name != AfstemningCSV.rate.name else {
                return .init(column, of: row, sources: [], formula: nil, note: .explainJobcenterNoRate)
            }
            let figures = parts.map { part in (kommune: part.kommune, figure: part.figures.first { $0.column == column.name }) }
            let present = figures.compactMap { part in part.figure?.value.map { (part.kommune, $0) } }
            var formula: [Formula.Part] = []
            for (offset, (kommune, value)) in present.enumerated() {
                formula += [.text(offset == 0 ? "\(kommune) " : " + \(kommune) "), .exact(value)]
            }
            if let total = column.value(of: row).number { formula += [.text(" = "), .exact(total)] }
            let missing = figures.filter { $0.figure?.value == nil }.map(\.kommune)
            return .init(column, of: row, sources: figures.flatMap { $0.figure?.sources ?? [] },
                         formula: present.isEmpty ? nil : Formula(formula),
                         note: present.isEmpty ? .explainNoMunicipalityHasOne
                             : missing.isEmpty ? .explainSumOfExact
                             : .explainSumOfSome(missing: missing.joined(separator: ", ")))
        }
    }
}
