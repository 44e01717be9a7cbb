/// The layout values the reports for people share, computed once per run: the Bilag 1 tables,
/// the follow-up, the national overview and, with a cut-off, the budget follow-up's tables and
/// monthly charts. bilag1.md, rapport.html and afstemning.xlsx each walk the same
/// `ReportLayout` (a run of 98 municipalities spent a quarter of its time laying the tables
/// out again for each renderer).
public struct ReportLayout: Sendable {
    /// The Bilag 1 tables (`Bilag1Table.tables(of:)`): one per municipality, then the jobcenter's.
    public let tables: [Bilag1Table]
    /// The largest flags, the goals and the other flags (`FollowUpLayout`).
    public let followUp: FollowUpLayout
    /// The national overview (`NationalOverview`); `nil` for a run over few municipalities.
    public let overview: NationalOverview?
    /// The budget follow-up's tables (`ForecastTable.tables(of:report:)`): one per municipality,
    /// then the jobcenter's; empty without a cut-off.
    public let forecastTables: [ForecastTable]
    /// With a cut-off, the monthly charts per unit (`MonthlyChart.charts(of:report:)`), drawn by
    /// rapport.html and listed by the workbook's month sheet; empty without.
    public let monthlyCharts: [(title: String, charts: [MonthlyChart])]

    /// The layout of `report`.
    public init(_ report: ReconciliationReport) {
        tables = Bilag1Table.tables(of: report)
        followUp = FollowUpLayout(report)
        overview = NationalOverview(report)
        if let forecast = report.forecast {
            forecastTables = ForecastTable.tables(of: forecast, report: report)
            monthlyCharts = MonthlyChart.charts(of: forecast, report: report)
        } else {
            forecastTables = []
            monthlyCharts = []
        }
    }
}
