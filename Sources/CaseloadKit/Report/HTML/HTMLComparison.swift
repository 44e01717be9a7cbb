/// The comparison part of rapport.html (peers.md), walked from `ComparisonLayout`: a section
/// of its own with the opening paragraph, a table per year, the note, and a small bar chart
/// per benefit (`SVGComparisonChart`). Nothing without peers.
enum HTMLComparison {
    /// The section id, for links.
    static let sectionID = "sammenligning"

    /// The section's rules of the stylesheet, added to it only with peers (so a run without
    /// peers writes the same bytes as before).
    static let css = """
        section.comparison { margin-top: 14mm; }
        table.comparison td.flagged { font-weight: bold; }
        svg.peer-legend { display: block; width: 100%; height: auto; margin: 1mm 0 2mm; }
        svg.peer-legend text { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10px; fill: #1a1a1a; }
        div.peer-charts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm 5mm; }
        svg.peer-chart { display: block; width: 100%; height: auto; break-inside: avoid; page-break-inside: avoid; }
        svg.peer-chart text { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9.5px; fill: #1a1a1a; }
        svg.peer-chart text.heading { font-size: 10.5px; font-weight: bold; }
        svg.peer-chart text.own { font-weight: bold; }
        svg.peer-chart text.value { font-size: 9px; fill: #1a1a1a; paint-order: stroke; stroke: #ffffff; stroke-width: 2.5px; stroke-linejoin: round; }
        svg.peer-chart text.median { font-size: 8.5px; fill: #444444; }
        svg.peer-chart rect.bar, svg.peer-legend rect.bar { stroke: #1a1a1a; stroke-width: 0.6; }
        svg.peer-chart line.axis { stroke: #1a1a1a; stroke-width: 0.8; }
        svg.peer-chart line.median, svg.peer-legend line.median { stroke: #c0392b; stroke-width: 1.2; stroke-dasharray: 3 2; }
        @media print {
          section.comparison { margin-top: 0; break-before: page; page-break-before: always; }
          /* The charts on a page of their own, after the tables. */
          section.comparison h3.charts { margin-top: 0; break-before: page; page-break-before: always; }
        }

        """

    /// The section; empty without peers.
    static func render(_ report: ReconciliationReport) -> String {
        guard let layout = ComparisonLayout(report) else { return "" }
        var html = "<section class=\"comparison\" id=\"\(sectionID)\">\n<h2>\(MarkupText.escaped(ComparisonLayout.title))</h2>\n"
        html += "<p>\(MarkupText.escaped(layout.intro))</p>\n"
        for table in layout.tables {
            html += "<h3>\(MarkupText.escaped(table.title))</h3>\n<table class=\"comparison\">\n<thead>\n<tr>"
            html += "<th scope=\"col\" class=\"name\">\(MarkupText.escaped(ReportText.benefit))</th>"
            html += layout.columns.map { "<th scope=\"col\">\(MarkupText.escaped($0.title))</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
            for line in table.lines {
                html += "<tr><th scope=\"row\">\(MarkupText.escaped(line.benefit.name))</th>"
                html += line.cells.map { cell in
                    cell.value == nil ? "<td class=\"none\">–</td>"
                        : "<td\(cell.flagged ? " class=\"flagged\"" : "")>\(MarkupText.escaped(ComparisonLayout.text(cell)))</td>"
                }.joined()
                html += "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        html += "<p class=\"note\">\(MarkupText.escaped(layout.note))</p>\n"
        if let year = layout.chartYear, !layout.charts.isEmpty {
            html += "<h3 class=\"charts\">\(MarkupText.escaped("Pr. ydelse, \(year)"))</h3>\n" + SVGComparisonChart.legend() + "<div class=\"peer-charts\">\n"
            html += layout.charts.enumerated().map { SVGComparisonChart.render($0.element, number: $0.offset + 1) }.joined()
            html += "</div>\n"
        }
        return html + "</section>\n"
    }
}
