/// The year-end forecast of a run (forecast.md): prognose.csv's rows in afstemning.csv's order,
/// the jobcenter's totals, and the back-test's rows.
public struct ForecastReport: Sendable {
    /// The budget year.
    public let year: Int
    /// The cut-off.
    public let cutoff: Day
    /// pipeline.yml's `forecast:` settings.
    public let settings: ForecastSettings
    /// k, the months that count.
    public let months: Int
    /// The municipalities' rows, in the order of afstemning.csv.
    public let rows: [ForecastRow]
    /// The jobcenter's rows, one per benefit in `rows` (catalog order); empty without a jobcenter.
    public let totals: [ForecastRow]
    /// The back-test: by municipality, benefit, method and year.
    public let tests: [(kommune: String, benefit: BenefitID, test: ForecastTest)]
    /// The monthly values the forecast was made from (for the reports' monthly charts).
    public let series: MonthlySeries

    /// The forecast of `report` from `series`, with the cut-off and settings of `config`;
    /// nil without a cut-off.
    public static func build(_ report: ReconciliationReport, series: MonthlySeries, config: PipelineConfig) -> ForecastReport? {
        guard let cutoff = config.cutoff else { return nil }
        let k = Forecaster.countedMonths(cutoff: cutoff, skip: config.forecast.skipLatestMonths)
        let forecaster = Forecaster(series: series, settings: config.forecast)
        // Each municipality's position in pipeline.yml, looked up once (not a search per row).
        let positions = Dictionary(report.municipalities.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let keyed = report.rows.compactMap { row in
            positions[row.kommune].map { (row: row, key: MonthlySeries.Key(municipality: $0, benefit: row.benefit.id)) }
        }
        // Each row's forecast and back-test depend on its own series only: made on every core,
        // kept in the rows' order.
        let year = config.year
        let made = ConcurrentMap.map(keyed.count) { index in
            let (row, key) = keyed[index]
            return (row: ForecastRow(row, months: k, outcome: forecaster.forecast(key, year: year, months: k)),
                    tests: forecaster.backTest(key, year: year, months: k).map { (kommune: row.kommune, benefit: row.benefit.id, test: $0) })
        }
        let rows = made.map(\.row)
        let tests = made.flatMap(\.tests)
        var totals: [ForecastRow] = []
        if let jobcenter = report.jobcenter {
            for total in report.totals {
                let parts = rows.filter { $0.benefit.id == total.benefit.id }
                if !parts.isEmpty { totals.append(ForecastRow(total: jobcenter, of: parts)) }
            }
        }
        return ForecastReport(year: config.year, cutoff: cutoff, settings: config.forecast, months: k,
                              rows: rows, totals: totals, tests: tests, series: series)
    }
}
