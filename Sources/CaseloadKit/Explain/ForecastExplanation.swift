/// How the year-end forecast of one row came about (forecast.md): the months that count and
/// the values used with their sources, the method and why, and each forecast figure of
/// prognose.csv with its formula. Part of an `Explanation` whenever the run has a cut-off.
public struct ForecastExplanation: Sendable {
    /// One month's value m(y, i) as it went into the forecast.
    public struct Month: Sendable {
        /// The year.
        public let year: Int
        /// The month, 1–12.
        public let month: Int
        /// m(y, i).
        public let value: Exact
        /// d(y, i), the month's days (its weight).
        public let days: Int
        /// Where the value came from.
        public let sources: [Explanation.Source]
    }

    /// The cut-off.
    public let cutoff: Day
    /// k, the months of the budget year that count.
    public let months: Int
    /// `forecast.skip_latest_months`.
    public let skipped: Int
    /// `forecast.method`.
    public let configured: ForecastMethod
    /// The method used; `nil` without a forecast (or on a total whose municipalities differ).
    public let method: ForecastMethod?
    /// Why this method (or why another, or why there is no forecast).
    public let reason: Message
    /// For `seasonal`: the earlier years H compared with, ascending.
    public let history: [Int]
    /// The budget year's months that count, then each history year's 12 months; empty on a total.
    public let values: [Month]
    /// The budget the expected variance is against.
    public let against: BudgetVersion
    /// The figures of prognose.csv, in its column order (from `budget_kr_korrigeret` on);
    /// without a forecast only `budget_kr_korrigeret` (the reason says why the rest are empty).
    public let figures: [Explanation.Figure]
}
