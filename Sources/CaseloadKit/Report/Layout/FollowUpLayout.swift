/// The follow-up of a report for people, as bilag1.md, rapport.html and afstemning.xlsx show
/// it: the largest flags, which the report opens with; the plan's goals (Bilag 2) in plain
/// Danish; and the other flags, in an appendix. Which sections, in which order, and what an empty
/// one says are decided here, as `FollowUpBlock`s; the renderers only map blocks to markup.
public struct FollowUpLayout: Sendable {
    /// One goal of the plan: its text and the paragraph on how it stands.
    public struct GoalItem: Sendable, Equatable {
        /// The goal as the plan words it.
        public let title: String
        /// How the budget and the actuals stand against it (`GoalText.paragraph`).
        public let paragraph: String
    }

    /// How many flags the report opens with.
    public static let largestCount = 10
    /// The goals' heading.
    public static let goalsHeading = "Mål (Bilag 2)"
    /// The appendix' heading.
    public static let othersHeading = "Øvrige flag"
    /// What the opening section says without flags.
    public static let noFlags = "Ingen flag."

    /// The opening section's heading: `De 10 største afvigelser` (fewer if there are fewer flags).
    public let largestHeading: String
    /// The sentence before the largest flags.
    public let largestLead: String
    /// The sentence before the other flags.
    public let othersLead: String
    /// The largest flags, at most `largestCount`.
    public let largest: FlagTable
    /// The rest, in the same order; empty if there are no more.
    public let others: FlagTable
    /// The goals checked, in file order.
    public let goals: [GoalItem]

    /// The follow-up of `report`, whose flags are in `FlagOrder`.
    public init(_ report: ReconciliationReport) {
        let count = report.flags.count
        let shown = min(count, Self.largestCount)
        largestHeading = shown == 1 ? "Den største afvigelse" : "De \(shown == 0 ? Self.largestCount : shown) største afvigelser"
        var lead = "Tal, der bør ses efter, ordnet efter størrelse i kr. (forskel_kr i flag.csv: forskellen som helårstal "
        lead += "ved budgettets takst), med grænserne fra pipeline.yml."
        if count > shown { lead += " De øvrige \(count - shown) står under \(Self.othersHeading) sidst." }
        largestLead = lead + " Alle tal står i flag.csv."
        othersLead = count == shown + 1 ? "Flag nr. \(count) efter størrelse i kr." : "Flag nr. \(shown + 1)–\(count) efter størrelse i kr."
        largest = FlagTable(report.flags.prefix(shown), first: 1)
        others = FlagTable(report.flags.dropFirst(shown), first: shown + 1)
        goals = report.goals.map { GoalItem(title: $0.goal.text, paragraph: GoalText.paragraph($0, report: report)) }
    }

    /// The opening section: its heading, then the lead and the largest flags, or the note that
    /// there are no flags.
    public var largestBlocks: [FollowUpBlock] {
        guard !largest.rows.isEmpty else { return [.heading(largestHeading), .paragraph(Self.noFlags)] }
        return [.heading(largestHeading), .paragraph(largestLead), .flags(largest)]
    }

    /// The closing sections: the goals (none without goals), then the other flags (none without
    /// more flags); empty when there is neither.
    public var appendixBlocks: [FollowUpBlock] {
        var blocks: [FollowUpBlock] = []
        if !goals.isEmpty {
            blocks.append(.heading(Self.goalsHeading))
            blocks += goals.map { .goal(title: $0.title, paragraph: $0.paragraph) }
        }
        if !others.rows.isEmpty {
            blocks += [.heading(Self.othersHeading), .paragraph(othersLead), .flags(others)]
        }
        return blocks
    }
}
