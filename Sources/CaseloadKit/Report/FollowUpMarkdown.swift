/// The follow-up sections of bilag1.md, walked from `FollowUpLayout`: the largest flags the
/// file opens with, and at its end the plan's goals (Bilag 2) and the other flags.
public enum FollowUpMarkdown {
    /// The opening section: the largest flags, or a line saying there are none.
    public static func largest(_ layout: FollowUpLayout) -> String {
        markdown(layout.largestBlocks)
    }

    /// The closing sections: the goals (none without goals), then the other flags (none
    /// without more flags).
    public static func appendix(_ layout: FollowUpLayout) -> String {
        markdown(layout.appendixBlocks)
    }

    /// The blocks in Markdown, each opened by a blank line.
    static func markdown(_ blocks: [FollowUpBlock]) -> String {
        blocks.map { block in
            switch block {
            case .heading(let text): "\n## \(MarkdownText.escaped(text))\n"
            case .paragraph(let text): "\n\(MarkdownText.escaped(text))\n"
            case .goal(let title, let paragraph): "\n**\(MarkdownText.escaped(title))**\n\n\(MarkdownText.escaped(paragraph))\n"
            case .flags(let flags): "\n" + table(flags)
            }
        }.joined()
    }

    /// A flag table as a pipe table: numbers right-aligned, text left.
    static func table(_ table: FlagTable) -> String {
        let alignment = FlagTable.columns.indices.map { $0 == 0 || $0 == FlagTable.kronerColumn ? "--:" : ":--" }
        var lines = [MarkdownText.row(FlagTable.columns.map(MarkdownText.escaped)), MarkdownText.row(alignment)]
        lines += table.rows.map { MarkdownText.row(FlagTable.cells($0).map(MarkdownText.escaped)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
