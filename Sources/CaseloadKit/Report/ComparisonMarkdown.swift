/// The comparison part of bilag1.md, walked from `ComparisonLayout`: the heading, the opening
/// paragraph, a pipe table per year and the note. Nothing without peers.
enum ComparisonMarkdown {
    /// The section, starting with a blank line; empty without peers.
    static func render(_ report: ReconciliationReport) -> String {
        guard let layout = ComparisonLayout(report) else { return "" }
        var out = "\n## \(MarkdownText.escaped(ComparisonLayout.title))\n\n\(MarkdownText.escaped(layout.intro))\n"
        for table in layout.tables {
            out += "\n### \(MarkdownText.escaped(table.title))\n\n"
            out += MarkdownText.row([ReportText.benefit] + layout.columns.map { MarkdownText.escaped($0.title) }) + "\n"
            out += MarkdownText.row([":--"] + layout.columns.map { _ in "--:" }) + "\n"
            for line in table.lines {
                out += MarkdownText.row([MarkdownText.escaped(line.benefit.name)]
                                        + line.cells.map { MarkdownText.escaped(ComparisonLayout.text($0)) }) + "\n"
            }
        }
        return out + "\n" + MarkdownText.escaped(layout.note) + "\n"
    }
}
