/// A Bilag 1 table in HTML, walked from `Bilag1Table`: Danish headers and Danish number style
/// (`39.038.328`), whole helårspersoner as the plan prints them, `–` where there is no
/// figure, the `I alt` row, the marks and their footnotes.
enum HTMLBilag1Table {
    /// The table of `unit`.
    static func render(_ unit: HTMLUnit) -> String {
        let table = unit.table
        guard !table.lines.isEmpty else { return "<p>\(MarkupText.escaped(ReportText.noBenefits))</p>\n" }
        var html = "<table class=\"bilag1\">\n<thead>\n" + header(ReportText.benefit, table.columns) + "</thead>\n<tbody>\n"
        for line in table.lines {
            html += "<tr><th scope=\"row\">\(MarkupText.escaped(line.benefit.name))</th>"
            html += line.cells.map(cell).joined()
            html += "</tr>\n"
        }
        html += "<tr class=\"total\"><th scope=\"row\">\(MarkupText.escaped(ReportText.total))</th>"
        html += table.totals.map(cell).joined()
        html += "</tr>\n</tbody>\n</table>\n"
        return html + notes(table.notes)
    }

    /// The header row: the first column's title, then the number columns'.
    static func header(_ first: String, _ columns: [Bilag1Column]) -> String {
        "<tr><th scope=\"col\" class=\"name\">\(MarkupText.escaped(first))</th>"
            + columns.map { "<th scope=\"col\">\(MarkupText.escaped($0.title))</th>" }.joined() + "</tr>\n"
    }

    /// A figure, `–` for none, its mark after it.
    static func cell(_ cell: Bilag1Cell) -> String {
        guard let value = cell.value else { return "<td class=\"none\">–</td>" }
        let text = NumberFormat.danish.string(value, decimals: 0)
        guard let mark = cell.mark else { return "<td>\(text)</td>" }
        return "<td>\(text)<span class=\"partial\">\(mark.symbol)</span></td>"
    }

    /// The footnotes, one paragraph each.
    static func notes(_ notes: [Bilag1Note]) -> String {
        notes.map { note in
            "<p class=\"note\">" + (note.mark.map { "<span class=\"partial\">\($0.symbol)</span> " } ?? "")
                + MarkupText.escaped(note.text) + "</p>\n"
        }.joined()
    }
}
