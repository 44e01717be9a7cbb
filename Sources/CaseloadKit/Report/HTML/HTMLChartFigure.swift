/// A unit's chart as a figure with its caption.
enum HTMLChartFigure {
    /// The figure of `unit`'s chart; nothing for a unit without benefits.
    static func render(_ unit: HTMLUnit) -> String {
        let svg = SVGBarChart.render(unit)
        guard !svg.isEmpty else { return "" }
        let chart = HelaarspersonerChart(unit.table, report: unit.report)
        let listed = DanishText.list(chart.series.map(\.label.lowercasedFirst))
        return "<figure class=\"chart\">\n" + svg
            + "<figcaption>Helårspersoner pr. ydelse, \(MarkupText.escaped(unit.table.title)): \(MarkupText.escaped(listed)).</figcaption>\n"
            + "</figure>\n"
    }
}

private extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
