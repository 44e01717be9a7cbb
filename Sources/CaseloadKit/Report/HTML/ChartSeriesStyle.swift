/// How a series' bars are drawn, chosen so that the series stay apart in greyscale print:
/// solid dark, hatched, solid light grey, cross-hatched, dotted, white; each bar outlined.
struct ChartSeriesStyle {
    /// The `fill` attribute: a colour or a pattern of the chart's `<defs>`.
    let fill: String
    /// A `<pattern>` the fill refers to, if any.
    let pattern: String?

    /// The style of series number `index` (0 = the budget) in the chart whose ids start with `prefix`.
    init(index: Int, prefix: String) {
        let id = "\(prefix)-p\(index)"
        func pattern(_ body: String, rotate: Int = 0) -> String {
            let transform = rotate == 0 ? "" : " patternTransform=\"rotate(\(rotate))\""
            return "<pattern id=\"\(id)\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"\(transform)>"
                + "<rect width=\"5\" height=\"5\" fill=\"#ffffff\"/>\(body)</pattern>"
        }
        switch index % 6 {
        case 0:
            fill = "#1d3557"
            self.pattern = nil
        case 1:
            fill = "url(#\(id))"
            self.pattern = pattern("<rect width=\"2\" height=\"5\" fill=\"#3a3a3a\"/>", rotate: 45)
        case 2:
            fill = "#a9a9a9"
            self.pattern = nil
        case 3:
            fill = "url(#\(id))"
            self.pattern = pattern("<rect width=\"1.4\" height=\"5\" fill=\"#3a3a3a\"/><rect width=\"5\" height=\"1.4\" fill=\"#3a3a3a\"/>", rotate: 45)
        case 4:
            fill = "url(#\(id))"
            self.pattern = pattern("<circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"#3a3a3a\"/>")
        default:
            fill = "#ffffff"
            self.pattern = nil
        }
    }
}
