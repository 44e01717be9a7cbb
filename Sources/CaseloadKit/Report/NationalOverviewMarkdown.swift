/// The national overview in bilag1.md, walked from `NationalOverview`: the heading, the
/// paragraph and a pipe table with a line per benefit (a cell's lines joined by `<br>`).
/// Nothing for a run over few municipalities.
enum NationalOverviewMarkdown {
    /// The section, starting with a blank line; empty without an overview.
    static func render(_ overview: NationalOverview?) -> String {
        guard let overview else { return "" }
        var out = "\n## \(MarkdownText.escaped(NationalOverview.title))\n\n\(MarkdownText.escaped(overview.intro))\n\n"
        out += MarkdownText.row(overview.columns.map(MarkdownText.escaped)) + "\n"
        out += MarkdownText.row(overview.columns.enumerated().map { index, title in
            index < 3 || title == NationalOverview.highlightedTitle ? ":--" : "--:"
        }) + "\n"
        for ranking in overview.rankings {
            let cells = overview.cells(ranking).map { $0.map(MarkdownText.escaped).joined(separator: "<br>") }
            out += MarkdownText.row([MarkdownText.escaped(ranking.benefit.name)] + cells) + "\n"
        }
        return out
    }
}
