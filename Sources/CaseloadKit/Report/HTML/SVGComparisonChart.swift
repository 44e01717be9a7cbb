/// One benefit's chart of the comparison (peers.md) as a small inline SVG: a horizontal bar
/// per municipality (ours dark, the peers grey, the country white with an outline), each
/// labelled with its share in Danish style, and the peers' median as a dashed line. Each chart
/// has its own scale (shares differ a hundredfold between benefits); three sit side by side.
enum SVGComparisonChart {
    static let width = 240.0
    private static let labelWidth = 74.0
    private static let rowHeight = 15.0
    private static let barHeight = 10.0

    /// The fill of a bar of `role`.
    static func fill(_ role: ComparisonRole) -> String {
        switch role {
        case .egen: "#1d3557"
        case .sammenlignelig: "#a6a6a6"
        case .heleLandet: "#ffffff"
        }
    }

    /// The chart, with ids prefixed `p<number>`.
    static func render(_ chart: ComparisonLayout.Chart, number: Int) -> String {
        let plotLeft = labelWidth + 4
        let plotRight = width - 34
        let top = 20.0
        let largest = (chart.bars.map(\.value) + (chart.median.map { [$0] } ?? [])).max() ?? .zero
        let maximum = max(coordinate(largest), 0.0001)
        func x(_ value: Exact) -> Double { plotLeft + coordinate(value) / maximum * (plotRight - plotLeft) }
        let bottom = top + Double(chart.bars.count) * rowHeight
        let height = bottom + 14
        var svg = "<svg class=\"peer-chart\" role=\"img\" id=\"p\(number)\" viewBox=\"0 0 \(n(width)) \(n(height))\""
        svg += " width=\"\(n(width))\" height=\"\(n(height))\" preserveAspectRatio=\"xMinYMin meet\">\n"
        let values = chart.bars.map { "\($0.label) \(ComparisonLayout.text($0.value))" }.joined(separator: ", ")
        svg += "<title>\(MarkupText.escaped(chart.benefit)), helårspersoner pr. 100 i arbejdsstyrken: \(MarkupText.escaped(values))</title>\n"
        svg += "<text class=\"heading\" x=\"0\" y=\"12\">\(MarkupText.escaped(shortened(chart.benefit, fits: 38)))</text>\n"
        svg += "<line class=\"axis\" x1=\"\(n(plotLeft))\" y1=\"\(n(top - 2))\" x2=\"\(n(plotLeft))\" y2=\"\(n(bottom))\"/>\n"
        for (index, bar) in chart.bars.enumerated() {
            let y = top + Double(index) * rowHeight
            let end = x(bar.value)
            svg += "<text class=\"name\(bar.role == .egen ? " own" : "")\" x=\"\(n(labelWidth))\" y=\"\(n(y + barHeight - 1))\" text-anchor=\"end\">"
            svg += "\(MarkupText.escaped(shortened(bar.label, fits: 13)))</text>"
            svg += "<rect class=\"bar\" x=\"\(n(plotLeft))\" y=\"\(n(y))\" width=\"\(n(max(end - plotLeft, 0.5)))\" height=\"\(n(barHeight))\""
            svg += " fill=\"\(fill(bar.role))\"/>\n"
        }
        // The median over the bars, the values (with a white halo) over the median.
        if let median = chart.median {
            let position = x(median)
            svg += "<line class=\"median\" x1=\"\(n(position))\" y1=\"\(n(top - 3))\" x2=\"\(n(position))\" y2=\"\(n(bottom + 1))\"/>"
            svg += "<text class=\"median\" x=\"\(n(position))\" y=\"\(n(bottom + 11))\" text-anchor=\"middle\">median \(ComparisonLayout.text(median))</text>\n"
        }
        for (index, bar) in chart.bars.enumerated() {
            let y = top + Double(index) * rowHeight
            svg += "<text class=\"value\" x=\"\(n(x(bar.value) + 3))\" y=\"\(n(y + barHeight - 1.5))\">\(ComparisonLayout.text(bar.value))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// The legend above the charts.
    static func legend() -> String {
        var svg = "<svg class=\"peer-legend\" role=\"img\" viewBox=\"0 0 720 16\" width=\"720\" height=\"16\" preserveAspectRatio=\"xMinYMin meet\">\n"
        svg += "<title>Forklaring: egen kommune, sammenlignelig kommune, hele landet, medianen af de sammenlignelige</title>\n"
        var left = 0.0
        for (role, label) in [(ComparisonRole.egen, "Egen kommune"), (.sammenlignelig, "Sammenlignelig kommune"), (.heleLandet, "Hele landet")] {
            svg += "<rect class=\"bar\" x=\"\(n(left))\" y=\"2\" width=\"14\" height=\"11\" fill=\"\(fill(role))\"/>"
            svg += "<text x=\"\(n(left + 19))\" y=\"12\">\(label)</text>"
            left += 19 + Double(label.count) * 6.4 + 22
        }
        svg += "<line class=\"median\" x1=\"\(n(left + 7))\" y1=\"1\" x2=\"\(n(left + 7))\" y2=\"15\"/>"
        svg += "<text x=\"\(n(left + 19))\" y=\"12\">Medianen af de sammenlignelige kommuner</text>\n"
        return svg + "</svg>\n"
    }

    /// A name cut with `…` past `fits` characters (the title and the table keep it whole).
    static func shortened(_ name: String, fits: Int) -> String {
        name.count <= fits ? name : String(name.prefix(max(1, fits - 1))) + "…"
    }

    /// An exact value as a plotting coordinate (to the ten-thousandth; only positions depend on it).
    private static func coordinate(_ value: Exact) -> Double {
        Double(Int(value.roundedUnits(decimals: 4))) / 10000
    }

    /// A coordinate with at most one decimal, the same text on every platform.
    private static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
