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
        bytes(report, layout: layout).string
    }

    /// The document's UTF-8 bytes, from the run's shared layout of `report`.
    public static func bytes(_ report: ReconciliationReport, layout: ReportLayout) -> OutputBytes {
        var html = OutputBytes(reservingCapacity: report.forecast == nil ? 1 << 16 : 1 << 20)
        write(report, layout: layout, into: &html)
        return html
    }

    /// Appends the document to `html` (a run's draining buffer: the document is never whole
    /// in memory), from the run's shared layout of `report`.
    public static func write(_ report: ReconciliationReport, layout: ReportLayout, into html: inout OutputBytes) {
        let units = layout.tables.enumerated().map { HTMLUnit(number: $0.offset + 1, table: $0.element, report: report) }
        html.append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        html.appendEscaped(ReportText.title(year: report.year))
        html.append("</title>\n<style>\n")
        html.append(HTMLStyleSheet.css(year: report.year))
        if report.forecast != nil { html.append(HTMLStyleSheet.forecastCSS) }
        if report.comparison != nil { html.append(HTMLComparison.css) }
        let overview = layout.overview
        let lean = NationalOverview.isLean(report)
        if overview != nil { html.append(HTMLNationalOverview.css) }
        if lean { html.append(HTMLStyleSheet.leanCSS) }
        html.append("</style>\n</head>\n<body>\n")
        let followUp = layout.followUp
        html.append(HTMLIntro.render(units, report: report, overview: overview))
        html.append(HTMLFollowUp.largest(followUp))
        // A run over many municipalities keeps their pages lean: the table only, several to a printed page.
        let parts = lean ? leanUnitParts : unitParts
        for unit in units {
            html.append(lean ? "<section class=\"unit lean\" id=\"" : "<section class=\"unit\" id=\"")
            html.append(unit.sectionID)
            html.append("\">\n<h2>")
            html.appendEscaped(unit.table.title)
            html.append("</h2>\n")
            for part in parts { html.append(part(unit)) }
            html.append("</section>\n")
        }
        HTMLForecast.render(report, tables: layout.forecastTables, charts: layout.monthlyCharts, into: &html)
        html.append(HTMLComparison.render(report))
        html.append(HTMLFollowUp.appendix(followUp))
        html.append("<footer><p>")
        html.appendEscaped(ReportText.footer(year: report.year))
        html.append("</p></footer>\n</body>\n</html>\n")
    }
}
