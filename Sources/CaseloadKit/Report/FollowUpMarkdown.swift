/// The follow-up sections of bilag1.md, walked from `FollowUpLayout`: the largest flags the
/// file opens with, and at its end the plan's goals (Bilag 2) and the other flags.
public enum FollowUpMarkdown {
    /// The opening section: the largest flags, or a line saying there are none.
    public static func largest(_ layout: FollowUpLayout) -> String {
        var out = "\n## \(MarkdownText.escaped(layout.largestHeading))\n\n"
        guard !layout.largest.rows.isEmpty else { return out + FollowUpLayout.noFlags + "\n" }
        out += MarkdownText.escaped(layout.largestLead) + "\n\n"
        return out + table(layout.largest)
    }

    /// The closing sections: the goals (none without goals), then the other flags (none
    /// without more flags).
    public static func appendix(_ layout: FollowUpLayout) -> String {
        var out = ""
        if !layout.goals.isEmpty {
            out += "\n## \(MarkdownText.escaped(FollowUpLayout.goalsHeading))\n"
            for goal in layout.goals {
                out += "\n**\(MarkdownText.escaped(goal.title))**\n\n\(MarkdownText.escaped(goal.paragraph))\n"
            }
        }
        if !layout.others.rows.isEmpty {
            out += "\n## \(MarkdownText.escaped(FollowUpLayout.othersHeading))\n\n"
            out += MarkdownText.escaped(layout.othersLead) + "\n\n" + table(layout.others)
        }
        return out
    }

    /// A flag table as a pipe table: numbers right-aligned, text left.
    static func table(_ table: FlagTable) -> String {
        let alignment = FlagTable.columns.indices.map { $0 == 0 || $0 == FlagTable.kronerColumn ? "--:" : ":--" }
        var lines = [MarkdownText.row(FlagTable.columns.map(MarkdownText.escaped)), MarkdownText.row(alignment)]
        lines += table.rows.map { MarkdownText.row(FlagTable.cells($0).map(MarkdownText.escaped)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
