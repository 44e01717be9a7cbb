/// The report's first page: title, what the figures are, in a national run the overview's
/// page (`HTMLNationalOverview`), and the summary (`Bilag1Summary`):
/// one line per municipality and the jobcenter, their `I alt` rows, each linking to its page.
enum HTMLIntro {
    /// The first page of `units`' report.
    static func render(_ units: [HTMLUnit], report: ReconciliationReport, overview: NationalOverview? = nil) -> String {
        var html = "<header>\n<h1>\(MarkupText.escaped(ReportText.title(year: report.year)))</h1>\n"
        html += "<p class=\"lead\">\(MarkupText.escaped(ReportText.intro(report)))</p>\n"
        html += "</header>\n" + HTMLNationalOverview.render(overview)
        guard !units.isEmpty else { return html + "<p>Ingen kommuner.</p>\n" }
        let summary = Bilag1Summary(units.map(\.table), report: report)
        html += "<h3>Sammenfatning</h3>\n<table class=\"summary\">\n<thead>\n"
        html += HTMLBilag1Table.header(Bilag1Summary.heading, summary.columns) + "</thead>\n<tbody>\n"
        for (unit, line) in zip(units, summary.lines) {
            html += "<tr><th scope=\"row\"><a href=\"#\(unit.sectionID)\">\(MarkupText.escaped(line.title))</a></th>"
            html += line.cells.map(HTMLBilag1Table.cell).joined()
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html + HTMLBilag1Table.notes(summary.notes)
    }
}
