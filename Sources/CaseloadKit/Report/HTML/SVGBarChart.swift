/// A `HelaarspersonerChart` as inline SVG: one group of horizontal bars per benefit (the
/// benefit's name on the left), one bar per series, each labelled with its value in Danish
/// style; a legend above, the value axis with ticks and grid lines below. No script, no
/// external reference; inline SVG in HTML5 needs no namespace declaration.
enum SVGBarChart {
    /// The chart's width in SVG units; it scales to the page.
    static let width = 720.0
    private static let barGap = 1.0
    private static let groupGap = 7.0
    private static let characterWidth = 6.3  // of an 11px sans-serif label, for laying out text

    /// The chart of `unit`, with ids prefixed `c<unit number>`.
    static func render(_ unit: HTMLUnit) -> String {
        let chart = HelaarspersonerChart(unit.table, report: unit.report)
        guard !chart.categories.isEmpty else { return "" }
        let prefix = "c\(unit.number)"
        let styles = chart.series.indices.map { ChartSeriesStyle(index: $0, prefix: prefix) }
        let values = chart.series.map { $0.values.map { $0.map(number) } }
        let all = values.flatMap { $0.compactMap { $0 } }
        let scale = ChartScale(minimum: all.min() ?? 0, maximum: all.max() ?? 0)

        let longestName = chart.categories.map(\.count).max() ?? 0
        let labelWidth = min(270, max(100, Double(longestName) * characterWidth + 8))
        let plotLeft = labelWidth + 10
        let plotRight = width - 48
        func x(_ value: Double) -> Double {
            plotLeft + (value - Double(scale.lower)) / Double(scale.upper - scale.lower) * (plotRight - plotLeft)
        }

        let (legend, legendHeight) = self.legend(chart.series.map(\.label), styles: styles)
        let plotTop = legendHeight + 10
        // Thinner bars when a benefit has many, so a chart still fits under its table.
        let barHeight = chart.series.count <= 2 ? 9.0 : 7.0
        let barsHeight = Double(chart.series.count) * barHeight + Double(chart.series.count - 1) * barGap
        let groupHeight = barsHeight + groupGap
        let plotBottom = plotTop + Double(chart.categories.count) * groupHeight
        let height = plotBottom + 42

        var svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(n(width)) \(n(height))\""
        svg += " width=\"\(n(width))\" height=\"\(n(height))\" preserveAspectRatio=\"xMinYMin meet\">\n"
        svg += "<title>Helårspersoner pr. ydelse, \(MarkupText.escaped(chart.title)): "
        svg += chart.series.map { MarkupText.escaped($0.label) }.joined(separator: ", ") + "</title>\n"
        let patterns = styles.compactMap(\.pattern)
        if !patterns.isEmpty { svg += "<defs>" + patterns.joined() + "</defs>\n" }
        svg += legend

        // Bands behind every other benefit, then the grid, so bars and labels lie on top.
        for index in chart.categories.indices where index % 2 == 1 {
            let top = plotTop + Double(index) * groupHeight
            svg += "<rect class=\"band\" x=\"0\" y=\"\(n(top))\" width=\"\(n(width))\" height=\"\(n(groupHeight))\"/>\n"
        }
        for tick in scale.ticks {
            let position = x(Double(tick))
            svg += "<line class=\"\(tick == 0 ? "zero" : "grid")\" x1=\"\(n(position))\" y1=\"\(n(plotTop))\" x2=\"\(n(position))\" y2=\"\(n(plotBottom))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(position))\" y=\"\(n(plotBottom + 14))\" text-anchor=\"middle\">\(danish(tick))</text>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(n(plotLeft))\" y1=\"\(n(plotBottom))\" x2=\"\(n(plotRight))\" y2=\"\(n(plotBottom))\"/>\n"
        svg += "<text class=\"axis-title\" x=\"\(n((plotLeft + plotRight) / 2))\" y=\"\(n(plotBottom + 32))\" text-anchor=\"middle\">Helårspersoner</text>\n"

        for (category, name) in chart.categories.enumerated() {
            let top = plotTop + Double(category) * groupHeight + groupGap / 2
            svg += "<g class=\"benefit\">"
            svg += "<text class=\"category\" x=\"\(n(labelWidth))\" y=\"\(n(top + barsHeight / 2 + 4))\" text-anchor=\"end\">\(MarkupText.escaped(shortened(name, width: labelWidth)))</text>\n"
            for (index, series) in chart.series.enumerated() {
                let y = top + Double(index) * (barHeight + barGap)
                let value = values[index][category]
                let start = x(0)
                let end = x(value ?? 0)
                let label = series.values[category].map { NumberFormat.danish.string($0, decimals: 0) } ?? "–"
                svg += "<rect class=\"bar s\(index)\" x=\"\(n(min(start, end)))\" y=\"\(n(y))\" width=\"\(n(abs(end - start)))\" height=\"\(n(barHeight))\""
                svg += " fill=\"\(styles[index].fill)\"><title>\(MarkupText.escaped(name)), \(MarkupText.escaped(series.label)): \(label)</title></rect>"
                let labelX = (value ?? 0) < 0 ? min(start, end) - 3 : max(start, end) + 3
                svg += "<text class=\"value\(chart.series.count > 2 ? " small" : "")\" x=\"\(n(labelX))\" y=\"\(n(y + barHeight - 1.5))\"\((value ?? 0) < 0 ? " text-anchor=\"end\"" : "")>\(label)</text>\n"
            }
            svg += "</g>\n"
        }
        return svg + "</svg>\n"
    }

    /// The legend, a swatch and a label per series, wrapped to the chart's width; and its height.
    private static func legend(_ labels: [String], styles: [ChartSeriesStyle]) -> (String, Double) {
        var svg = "<g class=\"legend\">"
        var left = 0.0
        var top = 2.0
        for (index, label) in labels.enumerated() {
            let itemWidth = 20 + Double(label.count) * characterWidth + 22
            if left > 0, left + itemWidth > width {
                left = 0
                top += 18
            }
            svg += "<rect class=\"swatch s\(index)\" x=\"\(n(left))\" y=\"\(n(top))\" width=\"14\" height=\"12\" fill=\"\(styles[index].fill)\"/>"
            svg += "<text x=\"\(n(left + 20))\" y=\"\(n(top + 10.5))\">\(MarkupText.escaped(label))</text>"
            left += itemWidth
        }
        return (svg + "</g>\n", top + 14)
    }

    /// A benefit's name cut with `…` where it would run past the chart's left edge (the bars'
    /// tooltips and the table keep it whole).
    static func shortened(_ name: String, width: Double) -> String {
        let fits = Int((width - 4) / characterWidth)
        return name.count <= fits ? name : String(name.prefix(max(1, fits - 1))) + "…"
    }

    /// An exact value as a plotting coordinate (to the hundredth; only positions depend on it).
    private static func number(_ value: Exact) -> Double {
        Double(Int(value.roundedUnits(decimals: 2))) / 100
    }

    /// A coordinate with at most one decimal, the same text on every platform.
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    private static func danish(_ value: Int) -> String { NumberFormat.danish.string(Exact(value), decimals: 0) }
}
