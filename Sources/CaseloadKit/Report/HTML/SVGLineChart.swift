/// A `MonthlyChart` as inline SVG: one line per year over the twelve months (the budget year
/// solid and dark, earlier years dashed or dotted in lighter greys, each with point markers
/// so a single month still shows), the budget's level as a long-dashed line across the year;
/// a legend above, Danish tick labels, month names below. Every year is one `path.year` and
/// every budget one `line.budget`, named in `data-years` and `data-budgets`, so a check can
/// count the series. No script, no external reference.
///
/// Written straight into the report's bytes (a report with a cut-off holds some 1,300 of
/// these charts): coordinates from `Double`s as `SVGBarChart.n` writes them, the values
/// rounded to hundredths from their fractions (`MonthlyValue`).
enum SVGLineChart {
    /// The chart's size in SVG units; it scales to its box.
    static let width = 340.0
    static let height = 200.0
    private static let plotLeft = 42.0
    private static let plotRight = width - 10
    private static let plotBottom = height - 20
    private static let characterWidth = 5.6  // of a 10px sans-serif label, for laying out text

    /// The stroke of year series number `index` counted from the latest (0 = the latest).
    static func yearStyle(_ index: Int) -> (stroke: StaticString, width: StaticString, dash: StaticString?) {
        switch index {
        case 0: ("#1d3557", "2.4", nil)
        case 1: ("#555555", "1.6", "5 3")
        case 2: ("#8a8a8a", "1.6", "1.5 2.5")
        default: ("#b0b0b0", "1.4", "8 3 2 3")
        }
    }

    /// The month names under the plot, the same in every chart (written once).
    private static let monthLabels: OutputBytes = {
        var svg = OutputBytes()
        for (month, name) in ForecastText.monthAbbreviations.enumerated() {
            svg.append("<text class=\"tick\" x=\"")
            svg.appendCoordinate(x(month))
            svg.append("\" y=\"")
            svg.appendCoordinate(plotBottom + 13)
            svg.append("\" text-anchor=\"middle\">")
            svg.append(name.replacing(".", with: ""))
            svg.append("</text>")
        }
        svg.append("\n")
        return svg
    }()

    /// The x of month `month` (0 is January): the middle of its twelfth of the plot.
    private static func x(_ month: Int) -> Double { plotLeft + (Double(month) + 0.5) * (plotRight - plotLeft) / 12 }

    /// The chart, as text (for tests).
    static func render(_ chart: MonthlyChart) -> String {
        var svg = OutputBytes()
        render(chart, into: &svg)
        return svg.string
    }

    /// The chart, appended to `svg`.
    static func render(_ chart: MonthlyChart, into svg: inout OutputBytes) {
        let values = chart.years.map { $0.months.map { $0.map(number) } }
        let levels = chart.budgets.map { number($0.value) }
        var (low, high) = (Double.infinity, -Double.infinity)
        for value in values.joined().compactMap({ $0 }) + levels {
            (low, high) = (min(low, value), max(high, value))
        }
        if low > high { (low, high) = (0, 0) }
        // A little room below the lowest value, so that no line runs along the axis (not below 0).
        let scale = ChartScale(minimum: low < 0 ? low : max(0, low - (high - low) * 0.08), maximum: high, includingZero: false)
        let legendHeight = legend(chart, into: &svg)
        let plotTop = legendHeight + 8
        func y(_ value: Double) -> Double {
            plotBottom - (value - Double(scale.lower)) / Double(scale.upper - scale.lower) * (plotBottom - plotTop)
        }
        ticks(scale, y: y, into: &svg)
        svg.append(monthLabels)
        for (index, level) in levels.enumerated() {
            horizontalLine("budget b", index: index, y: y(level), into: &svg)
            svg.append(index == 0 ? "\" stroke=\"#c1121f\" stroke-width=\"1.6\" stroke-dasharray=\"10 4\"/>\n"
                                  : "\" stroke=\"#c1121f\" stroke-width=\"1.6\" stroke-dasharray=\"3 3\"/>\n")
        }
        for (index, series) in chart.years.enumerated() {
            line(series.label, values: values[index], style: yearStyle(chart.years.count - 1 - index),
                 latest: index == chart.years.count - 1, y: y, into: &svg)
        }
        svg.append("<line class=\"axis\" x1=\"")
        svg.appendCoordinate(plotLeft)
        svg.append("\" y1=\"")
        svg.appendCoordinate(plotBottom)
        svg.append("\" x2=\"")
        svg.appendCoordinate(plotRight)
        svg.append("\" y2=\"")
        svg.appendCoordinate(plotBottom)
        svg.append("\"/>\n</svg>\n")
    }

    /// The `<svg>` element's start, the title and the legend; the legend's height.
    private static func legend(_ chart: MonthlyChart, into svg: inout OutputBytes) -> Double {
        svg.append("<svg class=\"chart monthly\" role=\"img\" viewBox=\"0 0 ")
        svg.appendCoordinate(width)
        svg.append(" ")
        svg.appendCoordinate(height)
        svg.append("\" width=\"")
        svg.appendCoordinate(width)
        svg.append("\" height=\"")
        svg.appendCoordinate(height)
        svg.append("\" data-years=\"")
        for (index, series) in chart.years.enumerated() {
            if index > 0 { svg.append(" ") }
            svg.append(series.label)
        }
        svg.append("\" data-budgets=\"")
        svg.append(chart.budgets.count)
        svg.append("\">\n<title>Helårspersoner pr. måned, ")
        svg.appendEscaped(chart.unit)
        svg.append(", ")
        svg.appendEscaped(chart.benefit.name)
        svg.append("</title>\n")
        return legendItems(chart, into: &svg)
    }

    /// The legend, a line sample and a label per year and budget, wrapped to the chart's
    /// width; its height.
    private static func legendItems(_ chart: MonthlyChart, into svg: inout OutputBytes) -> Double {
        svg.append("<g class=\"legend\">")
        var left = 0.0
        var top = 2.0
        for item in 0..<(chart.years.count + chart.budgets.count) {
            let label = item < chart.years.count ? chart.years[item].label : chart.budgets[item - chart.years.count].label
            let itemWidth = 26 + Double(label.count) * characterWidth + 12
            if left > 0, left + itemWidth > width {
                left = 0
                top += 14
            }
            svg.append("<line x1=\"")
            svg.appendCoordinate(left)
            svg.append("\" y1=\"")
            svg.appendCoordinate(top + 5)
            svg.append("\" x2=\"")
            svg.appendCoordinate(left + 20)
            svg.append("\" y2=\"")
            svg.appendCoordinate(top + 5)
            svg.append("\" ")
            legendSample(item, of: chart, into: &svg)
            svg.append("/><text class=\"legend-label\" x=\"")
            svg.appendCoordinate(left + 24)
            svg.append("\" y=\"")
            svg.appendCoordinate(top + 9)
            svg.append("\">")
            svg.appendEscaped(label)
            svg.append("</text>")
            left += itemWidth
        }
        svg.append("</g>\n")
        return top + 10
    }

    /// The stroke attributes of legend item `item`: the years' lines, then the budgets'.
    private static func legendSample(_ item: Int, of chart: MonthlyChart, into svg: inout OutputBytes) {
        guard item < chart.years.count else {
            let budget: StaticString = item == chart.years.count ? "stroke=\"#c1121f\" stroke-width=\"1.6\" stroke-dasharray=\"10 4\""
                                                                 : "stroke=\"#c1121f\" stroke-width=\"1.6\" stroke-dasharray=\"3 3\""
            svg.append(budget)
            return
        }
        let style = yearStyle(chart.years.count - 1 - item)
        svg.append("stroke=\"")
        svg.append(style.stroke)
        svg.append("\" stroke-width=\"")
        svg.append(style.width)
        svg.append("\"")
        if let dash = style.dash {
            svg.append(" stroke-dasharray=\"")
            svg.append(dash)
            svg.append("\"")
        }
    }

    /// The grid lines and their Danish labels.
    private static func ticks(_ scale: ChartScale, y: (Double) -> Double, into svg: inout OutputBytes) {
        for tick in scale.ticks {
            let position = y(Double(tick))
            svg.append(tick == 0 ? "<line class=\"zero\" x1=\"" : "<line class=\"grid\" x1=\"")
            svg.appendCoordinate(plotLeft)
            svg.append("\" y1=\"")
            svg.appendCoordinate(position)
            svg.append("\" x2=\"")
            svg.appendCoordinate(plotRight)
            svg.append("\" y2=\"")
            svg.appendCoordinate(position)
            svg.append("\"/><text class=\"tick\" x=\"")
            svg.appendCoordinate(plotLeft - 4)
            svg.append("\" y=\"")
            svg.appendCoordinate(position + 3.5)
            svg.append("\" text-anchor=\"end\">")
            svg.appendDecimal(tick, decimals: 0, format: .danish)
            svg.append("</text>\n")
        }
    }

    /// A line across the plot at `y`, up to its open stroke attribute's end: `<line
    /// class="<kind><index>" x1=… y2="…`.
    private static func horizontalLine(_ kind: StaticString, index: Int, y: Double, into svg: inout OutputBytes) {
        svg.append("<line class=\"")
        svg.append(kind)
        svg.append(index)
        svg.append("\" x1=\"")
        svg.appendCoordinate(plotLeft)
        svg.append("\" y1=\"")
        svg.appendCoordinate(y)
        svg.append("\" x2=\"")
        svg.appendCoordinate(plotRight)
        svg.append("\" y2=\"")
        svg.appendCoordinate(y)
    }

    /// One year's line: the path through its months (a gap starts a new piece) and a marker
    /// on each month.
    private static func line(_ label: String, values: [Double?], style: (stroke: StaticString, width: StaticString, dash: StaticString?),
                             latest: Bool, y: (Double) -> Double, into svg: inout OutputBytes) {
        svg.append("<path class=\"year\" data-year=\"")
        svg.append(label)
        svg.append("\" d=\"")
        var previous: Int?
        for (month, value) in values.enumerated() {
            guard let value else { continue }
            let command: StaticString = previous == nil ? "M" : (previous == month - 1 ? " L" : " M")
            svg.append(command)
            svg.appendCoordinate(x(month))
            svg.append(" ")
            svg.appendCoordinate(y(value))
            previous = month
        }
        svg.append("\" fill=\"none\" stroke=\"")
        svg.append(style.stroke)
        svg.append("\" stroke-width=\"")
        svg.append(style.width)
        if let dash = style.dash {
            svg.append("\" stroke-dasharray=\"")
            svg.append(dash)
        }
        svg.append("\" stroke-linejoin=\"round\"/><g class=\"markers\" fill=\"")
        svg.append(style.stroke)
        svg.append("\">")
        for (month, value) in values.enumerated() {
            guard let value else { continue }
            svg.append("<circle cx=\"")
            svg.appendCoordinate(x(month))
            svg.append("\" cy=\"")
            svg.appendCoordinate(y(value))
            let radius: StaticString = latest ? "\" r=\"2.4\"/>" : "\" r=\"1.8\"/>"
            svg.append(radius)
        }
        svg.append("</g>\n")
    }

    /// An exact value as a plotting coordinate (to the hundredth; only positions depend on it).
    private static func number(_ value: Exact) -> Double {
        Double(Int(value.roundedUnits(decimals: 2))) / 100
    }

    /// A monthly value as a plotting coordinate, as `number(_: Exact)` of its exact value.
    private static func number(_ value: MonthlyValue) -> Double {
        Double(value.roundedUnits(decimals: 2)) / 100
    }
}
