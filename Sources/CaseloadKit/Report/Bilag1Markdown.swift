/// Renders bilag1.md for people: in a national run the overview (`NationalOverviewMarkdown`), the largest flags, the Bilag 1 tables (one per municipality
/// and one for the jobcenter) as pipe tables walked from `Bilag1Table`, Danish number style,
/// helårspersoner as whole numbers as the plan prints them; with a cut-off the budget
/// follow-up (`ForecastMarkdown`); then the goals and the other flags. This is what reviewers
/// read in a pull request.
public enum Bilag1Markdown {
    /// The Markdown file.
    public static func render(_ report: ReconciliationReport) -> String { render(report, layout: ReportLayout(report)) }

    /// The Markdown file, from the run's shared layout of `report`.
    public static func render(_ report: ReconciliationReport, layout: ReportLayout) -> String {
        var out = "# \(MarkdownText.escaped(ReportText.title(year: report.year)))\n\n"
        out += MarkdownText.escaped(ReportText.intro(report)) + "\n"
        out += NationalOverviewMarkdown.render(layout.overview)
        let followUp = layout.followUp
        out += FollowUpMarkdown.largest(followUp)
        for table in layout.tables {
            out += "\n## \(MarkdownText.escaped(table.title))\n\n" + self.table(table)
        }
        out += ForecastMarkdown.render(report, tables: layout.forecastTables)
        return out + ComparisonMarkdown.render(report) + FollowUpMarkdown.appendix(followUp)
    }

    /// One table, its `I alt` row and its notes.
    static func table(_ table: Bilag1Table) -> String {
        guard !table.lines.isEmpty else { return ReportText.noBenefits + "\n" }
        var lines = [MarkdownText.row([ReportText.benefit] + table.columns.map { MarkdownText.escaped($0.title) }),
                     MarkdownText.row([":--"] + table.columns.map { _ in "--:" })]
        for line in table.lines {
            lines.append(MarkdownText.row([MarkdownText.escaped(line.benefit.name)] + line.cells.map { cell($0, bold: false) }))
        }
        lines.append(MarkdownText.row(["**\(ReportText.total)**"] + table.totals.map { cell($0, bold: true) }))
        var text = lines.joined(separator: "\n") + "\n"
        for note in table.notes {
            text += "\n" + (note.mark.map { MarkdownText.escaped($0.symbol) + " " } ?? "") + MarkdownText.escaped(note.text) + "\n"
        }
        return text
    }

    /// A figure as the plan prints it, `–` for none, its mark after it.
    static func cell(_ cell: Bilag1Cell, bold: Bool) -> String {
        guard let value = cell.value else { return "–" }
        let text = NumberFormat.danish.string(value, decimals: 0)
        return (bold ? "**\(text)**" : text) + (cell.mark.map { " " + MarkdownText.escaped($0.symbol) } ?? "")
    }
}
