/// The national overview in rapport.html, walked from `NationalOverview`: after the title,
/// one printed page with a line per benefit (the top, the bottom, the median, the reference,
/// the highlighted municipalities); the summary starts on the next page. Nothing for a run
/// over few municipalities.
enum HTMLNationalOverview {
    /// The section id, for links.
    static let sectionID = "landsoverblik"

    /// The rules of the overview's page, added only to a report that has one.
    static let css = """
        table.overview td { vertical-align: top; }
        table.overview td.list { text-align: left; }
        table.overview tbody th { vertical-align: top; white-space: normal; }
        @media print {
          section.overview { break-after: page; page-break-after: always; }
          table.overview th, table.overview td { padding: 0.6mm 1mm; }
        }

        """

    /// The section; empty without an overview.
    static func render(_ overview: NationalOverview?) -> String {
        guard let overview else { return "" }
        // The cells that list municipalities (the top, the bottom, the highlighted) are set left.
        let highlightedCell = 3 + (overview.referenceTitle == nil ? 0 : 1)
        let lists: Set<Int> = overview.highlighted.isEmpty ? [0, 1] : [0, 1, highlightedCell]
        var html = "<section class=\"overview\" id=\"\(sectionID)\">\n<h2>\(MarkupText.escaped(NationalOverview.title))</h2>\n"
        html += "<p class=\"note\">\(MarkupText.escaped(overview.intro))</p>\n<table class=\"overview\">\n<thead>\n<tr>"
        html += overview.columns.enumerated().map { index, title in
            "<th scope=\"col\"\(index == 0 || lists.contains(index - 1) ? " class=\"name\"" : "")>\(MarkupText.escaped(title))</th>"
        }.joined()
        html += "</tr>\n</thead>\n<tbody>\n"
        for ranking in overview.rankings {
            html += "<tr><th scope=\"row\">\(MarkupText.escaped(ranking.benefit.name))</th>"
            html += overview.cells(ranking).enumerated().map { index, lines in
                let text = lines.map(MarkupText.escaped).joined(separator: "<br/>")
                return lists.contains(index) ? "<td class=\"list\">\(text)</td>" : "<td>\(text)</td>"
            }.joined()
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }
}
