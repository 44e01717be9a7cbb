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
        var rows: [ForecastRow] = []
        var tests: [(kommune: String, benefit: BenefitID, test: ForecastTest)] = []
        // Each municipality's position in pipeline.yml, looked up once (not a search per row).
        let positions = Dictionary(report.municipalities.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for row in report.rows {
            guard let position = positions[row.kommune] else { continue }
            let key = MonthlySeries.Key(municipality: position, benefit: row.benefit.id)
            rows.append(ForecastRow(row, months: k, outcome: forecaster.forecast(key, year: config.year, months: k)))
            tests += forecaster.backTest(key, year: config.year, months: k).map { (row.kommune, row.benefit.id, $0) }
        }
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
