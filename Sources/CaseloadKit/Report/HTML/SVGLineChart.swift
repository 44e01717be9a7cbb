/// A `MonthlyChart` as inline SVG: one line per year over the twelve months (the budget year
/// solid and dark, earlier years dashed or dotted in lighter greys, each with point markers
/// so a single month still shows), the budget's level as a long-dashed line across the year;
/// a legend above, Danish tick labels, month names below. Every year is one `path.year` and
/// every budget one `line.budget`, named in `data-years` and `data-budgets`, so a check can
/// count the series. No script, no external reference.
enum SVGLineChart {
    /// The chart's size in SVG units; it scales to its box.
    static let width = 340.0
    static let height = 200.0
    private static let plotLeft = 42.0
    private static let plotRight = width - 10
    private static let characterWidth = 5.6  // of a 10px sans-serif label, for laying out text

    /// The stroke of year series number `index` counted from the latest (0 = the latest).
    static func yearStyle(_ index: Int) -> (stroke: String, width: String, dash: String?) {
        switch index {
        case 0: ("#1d3557", "2.4", nil)
        case 1: ("#555555", "1.6", "5 3")
        case 2: ("#8a8a8a", "1.6", "1.5 2.5")
        default: ("#b0b0b0", "1.4", "8 3 2 3")
        }
    }

    /// The month names under the plot, the same in every chart (written once).
    private static let monthLabels: String = {
        let n = SVGBarChart.n
        var svg = ""
        for (month, name) in ForecastText.monthAbbreviations.enumerated() {
            let x = plotLeft + (Double(month) + 0.5) * (plotRight - plotLeft) / 12
            svg += "<text class=\"tick\" x=\"\(n(x))\" y=\"\(n(height - 20 + 13))\" text-anchor=\"middle\">\(name.replacing(".", with: ""))</text>"
        }
        return svg + "\n"
    }()

    /// The chart.
    static func render(_ chart: MonthlyChart) -> String {
        let values = chart.years.map { $0.values.map { $0.map(number) } }
        let levels = chart.budgets.map { number($0.value) }
        let all = values.flatMap { $0.compactMap { $0 } } + levels
        // A little room below the lowest value, so that no line runs along the axis (not below 0).
        let (low, high) = (all.min() ?? 0, all.max() ?? 0)
        let scale = ChartScale(minimum: low < 0 ? low : max(0, low - (high - low) * 0.08), maximum: high, includingZero: false)
        let (legend, legendHeight) = self.legend(chart)
        let plotTop = legendHeight + 8
        let plotBottom = height - 20
        func x(_ month: Int) -> Double { plotLeft + (Double(month) + 0.5) * (plotRight - plotLeft) / 12 }
        func y(_ value: Double) -> Double {
            plotBottom - (value - Double(scale.lower)) / Double(scale.upper - scale.lower) * (plotBottom - plotTop)
        }
        let n = SVGBarChart.n
        var svg = "<svg class=\"chart monthly\" role=\"img\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\""
        svg += " data-years=\"\(chart.years.map(\.label).joined(separator: " "))\" data-budgets=\"\(chart.budgets.count)\">\n"
        svg += "<title>Helårspersoner pr. måned, \(MarkupText.escaped(chart.unit)), \(MarkupText.escaped(chart.benefit.name))</title>\n"
        svg += legend
        for tick in scale.ticks {
            svg += "<line class=\"\(tick == 0 ? "zero" : "grid")\" x1=\"\(n(plotLeft))\" y1=\"\(n(y(Double(tick))))\" x2=\"\(n(plotRight))\" y2=\"\(n(y(Double(tick))))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(plotLeft - 4))\" y=\"\(n(y(Double(tick)) + 3.5))\" text-anchor=\"end\">\(NumberFormat.danish.string(Exact(tick), decimals: 0))</text>\n"
        }
        svg += monthLabels
        for (index, level) in levels.enumerated() {
            svg += "<line class=\"budget b\(index)\" x1=\"\(n(plotLeft))\" y1=\"\(n(y(level)))\" x2=\"\(n(plotRight))\" y2=\"\(n(y(level)))\""
            svg += " stroke=\"#c1121f\" stroke-width=\"1.6\" stroke-dasharray=\"\(index == 0 ? "10 4" : "3 3")\"/>\n"
        }
        for (index, series) in chart.years.enumerated() {
            let style = yearStyle(chart.years.count - 1 - index)
            var path = ""
            var markers = ""
            var previous: Int?
            for (month, value) in values[index].enumerated() {
                guard let value else { continue }
                path += (previous == month - 1 ? " L" : (path.isEmpty ? "M" : " M")) + "\(n(x(month))) \(n(y(value)))"
                markers += "<circle cx=\"\(n(x(month)))\" cy=\"\(n(y(value)))\" r=\"\(index == chart.years.count - 1 ? "2.4" : "1.8")\"/>"
                previous = month
            }
            svg += "<path class=\"year\" data-year=\"\(series.label)\" d=\"\(path)\" fill=\"none\" stroke=\"\(style.stroke)\" stroke-width=\"\(style.width)\""
            svg += (style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + " stroke-linejoin=\"round\"/>"
            svg += "<g class=\"markers\" fill=\"\(style.stroke)\">\(markers)</g>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(n(plotLeft))\" y1=\"\(n(plotBottom))\" x2=\"\(n(plotRight))\" y2=\"\(n(plotBottom))\"/>\n"
        return svg + "</svg>\n"
    }

    /// The legend, a line sample and a label per year and budget, wrapped to the chart's
    /// width; and its height.
    private static func legend(_ chart: MonthlyChart) -> (String, Double) {
        let n = SVGBarChart.n
        var items: [(label: String, sample: String)] = []
        for (index, series) in chart.years.enumerated() {
            let style = yearStyle(chart.years.count - 1 - index)
            let dash = style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            items.append((series.label, "stroke=\"\(style.stroke)\" stroke-width=\"\(style.width)\"\(dash)"))
        }
        for (index, budget) in chart.budgets.enumerated() {
            items.append((budget.label, "stroke=\"#c1121f\" stroke-width=\"1.6\" stroke-dasharray=\"\(index == 0 ? "10 4" : "3 3")\""))
        }
        var svg = "<g class=\"legend\">"
        var left = 0.0
        var top = 2.0
        for item in items {
            let itemWidth = 26 + Double(item.label.count) * characterWidth + 12
            if left > 0, left + itemWidth > width {
                left = 0
                top += 14
            }
            svg += "<line x1=\"\(n(left))\" y1=\"\(n(top + 5))\" x2=\"\(n(left + 20))\" y2=\"\(n(top + 5))\" \(item.sample)/>"
            svg += "<text class=\"legend-label\" x=\"\(n(left + 24))\" y=\"\(n(top + 9))\">\(MarkupText.escaped(item.label))</text>"
            left += itemWidth
        }
        return (svg + "</g>\n", top + 10)
    }

    /// An exact value as a plotting coordinate (to the hundredth; only positions depend on it).
    private static func number(_ value: Exact) -> Double {
        Double(Int(value.roundedUnits(decimals: 2))) / 100
    }
}
