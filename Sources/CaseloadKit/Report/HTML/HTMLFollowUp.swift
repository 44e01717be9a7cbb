/// The follow-up page of the HTML report, walked from `FollowUpLayout`: the plan's goals
/// (Bilag 2) in plain Danish and the flags, in the same words as bilag1.md and flag.csv.
enum HTMLFollowUp {
    /// The section id, for links.
    static let sectionID = "opfoelgning"

    /// The page.
    static func render(_ layout: FollowUpLayout) -> String {
        var html = "<section class=\"followup\" id=\"\(sectionID)\">\n<h2>Opfølgning</h2>\n"
        if !layout.goals.isEmpty {
            html += "<h3>\(MarkupText.escaped(FollowUpLayout.goalsHeading))</h3>\n"
            for goal in layout.goals {
                html += "<p><strong>\(MarkupText.escaped(goal.title))</strong> \(MarkupText.escaped(goal.paragraph))</p>\n"
            }
        }
        html += "<h3>\(MarkupText.escaped(FollowUpLayout.flagsHeading))</h3>\n"
        guard !layout.flags.rows.isEmpty else { return html + "<p>\(MarkupText.escaped(FollowUpLayout.noFlags))</p>\n</section>\n" }
        html += "<p>\(MarkupText.escaped(FollowUpLayout.flagsLead))</p>\n"
        return html + table(layout.flags) + "</section>\n"
    }

    /// A flag table.
    static func table(_ table: FlagTable) -> String {
        var html = "<table class=\"flags\">\n<thead>\n<tr>"
        html += FlagTable.columns.map { "<th scope=\"col\" class=\"name\">\(MarkupText.escaped($0))</th>" }.joined()
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            let cells = FlagTable.cells(row).map(MarkupText.escaped)
            html += "<tr><th scope=\"row\">\(cells[0])</th>" + cells.dropFirst().map { "<td>\($0)</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
