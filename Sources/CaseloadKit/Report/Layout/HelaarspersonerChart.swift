/// The chart of one municipality or the jobcenter: helårspersoner per benefit, the budget
/// year's budget beside the budget year's actuals (if any) and the prior years' actuals.
public struct HelaarspersonerChart: Sendable {
    /// The heading of the municipality or jobcenter it belongs to.
    public let title: String
    /// The benefits, in catalog order: one group of bars each.
    public let categories: [String]
    /// The bars of each group, in legend order.
    public let series: [ChartSeries]

    /// The chart of a Bilag 1 table's unit, from the report's rows.
    public init(_ table: Bilag1Table, report: ReconciliationReport) {
        let rows = table.isJobcenter ? report.totals : report.rows(of: table.kommune)
        title = table.title
        categories = rows.map(\.benefit.name)
        var series = [ChartSeries(label: "Budget \(report.year)", values: rows.map(\.helaarspersonerBudget.exact))]
        if Bilag1Table.hasActuals(report) {
            series.append(ChartSeries(label: Bilag1Table.actualLabel(report), values: rows.map(\.helaarspersonerFaktisk?.exact)))
        }
        for (index, year) in report.priorYears.enumerated() {
            series.append(ChartSeries(label: "Faktisk \(year)", values: rows.map { $0.helaarspersonerPrior[index]?.exact }))
        }
        self.series = series
    }
}
