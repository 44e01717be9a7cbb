/// The result of a run: the one model every renderer (CSV, Markdown, later XLSX and HTML)
/// draws from.
public struct ReconciliationReport: Sendable {
    /// The budget year.
    public let year: Int
    /// The prior years, in pipeline.yml's order.
    public let priorYears: [Int]
    /// The cut-off of the budget year's actuals, if any.
    public let cutoff: Day?
    /// The last day the budget year's actuals really cover, when that is before the year's
    /// end: the last month that counts for monthly rows (28.2. with a cut-off of 15.3.), the
    /// cut-off for case periods and yearly rows. `nil` for a whole year or without actuals.
    public var actualsThrough: Day? = nil
    /// Municipalities in report order (pipeline.yml's spelling).
    public let municipalities: [String]
    /// Rows by municipality, then catalog order.
    public let rows: [ReconciliationRow]
    /// The jobcenter's name, if pipeline.yml names one.
    public let jobcenter: String?
    /// The jobcenter's rows (sums over the municipalities), one per benefit in `rows`.
    public let totals: [ReconciliationRow]
    /// What finance staff should look at: the rows' and the goals' flags, largest in kroner
    /// first (`FlagOrder`).
    public var flags: [ReportFlag] = []
    /// The year-end forecast (forecast.md); `nil` without a cut-off.
    public var forecast: ForecastReport? = nil
    /// The comparison with comparable municipalities and the country (peers.md); `nil`
    /// without `peers`.
    public var comparison: PeerComparison? = nil
    /// The plan's goals (Bilag 2) for the budget year, checked.
    public var goals: [GoalCheck] = []

    /// The rows of one municipality.
    public func rows(of municipality: String) -> [ReconciliationRow] {
        rows.filter { $0.kommune == municipality }
    }

    /// The flags of one municipality's (or the jobcenter's) row for a benefit, in kind order.
    public func flags(of kommune: String, benefit: BenefitID) -> [ReportFlag] {
        let order = FlagKind.allCases
        return flags.filter { $0.kommune == kommune && $0.benefits == [benefit] }
            .sorted { (order.firstIndex(of: $0.kind) ?? 0) < (order.firstIndex(of: $1.kind) ?? 0) }
    }
}
