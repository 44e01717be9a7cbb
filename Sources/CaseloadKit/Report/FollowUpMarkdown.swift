/// The follow-up sections of bilag1.md, walked from `FollowUpLayout`: the largest flags the
/// file opens with, and at its end the plan's goals (Bilag 2) and the other flags.
public enum FollowUpMarkdown: FollowUpMarkup {
    /// The opening section: the largest flags, or a line saying there are none.
    public static func largest(_ layout: FollowUpLayout) -> String {
        render(layout.largestBlocks)
    }

    /// The closing sections: the goals (none without goals), then the other flags (none
    /// without more flags).
    public static func appendix(_ layout: FollowUpLayout) -> String {
        render(layout.appendixBlocks)
    }

    /// A heading, opened by a blank line.
    static func heading(_ text: String) -> String { "\n## \(MarkdownText.escaped(text))\n" }

    /// A paragraph, opened by a blank line.
    static func paragraph(_ text: String) -> String { "\n\(MarkdownText.escaped(text))\n" }

    /// A goal: its text in bold, then its paragraph.
    static func goal(title: String, paragraph: String) -> String {
        "\n**\(MarkdownText.escaped(title))**\n\n\(MarkdownText.escaped(paragraph))\n"
    }

    /// A flag table as a pipe table, opened by a blank line: numbers right-aligned, text left.
    static func table(_ table: FlagTable) -> String {
        let alignment = FlagTable.columns.indices.map { $0 == 0 || $0 == FlagTable.kronerColumn ? "--:" : ":--" }
        var lines = [MarkdownText.row(FlagTable.columns.map(MarkdownText.escaped)), MarkdownText.row(alignment)]
        lines += table.rows.map { MarkdownText.row(FlagTable.cells($0).map(MarkdownText.escaped)) }
        return "\n" + lines.joined(separator: "\n") + "\n"
    }
}
