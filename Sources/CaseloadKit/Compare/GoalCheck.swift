/// A goal of the plan checked against the budget's helårspersoner and the actuals.
public struct GoalCheck: Sendable {
    /// One municipality's share of the budget's helårspersoner for the goal.
    public struct Part: Sendable {
        /// The municipality (pipeline.yml's spelling).
        public let kommune: String
        /// Its budget's helårspersoner over the goal's benefits.
        public let helaarspersoner: Helaarspersoner
    }

    /// The goal.
    public let goal: Goal
    /// Whom it covers: a municipality, or the jobcenter (or the municipalities) together.
    public let scope: String
    /// The municipalities it covers, in report order.
    public let municipalities: [String]
    /// The display names of its benefits.
    public let benefitNames: [String]
    /// The budget's helårspersoner per municipality.
    public let parts: [Part]
    /// Their sum.
    public let budget: Helaarspersoner
    /// The budget in kroner behind them.
    public let budgetKroner: Exact
    /// The goal year's actuals (so far), when every municipality covered has them.
    public let actual: Helaarspersoner?
    /// The municipalities without actuals for the goal year, when some have them.
    public let actualMissing: [String]
    /// The prior years' actuals, in pipeline.yml's order; `nil` where a municipality lacks one.
    public let prior: [(year: Int, value: Helaarspersoner?)]

    /// budget − target.
    public var budgetDifference: Exact { budget.exact - goal.target.exact }

    /// The budget's kroner per helårsperson over the goal's benefits and municipalities, to
    /// put a difference in helårspersoner into kroner; `nil` without budgeted helårspersoner.
    public var budgetRate: Exact? { budget.exact.isZero ? nil : budgetKroner / budget.exact }

    /// True if the budget meets the goal (at most, or at least, the target).
    public var budgetMeetsGoal: Bool {
        goal.direction == .hoejst ? !(goal.target < budget) : !(budget < goal.target)
    }

    /// Whether the actuals are on track (at or within the target); `nil` without actuals.
    public var actualOnTrack: Bool? {
        actual.map { goal.direction == .hoejst ? !(goal.target < $0) : !($0 < goal.target) }
    }
}
