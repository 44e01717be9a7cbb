/// The follow-up of a report for people, as bilag1.md, rapport.html and afstemning.xlsx show
/// it: the plan's goals (Bilag 2) in plain Danish, and the flags to look at as a table. The
/// renderers only walk it.
public struct FollowUpLayout: Sendable {
    /// One goal of the plan: its text and the paragraph on how it stands.
    public struct GoalItem: Sendable, Equatable {
        /// The goal as the plan words it.
        public let title: String
        /// How the budget and the actuals stand against it (`GoalText.paragraph`).
        public let paragraph: String
    }

    /// The goals' heading.
    public static let goalsHeading = "Mål (Bilag 2)"
    /// The flags' heading.
    public static let flagsHeading = "Flag til opfølgning"
    /// The sentence before the flags.
    public static let flagsLead = "Tal, der bør ses efter, med grænserne fra pipeline.yml. Alle tal står i flag.csv."
    /// What the flags' section says without flags.
    public static let noFlags = "Ingen flag."

    /// The goals checked, in file order.
    public let goals: [GoalItem]
    /// The flags, in the report's order.
    public let flags: FlagTable

    /// The follow-up of `report`.
    public init(_ report: ReconciliationReport) {
        goals = report.goals.map { GoalItem(title: $0.goal.text, paragraph: GoalText.paragraph($0, report: report)) }
        flags = FlagTable(report.flags)
    }
}
