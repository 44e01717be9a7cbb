/// The report's first page: title, what the figures are, and a summary with one line per
/// municipality and the jobcenter (their `I alt` rows), each linking to its page.
enum HTMLIntro {
    /// The first page of `units`' report.
    static func render(_ units: [HTMLUnit], report: ReconciliationReport) -> String {
        var html = "<header>\n<h1>\(MarkupText.escaped(HTMLReport.title(report)))</h1>\n"
        html += "<p class=\"lead\">\(MarkupText.escaped(lead(report)))</p>\n"
        html += "</header>\n"
        guard let first = units.first else { return html + "<p>Ingen kommuner.</p>\n" }
        html += "<h3>Sammenfatning</h3>\n<table class=\"summary\">\n<thead>\n<tr><th scope=\"col\" class=\"name\">I alt for</th>"
        html += first.table.columns.map { "<th scope=\"col\">\(MarkupText.escaped($0.title))</th>" }.joined()
        html += "</tr>\n</thead>\n<tbody>\n"
        for unit in units {
            html += "<tr><th scope=\"row\"><a href=\"#\(unit.sectionID)\">\(MarkupText.escaped(unit.table.title))</a></th>"
            html += zip(unit.table.total, unit.table.totalPartial).map { HTMLBilag1Table.cell(Bilag1Cell($0, partial: $1)) }.joined()
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if units.contains(where: \.table.hasPartialCells) {
            html += "<p class=\"note\"><span class=\"partial\">*</span> \(MarkupText.escaped(Bilag1Table.partialNote))</p>\n"
        }
        return html
    }

    /// What the figures are, in one paragraph.
    static func lead(_ report: ReconciliationReport) -> String {
        var text = "Budgettet for hver ydelse er omregnet til helårspersoner med kr. pr. helårsperson "
        text += "(budget / takst) og stillet over for de faktiske helårspersoner"
        let years = report.priorYears.map(String.init)
        if let last = years.last {
            text += " i " + (years.count == 1 ? last : years.dropLast().joined(separator: ", ") + " og \(last)")
        }
        if Bilag1Table.hasActuals(report) {
            text += report.cutoff.map { " og i \(report.year) til og med \(Bilag1Markdown.danishDate($0))" } ?? " og i \(report.year)"
        }
        return text + ". Tallene er afrundet; de eksakte værdier står i afstemning.csv."
    }
}
