/// The follow-up sections of bilag1.md, walked from `FollowUpLayout`: the plan's goals
/// (Bilag 2) in plain Danish, and the flags to look at.
public enum FollowUpMarkdown {
    /// The goals' section (empty without goals), then the flags'.
    public static func render(_ layout: FollowUpLayout) -> String {
        goals(layout) + flags(layout)
    }

    static func goals(_ layout: FollowUpLayout) -> String {
        guard !layout.goals.isEmpty else { return "" }
        var out = "\n## \(MarkdownText.escaped(FollowUpLayout.goalsHeading))\n"
        for goal in layout.goals {
            out += "\n**\(MarkdownText.escaped(goal.title))**\n\n\(MarkdownText.escaped(goal.paragraph))\n"
        }
        return out
    }

    static func flags(_ layout: FollowUpLayout) -> String {
        var out = "\n## \(FollowUpLayout.flagsHeading)\n\n"
        guard !layout.flags.rows.isEmpty else { return out + FollowUpLayout.noFlags + "\n" }
        out += MarkdownText.escaped(FollowUpLayout.flagsLead) + "\n\n"
        out += table(layout.flags)
        return out
    }

    /// A flag table as a pipe table.
    static func table(_ table: FlagTable) -> String {
        var lines = [MarkdownText.row(FlagTable.columns), MarkdownText.row(FlagTable.columns.map { _ in ":--" })]
        lines += table.rows.map { MarkdownText.row(FlagTable.cells($0).map(MarkdownText.escaped)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
