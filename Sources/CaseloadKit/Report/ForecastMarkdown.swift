/// The budget follow-up of bilag1.md, walked from `ForecastTable`: the heading with the
/// cut-off, the lead, and per municipality and the jobcenter the sentence on the total, the
/// table, its footnotes and the back-test lines. Only with a cut-off.
public enum ForecastMarkdown {
    /// The section, walked from the run's shared layout (`ReportLayout.forecastTables`);
    /// empty without a forecast.
    public static func render(_ report: ReconciliationReport, tables: [ForecastTable]) -> String {
        guard let forecast = report.forecast else { return "" }
        var out = "\n## \(MarkdownText.escaped(ForecastText.heading(cutoff: forecast.cutoff)))\n\n"
        out += MarkdownText.escaped(ForecastText.lead(forecast)) + "\n"
        for table in tables {
            out += "\n### \(MarkdownText.escaped(table.title))\n\n\(MarkdownText.escaped(table.sentence))\n\n" + self.table(table)
            if !table.backTest.isEmpty {
                out += "\n\(MarkdownText.escaped(ForecastText.backTestHeading)):\n\n"
                out += table.backTest.map { "- " + MarkdownText.escaped($0) + "\n" }.joined()
            }
        }
        return out
    }

    /// One table, its `I alt` row and its notes.
    static func table(_ table: ForecastTable) -> String {
        guard !table.lines.isEmpty else { return ReportText.noBenefits + "\n" }
        var lines = [MarkdownText.row([ReportText.benefit] + table.columns.map { MarkdownText.escaped($0.title) }),
                     MarkdownText.row([":--"] + table.columns.map { _ in "--:" })]
        for line in table.lines {
            lines.append(MarkdownText.row([MarkdownText.escaped(line.benefit.name)]
                + zip(table.columns, line.cells).map { cell($1, $0, bold: false) }))
        }
        lines.append(MarkdownText.row(["**\(ReportText.total)**"] + zip(table.columns, table.totals).map { cell($1, $0, bold: true) }))
        var text = lines.joined(separator: "\n") + "\n"
        for note in table.notes {
            text += "\n" + (note.mark.map { MarkdownText.escaped($0.symbol) + " " } ?? "") + MarkdownText.escaped(note.text) + "\n"
        }
        return text
    }

    /// A figure as people read it (`ForecastColumn.text`), its mark after it.
    static func cell(_ cell: Bilag1Cell, _ column: ForecastColumn, bold: Bool) -> String {
        let text = column.text(cell.value)
        guard cell.value != nil else { return text }
        return (bold ? "**\(text)**" : text) + (cell.mark.map { " " + MarkdownText.escaped($0.symbol) } ?? "")
    }
}
