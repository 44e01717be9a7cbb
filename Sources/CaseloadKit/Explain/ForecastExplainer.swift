/// Explains how the year-end forecast of one row came about (forecast.md): the months that
/// count with their values and sources, the method and why, the formula with the numbers,
/// the kroner and the expected variance against the budget it is measured against.
///
/// The arithmetic is the `Forecaster`'s own (over the run's series and settings, kept in its
/// `ForecastReport`), so the explanation cannot drift from prognose.csv.
enum ForecastExplainer {
    /// The forecast part of a municipality's explanation; `nil` when the run has no cut-off.
    /// `caseMonths`: the case rows reaching each month, for months from case periods.
    static func municipality(_ reconciliation: ReconciliationRow, report: ReconciliationReport,
                             caseMonths: CaseMonthRows? = nil) -> ForecastExplanation? {
        guard let forecast = report.forecast,
              let row = forecast.rows.first(where: { $0.kommune == reconciliation.kommune && $0.benefit.id == reconciliation.benefit.id }),
              let position = report.municipalities.firstIndex(of: row.kommune) else { return nil }
        let key = MonthlySeries.Key(municipality: position, benefit: row.benefit.id)
        let forecaster = Forecaster(series: forecast.series, settings: forecast.settings)
        let (year, k, settings, cutoff) = (report.year, forecast.months, forecast.settings, forecast.cutoff)
        let outcome = forecaster.forecast(key, year: year, months: k)
        let history = historyYears(outcome, key: key, year: year, forecaster: forecaster)
        var values = k > 0 ? months(key, year: year, range: 1...k, series: forecaster.series, caseMonths: caseMonths) : []
        for h in history { values += months(key, year: h, range: 1...12, series: forecaster.series, caseMonths: caseMonths) }

        var figures = [correctedBudget(row, origin: reconciliation.origins.budgetCorrected, year: year, grundlag: reconciliation.grundlag)]
        let reason: Message
        switch outcome {
        case .none(let why):
            // The reason says it once; the forecast's columns are all empty.
            reason = .explainForecastNone(why.message)
        case .made(let soFar, let method, let made, let fallback):
            reason = fallback.map { .explainForecastFallback(configured: settings.method.rawValue, $0.message) }
                ?? why(method, settings: settings, months: k, history: history, year: year)
            let counted = values.filter { $0.year == year }
            var places = Set<String>()
            // The year so far names the year's rows once (a month's own rows are in its line).
            let yearRows = caseMonths == nil ? counted : months(key, year: year, range: 1...k, series: forecaster.series)
            let read = yearRows.flatMap(\.sources).filter { places.insert($0.place).inserted }
            figures.append(figure(Columns.soFar, of: row, sources: read,
                                  formula: meanFormula(counted, result: soFar), note: .explainForecastSoFar(months: k, year: year)))
            let formula = methodFormula(method, key: key, year: year, months: k, soFar: soFar, forecast: made,
                                        history: history, forecaster: forecaster)
            figures.append(figure(Columns.forecast, of: row, formula: formula, note: reason))
            figures += priced(row, forecast: made)
        }
        return ForecastExplanation(cutoff: cutoff, months: k, skipped: settings.skipLatestMonths, configured: settings.method,
                                   method: row.method, reason: reason, history: history, values: values,
                                   against: row.varianceAgainst, figures: figures)
    }

    /// The forecast part of the jobcenter's explanation: each figure the sum of the
    /// municipalities' figures; `nil` when the run has no cut-off.
    static func total(_ reconciliation: ReconciliationRow, report: ReconciliationReport,
                      caseMonths: CaseMonthRows? = nil) -> ForecastExplanation? {
        guard let forecast = report.forecast,
              let row = forecast.totals.first(where: { $0.benefit.id == reconciliation.benefit.id }) else { return nil }
        let parts = report.rows.filter { $0.benefit.id == row.benefit.id }
            .compactMap { part in municipality(part, report: report, caseMonths: caseMonths).map { (kommune: part.kommune, explanation: $0) } }
        let missing = forecast.rows.filter { $0.benefit.id == row.benefit.id && $0.forecast == nil }.map(\.kommune)
        let reason: Message = missing.isEmpty ? .explainForecastOfTotal : .explainSumOfSome(missing: missing.joined(separator: ", "))
        let figures = PrognoseCSV.schema.columns.filter { Columns.all.contains($0.name) }.map { column in
            let summands = parts.compactMap { part in
                part.explanation.figures.first { $0.column == column.name }?.value.map { (part.kommune, $0) }
            }
            var formula: [Formula.Part] = []
            for (offset, (kommune, value)) in summands.enumerated() {
                formula += [.text(offset == 0 ? "\(kommune) " : " + \(kommune) "), .exact(value)]
            }
            let value = column.value(of: row).number
            if let value { formula += [.text(" = "), .exact(value)] }
            let sources = parts.flatMap { $0.explanation.figures.first { $0.column == column.name }?.sources ?? [] }
            return Explanation.Figure(column: column.name, value: value, decimals: column.decimals ?? 0, sources: sources,
                                      formula: summands.isEmpty ? nil : Formula(formula),
                                      note: summands.isEmpty ? .explainNoMunicipalityHasOne : column.name == Columns.corrected
                                          ? .explainSumOfExact : reason)
        }
        return ForecastExplanation(cutoff: forecast.cutoff, months: forecast.months, skipped: forecast.settings.skipLatestMonths,
                                   configured: forecast.settings.method, method: row.method, reason: reason, history: [],
                                   values: [], against: row.varianceAgainst, figures: figures)
    }

    /// The prognose.csv columns the explanation shows, by name.
    enum Columns {
        static let corrected = "budget_kr_korrigeret"
        static let soFar = "helaarspersoner_til_dato"
        static let forecast = "helaarspersoner_prognose"
        static let kroner = "prognose_kr"
        static let varianceHelaarspersoner = "forventet_afvigelse_helaarspersoner"
        static let varianceKroner = "forventet_afvigelse_kr"
        /// Every column shown.
        static let all = [corrected, soFar, forecast, kroner, varianceHelaarspersoner, varianceKroner]
    }

    /// The figure of prognose.csv's column `name` in `row`.
    static func figure(_ name: String, of row: ForecastRow, sources: [Explanation.Source] = [], formula: Formula?,
                       note: Message?) -> Explanation.Figure {
        let column = PrognoseCSV.schema.column(named: name)
        return Explanation.Figure(column: name, value: column?.value(of: row).number, decimals: column?.decimals ?? 0,
                                  sources: sources, formula: formula, note: note)
    }

    /// The seasonal method's earlier years H (empty for another method or a fallback).
    static func historyYears(_ outcome: YearEndForecast, key: MonthlySeries.Key, year: Int, forecaster: Forecaster) -> [Int] {
        guard case .made(_, .seasonal, _, _) = outcome else { return [] }
        return Array(forecaster.series.completeYears(key).filter { $0 < year }.suffix(forecaster.settings.seasonalYears))
    }

    /// The values of the months `range` of `year` that the series has, with their sources; a
    /// month from case periods names the rows reaching it where `caseMonths` has them, else
    /// the year's rows.
    static func months(_ key: MonthlySeries.Key, year: Int, range: ClosedRange<Int>, series: MonthlySeries,
                       caseMonths: CaseMonthRows? = nil) -> [ForecastExplanation.Month] {
        range.compactMap { month in
            series.value(key, year: year, month: month).map { value in
                var source = series.source(key, year: year, month: month)
                if case .cases(_, let personDays, let days) = source, let caseMonths {
                    let spans = caseMonths.spans(municipality: key.municipality, benefit: key.benefit, year: year, month: month)
                    source = .cases(spans: spans, personDays: personDays, periodDays: days)
                }
                return ForecastExplanation.Month(year: year, month: month, value: value, days: Period.month(month, of: year).dayCount,
                                                 sources: sources(source))
            }
        }
    }

    /// The input lines of a month's value.
    static func sources(_ source: ActualFigure.Source?) -> [Explanation.Source] {
        switch source {
        case nil: []
        case .aggregated(let places): places.map { .init($0) }
        case .monthly(let months): months.flatMap { $0.places.map { .init($0) } }
        case .cases(let spans, _, _): spans.map { .init(file: $0.file, line: $0.firstLine, lastLine: $0.lastLine, rows: $0.rows) }
        }
    }

    /// Why the configured method was used as it is.
    static func why(_ method: ForecastMethod, settings: ForecastSettings, months k: Int, history: [Int], year: Int) -> Message {
        switch method {
        case .runRate: .explainForecastRunRate
        case .latest: .explainForecastLatest(min(settings.latestMonths, k), setting: settings.latestMonths, months: k)
        case .seasonal: .explainForecastSeasonal(history: history.map(String.init).joined(separator: ", "),
                                                 setting: settings.seasonalYears, year: year)
        }
    }

    /// Σ(m × d) / Σ d = (v × d + …) / days = result.
    static func meanFormula(_ months: [ForecastExplanation.Month], result: Exact) -> Formula {
        var parts: [Formula.Part] = [.words(.explainMonthlyFormula)]
        for (index, month) in months.enumerated() {
            parts += [.text(index == 0 ? "" : " + "), .exact(month.value), .text(" × \(month.days)")]
        }
        return Formula(parts + [.text(") / \(months.reduce(0) { $0 + $1.days }) = "), .exact(result)])
    }
}
