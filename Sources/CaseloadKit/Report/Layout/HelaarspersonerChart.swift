/// The chart of one municipality or the jobcenter: helårspersoner per benefit, the budget
/// year's budget beside the budget year's actuals (if any) and the prior years' actuals.
public struct HelaarspersonerChart: Sendable {
    /// The heading of the municipality or jobcenter it belongs to.
    public let title: String
    /// The benefits, in catalog order: one group of bars each.
    public let categories: [String]
    /// The bars of each group, in legend order.
    public let series: [ChartSeries]

    /// The chart of a Bilag 1 table's unit, from the table's own figures.
    public init(_ table: Bilag1Table, report: ReconciliationReport) {
        title = table.title
        categories = table.lines.map(\.benefit.name)
        func values(_ wanted: (Bilag1Column.Role) -> Bool) -> [Exact?] {
            guard let index = table.columns.firstIndex(where: { wanted($0.role) }) else { return table.lines.map { _ in nil } }
            return table.lines.map { $0.cells[index].value }
        }
        var series = [ChartSeries(label: ReportText.chartBudget(year: report.year), values: values { $0 == .budgetHelaarspersoner })]
        if ReportText.hasActuals(report) {
            series.append(ChartSeries(label: ReportText.actual(report), values: values { $0 == .actual }))
        }
        for (index, year) in report.priorYears.enumerated() {
            series.append(ChartSeries(label: ReportText.chartPrior(year: year), values: values { $0 == .prior(index: index, year: year) }))
        }
        self.series = series
    }
}
