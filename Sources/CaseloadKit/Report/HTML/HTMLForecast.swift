/// The budget follow-up of rapport.html, walked from `ForecastTable` and `MonthlyChart`: per
/// municipality and the jobcenter a page with the sentence on the total, the table, its
/// footnotes and the back-test lines, then a page (or two) of monthly charts, one per
/// benefit. Only with a cut-off.
enum HTMLForecast {
    /// The sections of `tables` (the run's `ReportLayout.forecastTables`), appended to `html`
    /// (the charts are most of the report: no second copy); nothing without a forecast.
    static func render(_ report: ReconciliationReport, tables: [ForecastTable], into html: inout String) {
        guard let forecast = report.forecast else { return }
        let heading = MarkupText.escaped(ForecastText.heading(cutoff: forecast.cutoff))
        let charts = MonthlyChart.charts(of: forecast, report: report)
        for (number, table) in tables.enumerated() {
            html += "<section class=\"forecast\" id=\"prognose-\(number + 1)\">\n<h2>\(heading): \(MarkupText.escaped(table.title))</h2>\n"
            if number == 0 { html += "<p class=\"lead\">\(MarkupText.escaped(ForecastText.lead(forecast)))</p>\n" }
            html += "<p class=\"sentence\"><strong>\(MarkupText.escaped(table.sentence))</strong></p>\n"
            html += self.table(table)
            if !table.backTest.isEmpty {
                html += "<h3>\(MarkupText.escaped(ForecastText.backTestHeading))</h3>\n<ul class=\"backtest\">\n"
                html += table.backTest.map { "<li>\(MarkupText.escaped($0))</li>\n" }.joined() + "</ul>\n"
            }
            html += "</section>\n"
            if number < charts.count, !charts[number].charts.isEmpty {
                html += months(charts[number].charts, title: charts[number].title, number: number + 1)
            }
        }
    }

    /// One unit's table, walked like the Bilag 1 tables (the same header, marks and notes).
    static func table(_ table: ForecastTable) -> String {
        guard !table.lines.isEmpty else { return "<p>\(MarkupText.escaped(ReportText.noBenefits))</p>\n" }
        var html = "<table class=\"bilag1 forecast\">\n<thead>\n<tr><th scope=\"col\" class=\"name\">\(MarkupText.escaped(ReportText.benefit))</th>"
        html += table.columns.map { "<th scope=\"col\">\(hyphenated(MarkupText.escaped($0.title)))</th>" }.joined()
        html += "</tr>\n</thead>\n<tbody>\n"
        for line in table.lines {
            html += "<tr><th scope=\"row\">\(MarkupText.escaped(line.benefit.name))</th>"
            html += zip(table.columns, line.cells).map { cell($1, $0) }.joined() + "</tr>\n"
        }
        html += "<tr class=\"total\"><th scope=\"row\">\(MarkupText.escaped(ReportText.total))</th>"
        html += zip(table.columns, table.totals).map { cell($1, $0) }.joined() + "</tr>\n</tbody>\n</table>\n"
        return html + HTMLBilag1Table.notes(table.notes)
    }

    /// A column title with soft hyphens in its long words, so that narrow columns can break
    /// them (`helårs-personer`) instead of widening the table past the page.
    static func hyphenated(_ title: String) -> String {
        title.replacing("helårspersoner", with: "helårs&#173;personer").replacing("mindreforbrug", with: "mindre&#173;forbrug")
    }

    /// A figure as people read it, `–` for none, its mark after it.
    static func cell(_ cell: Bilag1Cell, _ column: ForecastColumn) -> String {
        let text = MarkupText.escaped(column.text(cell.value))
        guard cell.value != nil else { return "<td class=\"none\">\(text)</td>" }
        guard let mark = cell.mark else { return "<td>\(text)</td>" }
        return "<td>\(text)<span class=\"partial\">\(mark.symbol)</span></td>"
    }

    /// A unit's monthly charts, two to a row.
    static func months(_ charts: [MonthlyChart], title: String, number: Int) -> String {
        var html = "<section class=\"months\" id=\"maaneder-\(number)\">\n"
        html += "<h2>Helårspersoner pr. måned: \(MarkupText.escaped(title))</h2>\n<div class=\"charts\">\n"
        for chart in charts {
            html += "<figure class=\"month-chart\">\n<figcaption>\(MarkupText.escaped(chart.benefit.name))</figcaption>\n"
            html += SVGLineChart.render(chart) + "</figure>\n"
        }
        return html + "</div>\n</section>\n"
    }
}
