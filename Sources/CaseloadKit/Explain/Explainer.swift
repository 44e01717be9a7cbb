/// Explains one row of a run's result: for each figure the input lines it came from, the
/// rate and why it applied, the formula with the numbers filled in, and the row's flags.
public enum Explainer {
    /// A name that matches nothing (with the nearest names), or a pair without a row.
    public struct Failure: Error, CustomStringConvertible {
        /// What is wrong and what to try.
        public let description: String
    }

    /// The explanation of the row of `kommune` (a municipality or the jobcenter, matched
    /// ignoring case and surrounding white space) and `benefit` (an id, name or alias).
    public static func explain(kommune: String, benefit: String, report: ReconciliationReport,
                               catalog: Catalog) throws(Failure) -> Explanation {
        let names = report.municipalities + (report.jobcenter.map { [$0] } ?? [])
        guard let name = names.first(where: { MatchKey($0) == MatchKey(kommune) }) else {
            let suggestions = nearest(to: kommune, among: names, limit: 1)
            throw Failure(description: "unknown municipality \"\(kommune)\""
                + (suggestions.first.map { "; did you mean \"\($0)\"?" } ?? "")
                + " (known: \(names.map { "\"\($0)\"" }.joined(separator: ", ")))")
        }
        guard let id = catalog.resolve(benefit) else {
            throw Failure(description: CellParser.unknownBenefit(benefit, catalog: catalog))
        }
        let isTotal = name == report.jobcenter && !report.municipalities.contains(name)
        guard let row = (isTotal ? report.totals : report.rows).first(where: { $0.kommune == name && $0.benefit.id == id }) else {
            throw Failure(description: "\(name) has no row for \(catalog.name(of: id)) in \(report.year): there is no budget and there are no actuals for it")
        }
        let figures = isTotal ? totalFigures(row, report: report) : Self.figures(row, report: report)
        return Explanation(kommune: name, benefit: row.benefit, year: report.year, grundlag: row.grundlag, figures: figures,
                           flags: report.flags(of: name, benefit: id))
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
            figures.append(.init(column: "budget_kr", value: row.budget.exact, decimals: 2,
                                 sources: accounts.map { .init(file: $0.origin.file, line: $0.origin.line, note: "konto \($0.account), under function \($0.function) in the catalog") },
                                 formula: accounts.count > 1 ? Formula(parts) : nil,
                                 note: "summed from \(accounts.count) account row\(accounts.count == 1 ? "" : "s") mapped to \(row.benefit.name) by the catalog's functions"))
        } else if let budget = row.origins.budget {
            figures.append(.init(column: "budget_kr", value: row.budget.exact, decimals: 2,
                                 sources: [.init(file: budget.file, line: budget.line)], formula: nil,
                                 note: "the budget \(year) (\(row.grundlag.rawValue)) as read"))
        } else {
            figures.append(.init(column: "budget_kr", value: row.budget.exact, decimals: 2, sources: [], formula: nil,
                                 note: "no budget row for \(row.kommune), \(year): 0; the row is here because of its actuals"))
        }

        // The rate, and why it applied.
        if let rate = row.rate, let origin = row.origins.rate {
            let why = row.origins.rateForEveryMunicipality
                ? "the * row: \(row.kommune) has no row of its own for \(row.benefit.name), \(year), \(row.grundlag.rawValue)"
                : "\(row.kommune)'s own row for \(row.benefit.name), \(year), \(row.grundlag.rawValue)"
            figures.append(.init(column: "kr_pr_helaarsperson", value: rate.exact, decimals: 2,
                                 sources: [.init(file: origin.file, line: origin.line)], formula: nil, note: why))
        } else {
            figures.append(.init(column: "kr_pr_helaarsperson", value: nil, decimals: 2, sources: [], formula: nil,
                                 note: "no \(row.grundlag.rawValue) rate for \(row.kommune), \(year); allowed only with a budget of 0"))
        }

        let budgetPersons = row.helaarspersonerBudget.exact
        if let rate = row.rate {
            figures.append(.init(column: "helaarspersoner_budget", value: budgetPersons, decimals: 4, sources: [],
                                 formula: Formula([.text("budget_kr / kr_pr_helaarsperson = "), .number(row.budget.exact, decimals: 2),
                                                   .text(" / "), .number(rate.exact, decimals: 2), .text(" = "), .exact(budgetPersons)]),
                                 note: nil))
        } else {
            figures.append(.init(column: "helaarspersoner_budget", value: budgetPersons, decimals: 4, sources: [], formula: nil,
                                 note: "0: a budget of 0 without a rate"))
        }

        let period = report.cutoff.map { "\(year) up to \($0)" } ?? "\(year)"
        figures.append(actualFigure(column: "helaarspersoner_faktisk", value: row.helaarspersonerFaktisk,
                                    source: row.origins.actual, periodName: period,
                                    periodText: "\(Period.year(year).first)–\(report.cutoff ?? Period.year(year).last)"))
        for (index, prior) in report.priorYears.enumerated() {
            figures.append(actualFigure(column: "helaarspersoner_\(prior)", value: row.helaarspersonerPrior[index],
                                        source: row.origins.prior[index], periodName: "\(prior)",
                                        periodText: Period.year(prior).description))
        }

        if let variance = row.afvigelseHelaarspersoner, let actual = row.helaarspersonerFaktisk {
            figures.append(.init(column: "afvigelse_helaarspersoner", value: variance.exact, decimals: 4, sources: [],
                                 formula: Formula([.text("helaarspersoner_faktisk − helaarspersoner_budget = "), .exact(actual.exact),
                                                   .text(" − "), .exact(budgetPersons), .text(" = "), .exact(variance.exact)]),
                                 note: "from the unrounded values"))
        } else {
            figures.append(.init(column: "afvigelse_helaarspersoner", value: nil, decimals: 4, sources: [], formula: nil,
                                 note: "no actuals for \(period)"))
        }
        if let kroner = row.afvigelseKroner, let variance = row.afvigelseHelaarspersoner, let rate = row.rate {
            figures.append(.init(column: "afvigelse_kr", value: kroner, decimals: 2, sources: [],
                                 formula: Formula([.text("afvigelse_helaarspersoner × kr_pr_helaarsperson = "), .exact(variance.exact),
                                                   .text(" × "), .number(rate.exact, decimals: 2), .text(" = "), .exact(kroner)]),
                                 note: "from the unrounded values"))
        } else {
            figures.append(.init(column: "afvigelse_kr", value: nil, decimals: 2, sources: [], formula: nil,
                                 note: row.helaarspersonerFaktisk == nil ? "no actuals for \(period)" : "no rate"))
        }
        return figures
    }

    /// An actual figure: a yearly row, monthly rows (days-weighted mean), or case periods.
    static func actualFigure(column: String, value: Helaarspersoner?, source: ActualFigure.Source?,
                             periodName: String, periodText: String) -> Explanation.Figure {
        guard let value, let source else {
            return .init(column: column, value: nil, decimals: 4, sources: [], formula: nil, note: "no actuals for \(periodName)")
        }
        switch source {
        case .aggregated(let places):
            return .init(column: column, value: value.exact, decimals: 4,
                         sources: places.map { .init(file: $0.file, line: $0.line, note: "yearly row") }, formula: nil,
                         note: "aggregated actuals for \(periodName), as read")
        case .monthly(let months):
            var parts: [Formula.Part] = [.text("Σ(month × days) / Σ days = (")]
            for (index, month) in months.enumerated() {
                parts += [.text(index == 0 ? "" : " + "), .exact(month.value.exact), .text(" × \(month.days)")]
            }
            parts += [.text(") / \(months.reduce(0) { $0 + $1.days }) = "), .exact(value.exact)]
            return .init(column: column, value: value.exact, decimals: 4,
                         sources: months.map { .init(file: $0.origin.file, line: $0.origin.line, note: "month \($0.month)") },
                         formula: Formula(parts),
                         note: "the mean of \(months.count) monthly row\(months.count == 1 ? "" : "s") for \(periodName), each weighted by its days")
        case .cases(let spans, let personDays, let periodDays):
            let rows = spans.reduce(0) { $0 + $1.rows }
            return .init(column: column, value: value.exact, decimals: 4,
                         sources: spans.map { .init(file: $0.file, line: $0.firstLine, lastLine: $0.lastLine, rows: $0.rows) },
                         formula: Formula([.text("Σ(days inside \(periodText) × omfang) / days = "), .exact(personDays),
                                           .text(" / \(periodDays) = "), .exact(value.exact)]),
                         note: "\(rows) case row\(rows == 1 ? "" : "s") in \(spans.count) file\(spans.count == 1 ? "" : "s") for \(periodName)")
        }
    }

    /// The figures of a jobcenter row: each the sum of the municipalities' figures.
    static func totalFigures(_ row: ReconciliationRow, report: ReconciliationReport) -> [Explanation.Figure] {
        let parts = report.rows.filter { $0.benefit.id == row.benefit.id }
        let partFigures = parts.map { (kommune: $0.kommune, figures: figures($0, report: report)) }
        let totals: [Exact?] = [row.budget.exact, nil, row.helaarspersonerBudget.exact, row.helaarspersonerFaktisk?.exact]
            + row.helaarspersonerPrior.map { $0?.exact } + [row.afvigelseHelaarspersoner?.exact, row.afvigelseKroner]
        return partFigures[0].figures.enumerated().map { index, template in
            guard template.column != "kr_pr_helaarsperson" else {
                return .init(column: template.column, value: nil, decimals: 2, sources: [], formula: nil,
                             note: "no rate for the jobcenter: its figures are sums of the municipalities' figures")
            }
            let present = partFigures.compactMap { part in part.figures[index].value.map { (part.kommune, $0) } }
            var formula: [Formula.Part] = []
            for (offset, (kommune, value)) in present.enumerated() {
                formula += [.text(offset == 0 ? "\(kommune) " : " + \(kommune) "), .exact(value)]
            }
            if let total = totals[index] { formula += [.text(" = "), .exact(total)] }
            let missing = partFigures.filter { $0.figures[index].value == nil }.map(\.kommune)
            return .init(column: template.column, value: totals[index], decimals: template.decimals,
                         sources: partFigures.flatMap { $0.figures[index].sources }, formula: present.isEmpty ? nil : Formula(formula),
                         note: present.isEmpty ? "no municipality has one"
                             : missing.isEmpty ? "the sum of the municipalities' exact values"
                             : "the sum of the municipalities that have one (not \(missing.joined(separator: ", ")))")
        }
    }
}
