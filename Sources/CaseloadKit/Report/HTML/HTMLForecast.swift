/// The budget follow-up of rapport.html, walked from `ForecastTable` and `MonthlyChart`: per
/// municipality and the jobcenter a page with the sentence on the total, the table, its
/// footnotes and the back-test lines, then a page (or two) of monthly charts, one per
/// benefit. Only with a cut-off. Written straight into the report's bytes (the charts are
/// most of the report).
enum HTMLForecast {
    /// The sections of `tables` and `charts` (the run's `ReportLayout.forecastTables` and
    /// `monthlyCharts`), appended to `html`; nothing without a forecast.
    static func render(_ report: ReconciliationReport, tables: [ForecastTable], charts: [(title: String, charts: [MonthlyChart])],
                       into html: inout OutputBytes) {
        guard let forecast = report.forecast else { return }
        let heading = ForecastText.heading(cutoff: forecast.cutoff)
        for (number, table) in tables.enumerated() {
            html.append("<section class=\"forecast\" id=\"prognose-")
            html.append(number + 1)
            html.append("\">\n<h2>")
            html.appendEscaped(heading)
            html.append(": ")
            html.appendEscaped(table.title)
            html.append("</h2>\n")
            if number == 0 { element("p class=\"lead\"", ForecastText.lead(forecast), close: "p", into: &html) }
            html.append("<p class=\"sentence\"><strong>")
            html.appendEscaped(table.sentence)
            html.append("</strong></p>\n")
            self.table(table, into: &html)
            if !table.backTest.isEmpty {
                element("h3", ForecastText.backTestHeading, close: "h3", into: &html)
                html.append("<ul class=\"backtest\">\n")
                for line in table.backTest { element("li", line, close: "li", into: &html) }
                html.append("</ul>\n")
            }
            html.append("</section>\n")
            if number < charts.count, !charts[number].charts.isEmpty {
                months(charts[number].charts, title: charts[number].title, number: number + 1, into: &html)
            }
        }
    }

    /// `<tag>escaped text</close>` and a line end.
    private static func element(_ tag: StaticString, _ text: String, close: StaticString, into html: inout OutputBytes) {
        html.append("<")
        html.append(tag)
        html.append(">")
        html.appendEscaped(text)
        html.append("</")
        html.append(close)
        html.append(">\n")
    }

    /// One unit's table, walked like the Bilag 1 tables (the same header, marks and notes).
    static func table(_ table: ForecastTable, into html: inout OutputBytes) {
        guard !table.lines.isEmpty else {
            element("p", ReportText.noBenefits, close: "p", into: &html)
            return
        }
        html.append("<table class=\"bilag1 forecast\">\n<thead>\n<tr><th scope=\"col\" class=\"name\">")
        html.appendEscaped(ReportText.benefit)
        html.append("</th>")
        for column in table.columns {
            html.append("<th scope=\"col\">")
            html.append(hyphenated(MarkupText.escaped(column.title)))
            html.append("</th>")
        }
        html.append("</tr>\n</thead>\n<tbody>\n")
        for line in table.lines {
            html.append("<tr><th scope=\"row\">")
            html.appendEscaped(line.benefit.name)
            html.append("</th>")
            for (column, cell) in zip(table.columns, line.cells) { self.cell(cell, column, into: &html) }
            html.append("</tr>\n")
        }
        html.append("<tr class=\"total\"><th scope=\"row\">")
        html.appendEscaped(ReportText.total)
        html.append("</th>")
        for (column, cell) in zip(table.columns, table.totals) { self.cell(cell, column, into: &html) }
        html.append("</tr>\n</tbody>\n</table>\n")
        html.append(HTMLBilag1Table.notes(table.notes))
    }

    /// A column title with soft hyphens in its long words, so that narrow columns can break
    /// them (`helårs-personer`) instead of widening the table past the page.
    static func hyphenated(_ title: String) -> String {
        title.replacing("helårspersoner", with: "helårs&#173;personer").replacing("mindreforbrug", with: "mindre&#173;forbrug")
    }

    /// A figure as people read it, `–` for none, its mark after it.
    static func cell(_ cell: Bilag1Cell, _ column: ForecastColumn, into html: inout OutputBytes) {
        guard cell.value != nil else {
            html.append("<td class=\"none\">")
            html.appendEscaped(column.text(nil))
            html.append("</td>")
            return
        }
        html.append("<td>")
        html.appendEscaped(column.text(cell.value))
        if let mark = cell.mark {
            html.append("<span class=\"partial\">")
            html.append(mark.symbol)
            html.append("</span>")
        }
        html.append("</td>")
    }

    /// A unit's monthly charts, two to a row.
    static func months(_ charts: [MonthlyChart], title: String, number: Int, into html: inout OutputBytes) {
        html.append("<section class=\"months\" id=\"maaneder-")
        html.append(number)
        html.append("\">\n<h2>Helårspersoner pr. måned: ")
        html.appendEscaped(title)
        html.append("</h2>\n<div class=\"charts\">\n")
        for chart in charts {
            html.append("<figure class=\"month-chart\">\n<figcaption>")
            html.appendEscaped(chart.benefit.name)
            html.append("</figcaption>\n")
            SVGLineChart.render(chart, into: &html)
            html.append("</figure>\n")
        }
        html.append("</div>\n</section>\n")
    }
}
