/// A Bilag 1 table in HTML: Danish headers and Danish number style (`39.038.328`), whole
/// helårspersoner as the plan prints them, `–` where there is no figure, the `I alt` row,
/// and the footnote for jobcenter figures over only some municipalities.
enum HTMLBilag1Table {
    /// The table of `unit`.
    static func render(_ unit: HTMLUnit) -> String {
        let table = unit.table
        guard !table.lines.isEmpty else { return "<p>Ingen ydelser.</p>\n" }
        var html = "<table class=\"bilag1\">\n<thead>\n<tr><th scope=\"col\" class=\"name\">Ydelse</th>"
        for column in table.columns {
            html += "<th scope=\"col\">\(MarkupText.escaped(column.title))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for line in table.lines {
            html += "<tr><th scope=\"row\">\(MarkupText.escaped(line.benefit.name))</th>"
            html += line.cells.map(cell).joined()
            html += "</tr>\n"
        }
        html += "<tr class=\"total\"><th scope=\"row\">I alt</th>"
        html += zip(table.total, table.totalPartial).map { cell(Bilag1Cell($0, partial: $1)) }.joined()
        html += "</tr>\n</tbody>\n</table>\n"
        if table.hasPartialCells {
            html += "<p class=\"note\"><span class=\"partial\">*</span> \(MarkupText.escaped(Bilag1Table.partialNote))</p>\n"
        }
        return html
    }

    static func cell(_ cell: Bilag1Cell) -> String {
        guard let value = cell.value else { return "<td class=\"none\">–</td>" }
        let text = NumberFormat.danish.string(value, decimals: 0)
        return cell.partial ? "<td>\(text)<span class=\"partial\">*</span></td>" : "<td>\(text)</td>"
    }
}
