/// The formulas of a forecast's explanation with the numbers filled in: the method's
/// (forecast.md, "Methods") and the kroner and variance (forecast.md, "Kroner").
extension ForecastExplainer {
    /// The method's formula: run_rate F = T; latest F = (PD(Y, K) + L × DAYS(Y, R)) / D(Y);
    /// seasonal F = T × A_H / T_H.
    static func methodFormula(_ method: ForecastMethod, key: MonthlySeries.Key, year: Int, months k: Int, soFar: Exact,
                              forecast: Exact, history: [Int], forecaster: Forecaster) -> Formula? {
        switch method {
        case .runRate:
            return Formula([.text("F = \(Columns.soFar) = "), .exact(forecast)])
        case .latest:
            let n = min(forecaster.settings.latestMonths, k)
            guard let counted = forecaster.personDays(key, year: year, months: 1...k),
                  let recent = forecaster.personDays(key, year: year, months: (k - n + 1)...k) else { return nil }
            let level = recent.personDays / Exact(recent.days)
            let yearDays = Period.year(year).dayCount
            return Formula([.text("L = PD(\(year), \(k - n + 1)–\(k)) / DAYS = "), .exact(recent.personDays), .text(" / \(recent.days) = "),
                            .exact(level), .text("; F = (PD(Y, K) + L × DAYS(Y, R)) / D(Y) = ("), .exact(counted.personDays),
                            .text(" + "), .exact(level), .text(" × \(yearDays - counted.days)) / \(yearDays) = "), .exact(forecast)])
        case .seasonal:
            var same = (personDays: Exact.zero, days: 0), whole = (personDays: Exact.zero, days: 0)
            for h in history {
                guard let part = forecaster.personDays(key, year: h, months: 1...k),
                      let all = forecaster.personDays(key, year: h, months: 1...12) else { return nil }
                same = (same.personDays + part.personDays, same.days + part.days)
                whole = (whole.personDays + all.personDays, whole.days + all.days)
            }
            guard same.days > 0, whole.days > 0 else { return nil }
            let earlierSame = same.personDays / Exact(same.days)
            let earlierWhole = whole.personDays / Exact(whole.days)
            return Formula([.text("T_H = PD(H, 1–\(k)) / DAYS(H, 1–\(k)) = "), .exact(same.personDays), .text(" / \(same.days) = "),
                            .exact(earlierSame), .text("; A_H = PD(H, 1–12) / D(H) = "), .exact(whole.personDays),
                            .text(" / \(whole.days) = "), .exact(earlierWhole), .text("; F = T × A_H / T_H = "), .exact(soFar),
                            .text(" × "), .exact(earlierWhole), .text(" / "), .exact(earlierSame), .text(" = "), .exact(forecast)])
        }
    }

    /// prognose_kr and the expected variance in helårspersoner and kroner, against the
    /// corrected budget where the row has one.
    static func priced(_ row: ForecastRow, forecast: Exact) -> [Explanation.Figure] {
        let corrected = row.budgetCorrected
        let against: Message = .explainVarianceAgainst(corrected: corrected != nil)
        var figures: [Explanation.Figure] = []
        if let rate = row.rate, let kroner = row.forecastKroner {
            figures.append(figure(Columns.kroner, of: row, formula: Formula([
                .text("\(Columns.forecast) × kr_pr_helaarsperson = "), .exact(forecast), .text(" × "), .number(rate, decimals: 2),
                .text(" = "), .exact(kroner)]), note: nil))
        } else {
            figures.append(figure(Columns.kroner, of: row, formula: nil, note: .explainForecastNoRate))
        }
        if let variance = row.varianceHelaarspersoner {
            var parts: [Formula.Part]
            if let corrected, let level = row.helaarspersonerBudgetCorrected {
                parts = row.rate.map { [.text("\(Columns.forecast) − \(Columns.corrected) / kr_pr_helaarsperson = "), .exact(forecast),
                                        .text(" − "), .number(corrected, decimals: 2), .text(" / "), .number($0, decimals: 2)] }
                    ?? [.text("\(Columns.forecast) − 0 = "), .exact(forecast), .text(" − "), .exact(level)]
            } else {
                parts = [.text("\(Columns.forecast) − helaarspersoner_budget = "), .exact(forecast), .text(" − "), .exact(row.helaarspersonerBudget)]
            }
            figures.append(figure(Columns.varianceHelaarspersoner, of: row, formula: Formula(parts + [.text(" = "), .exact(variance)]),
                                  note: against))
        }
        if let variance = row.varianceKroner, let kroner = row.forecastKroner {
            let budget = corrected ?? row.budget
            figures.append(figure(Columns.varianceKroner, of: row, formula: Formula([
                .text("\(Columns.kroner) − \(corrected == nil ? "budget_kr" : Columns.corrected) = "), .exact(kroner), .text(" − "),
                .number(budget, decimals: 2), .text(" = "), .exact(variance)]), note: against))
        } else {
            figures.append(figure(Columns.varianceKroner, of: row, formula: nil, note: .explainForecastNoRate))
        }
        return figures
    }

    /// budget_kr_korrigeret: the corrected budget's line, or why there is none.
    static func correctedBudget(_ row: ForecastRow, origin: SourceLocation?, year: Int, grundlag: Grundlag) -> Explanation.Figure {
        guard row.budgetCorrected != nil else { return figure(Columns.corrected, of: row, formula: nil, note: .explainNoCorrectedBudget) }
        return figure(Columns.corrected, of: row, sources: origin.map { [.init($0)] } ?? [], formula: nil,
                      note: .explainCorrectedBudgetAsRead(year: year, grundlag: grundlag.rawValue))
    }
}
