/// The layout values the reports for people share, computed once per run: the Bilag 1 tables,
/// the follow-up, the national overview and, with a cut-off, the budget follow-up's tables. bilag1.md, rapport.html and afstemning.xlsx each walk the same
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

    /// The layout of `report`.
    public init(_ report: ReconciliationReport) {
        tables = Bilag1Table.tables(of: report)
        followUp = FollowUpLayout(report)
        overview = NationalOverview(report)
        forecastTables = report.forecast.map { ForecastTable.tables(of: $0, report: report) } ?? []
    }
}
