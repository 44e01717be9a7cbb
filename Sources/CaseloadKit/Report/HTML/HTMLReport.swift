/// Renders `rapport.html`, the report to print and read: a summary page, then one page per
/// municipality and one for the jobcenter with the Bilag 1 table and a bar chart of
/// helårspersoner per benefit. A run over many municipalities (`NationalOverview`) opens with
/// the national overview's page and keeps the municipalities' pages lean (tables only). One self-contained file: inline CSS and SVG, no script, no
/// external request; every name from the input escaped.
public enum HTMLReport {
    /// The parts of each municipality's and the jobcenter's page, in order. Another section
    /// (flags, goals) is one more entry, rendered in a file of its own.
    static let unitParts: [@Sendable (HTMLUnit) -> String] = [
        HTMLBilag1Table.render,
        HTMLChartFigure.render,
    ]
    /// The parts of a lean page (`NationalOverview.isLean`): the table without the chart.
    static let leanUnitParts: [@Sendable (HTMLUnit) -> String] = [
        HTMLBilag1Table.render,
    ]

    /// The document.
    public static func render(_ report: ReconciliationReport) -> String { render(report, layout: ReportLayout(report)) }

    /// The document, from the run's shared layout of `report`.
    public static func render(_ report: ReconciliationReport, layout: ReportLayout) -> String {
        let units = layout.tables.enumerated().map { HTMLUnit(number: $0.offset + 1, table: $0.element, report: report) }
        var html = "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        html += "<title>\(MarkupText.escaped(ReportText.title(year: report.year)))</title>\n"
        let forecastCSS = report.forecast == nil ? "" : HTMLStyleSheet.forecastCSS
        let comparisonCSS = report.comparison == nil ? "" : HTMLComparison.css
        let overview = layout.overview
        let lean = NationalOverview.isLean(report)
        let nationalCSS = (overview == nil ? "" : HTMLNationalOverview.css) + (lean ? HTMLStyleSheet.leanCSS : "")
        html += "<style>\n\(HTMLStyleSheet.css(year: report.year))\(forecastCSS)\(comparisonCSS)\(nationalCSS)</style>\n</head>\n<body>\n"
        let followUp = layout.followUp
        html += HTMLIntro.render(units, report: report, overview: overview)
        html += HTMLFollowUp.largest(followUp)
        // A run over many municipalities keeps their pages lean: the table only, several to a printed page.
        let parts = lean ? leanUnitParts : unitParts
        let sectionClass = lean ? "unit lean" : "unit"
        for unit in units {
            html += "<section class=\"\(sectionClass)\" id=\"\(unit.sectionID)\">\n<h2>\(MarkupText.escaped(unit.table.title))</h2>\n"
            html += parts.map { $0(unit) }.joined()
            html += "</section>\n"
        }
        HTMLForecast.render(report, tables: layout.forecastTables, into: &html)
        html += HTMLComparison.render(report)
        html += HTMLFollowUp.appendix(followUp)
        html += "<footer><p>\(MarkupText.escaped(ReportText.footer(year: report.year)))</p></footer>\n"
        html += "</body>\n</html>\n"
        return html
    }
}
