/// The follow-up of the HTML report, walked from `FollowUpLayout`: the largest flags on the
/// first page, and the last pages (`Opfølgning`) with the plan's goals (Bilag 2) in plain
/// Danish and the other flags, in the same words as bilag1.md and flag.csv.
enum HTMLFollowUp {
    /// The section id, for links.
    static let sectionID = "opfoelgning"

    /// The largest flags, for the first page.
    static func largest(_ layout: FollowUpLayout) -> String {
        var html = "<h3>\(MarkupText.escaped(layout.largestHeading))</h3>\n"
        guard !layout.largest.rows.isEmpty else { return html + "<p>\(MarkupText.escaped(FollowUpLayout.noFlags))</p>\n" }
        html += "<p>\(MarkupText.escaped(layout.largestLead))</p>\n"
        return html + table(layout.largest)
    }

    /// The last pages; nothing without goals and further flags.
    static func appendix(_ layout: FollowUpLayout) -> String {
        guard !layout.goals.isEmpty || !layout.others.rows.isEmpty else { return "" }
        var html = "<section class=\"followup\" id=\"\(sectionID)\">\n<h2>Opfølgning</h2>\n"
        if !layout.goals.isEmpty {
            html += "<h3>\(MarkupText.escaped(FollowUpLayout.goalsHeading))</h3>\n"
            for goal in layout.goals {
                html += "<p><strong>\(MarkupText.escaped(goal.title))</strong> \(MarkupText.escaped(goal.paragraph))</p>\n"
            }
        }
        if !layout.others.rows.isEmpty {
            html += "<h3>\(MarkupText.escaped(FollowUpLayout.othersHeading))</h3>\n"
            html += "<p>\(MarkupText.escaped(layout.othersLead))</p>\n" + table(layout.others)
        }
        return html + "</section>\n"
    }

    /// A flag table.
    static func table(_ table: FlagTable) -> String {
        var html = "<table class=\"flags\">\n<thead>\n<tr>"
        html += FlagTable.columns.enumerated().map { index, title in
            "<th scope=\"col\"\(index == 0 || index == FlagTable.kronerColumn ? "" : " class=\"name\"")>\(MarkupText.escaped(title))</th>"
        }.joined()
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            let cells = FlagTable.cells(row).map(MarkupText.escaped)
            html += "<tr><td class=\"number\">\(cells[0])</td><th scope=\"row\">\(cells[1])</th>"
            html += cells.indices.dropFirst(2).map { index in
                index == FlagTable.kronerColumn ? "<td class=\"number\">\(cells[index])</td>" : "<td>\(cells[index])</td>"
            }.joined()
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
