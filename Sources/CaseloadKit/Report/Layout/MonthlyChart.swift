/// The monthly chart of one benefit of a municipality or the jobcenter: helårspersoner per
/// month of the budget year (up to the cut-off) and of the earlier years in the inputs, one
/// series a year, with the budget's level as a line. rapport.html draws it; the workbook's
/// month sheet holds the same series as numbers.
public struct MonthlyChart: Sendable {
    /// A budget's level, drawn across the year.
    public struct Level: Sendable, Equatable {
        /// The legend label, e.g. `Budget 2017`.
        public let label: String
        /// The budget's helårspersoner.
        public let value: Exact
    }

    /// How many earlier years a chart shows at most (the latest).
    public static let earlierYears = 3

    /// The municipality, or `<jobcenter> i alt`.
    public let unit: String
    /// The benefit.
    public let benefit: Benefit
    /// One series per year, oldest first, the budget year last; twelve values each, `nil`
    /// for a missing month (and for the budget year's months after the cut-off).
    public let years: [MonthlyChartSeries]
    /// The original budget's level, then the corrected one's where there is one.
    public let budgets: [Level]

    /// The charts of `forecast`, per unit in report order (municipalities, then the
    /// jobcenter), each unit's in catalog order; a benefit without any monthly value has none.
    public static func charts(of forecast: ForecastReport, report: ReconciliationReport) -> [(title: String, charts: [MonthlyChart])] {
        let shown = Forecaster.countedMonths(cutoff: forecast.cutoff, skip: 0)
        func values(_ keys: [MonthlySeries.Key], year: Int) -> [MonthlyValue?] {
            var months = forecast.series.monthlyValues(keys, year: year)
            if year >= forecast.year, shown < 12 { months.replaceSubrange(shown..., with: repeatElement(nil, count: 12 - shown)) }
            return months
        }
        func chart(_ unit: String, _ row: ForecastRow, keys: [MonthlySeries.Key], parts: [ForecastRow]) -> MonthlyChart? {
            let all = Set(keys.flatMap { forecast.series.years($0) }).filter { $0 <= forecast.year }.sorted()
            let years = Array(all.filter { $0 < forecast.year }.suffix(earlierYears)) + all.filter { $0 == forecast.year }
            let series = years.map { MonthlyChartSeries(label: "\($0)", months: values(keys, year: $0)) }
                .filter { $0.months.contains { $0 != nil } }
            guard !series.isEmpty else { return nil }
            var budgets = [Level(label: "Budget \(forecast.year)", value: row.helaarspersonerBudget)]
            if parts.contains(where: { $0.budgetCorrected != nil }), let level = correctedLevel(parts) {
                budgets.append(Level(label: "Korrigeret budget \(forecast.year)", value: level))
            }
            return MonthlyChart(unit: unit, benefit: row.benefit, years: series, budgets: budgets)
        }
        let positions = Dictionary(report.municipalities.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func key(_ row: ForecastRow) -> MonthlySeries.Key? {
            positions[row.kommune].map { MonthlySeries.Key(municipality: $0, benefit: row.benefit.id) }
        }
        let rowsOf = Dictionary(grouping: forecast.rows, by: \.kommune)
        var units = report.municipalities.map { municipality in
            let rows = rowsOf[municipality] ?? []
            return (title: municipality, charts: rows.compactMap { row in key(row).flatMap { chart(municipality, row, keys: [$0], parts: [row]) } })
        }
        if let jobcenter = report.jobcenter, !forecast.totals.isEmpty {
            let title = ReportText.jobcenterTitle(jobcenter)
            units.append((title: title, charts: forecast.totals.compactMap { total in
                let parts = forecast.rows.filter { $0.benefit.id == total.benefit.id }
                return chart(title, total, keys: parts.compactMap(key), parts: parts)
            }))
        }
        return units
    }

    /// The corrected budget's helårspersoner over `parts` (each the corrected budget, or the
    /// original without one, at its rate); nil if a part has no rate.
    static func correctedLevel(_ parts: [ForecastRow]) -> Exact? {
        var sum = Exact.zero
        for part in parts {
            guard let corrected = part.budgetCorrected else {
                sum = sum + part.helaarspersonerBudget
                continue
            }
            guard let rate = part.rate, !rate.isZero else { return nil }
            sum = sum + corrected / rate
        }
        return sum
    }
}
