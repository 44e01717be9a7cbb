/// Which budget a budget row is (forecast.md, "Budget versions"): the original budget
/// (oprindeligt budget) or the corrected budget of a follow-up (korrigeret budget).
public enum BudgetVersion: String, Hashable, Sendable, CaseIterable {
    /// The original budget: the default, also for an empty cell or no column.
    case oprindeligt
    /// The corrected budget.
    case korrigeret

    /// Parses `oprindeligt`/`korrigeret` in any case; an empty cell is `oprindeligt`.
    public init?(cell: String) {
        let key = MatchKey(cell).value
        if key.isEmpty { self = .oprindeligt; return }
        guard let value = BudgetVersion(rawValue: key) else { return nil }
        self = value
    }
}
