/// The follow-up of the HTML report, walked from `FollowUpLayout`: the largest flags on the
/// first page, and the last pages (`Opfølgning`) with the plan's goals (Bilag 2) in plain
/// Danish and the other flags, in the same words as bilag1.md and flag.csv.
enum HTMLFollowUp: FollowUpMarkup {
    /// The section id, for links.
    static let sectionID = "opfoelgning"

    /// The largest flags, for the first page.
    static func largest(_ layout: FollowUpLayout) -> String {
        render(layout.largestBlocks)
    }

    /// The last pages; nothing without goals and further flags.
    static func appendix(_ layout: FollowUpLayout) -> String {
        let blocks = layout.appendixBlocks
        guard !blocks.isEmpty else { return "" }
        return "<section class=\"followup\" id=\"\(sectionID)\">\n<h2>Opfølgning</h2>\n" + render(blocks) + "</section>\n"
    }

    /// A heading, as `h3`.
    static func heading(_ text: String) -> String { "<h3>\(MarkupText.escaped(text))</h3>\n" }

    /// A paragraph.
    static func paragraph(_ text: String) -> String { "<p>\(MarkupText.escaped(text))</p>\n" }

    /// A goal: one paragraph, its text in bold.
    static func goal(title: String, paragraph: String) -> String {
        "<p><strong>\(MarkupText.escaped(title))</strong> \(MarkupText.escaped(paragraph))</p>\n"
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
