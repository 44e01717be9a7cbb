/// An actual helårspersoner figure with where it came from: two sources are never mixed.
public struct ActualFigure: Sendable {
    /// Where a figure came from.
    public enum Source: Sendable, Equatable {
        /// Aggregated rows: a yearly row, at this place (a list of one).
        case aggregated([SourceLocation])
        /// Aggregated monthly rows, averaged weighted by their days.
        case monthly([MonthlyFigure])
        /// Case periods: the rows of each file that overlapped the period, and the sum
        /// Σ(days inside the period × omfang) over the period's days.
        case cases(spans: [CaseSpan], personDays: Exact, periodDays: Int)
    }

    /// One month's row of aggregated actuals, as it went into a figure.
    public struct MonthlyFigure: Sendable, Equatable {
        /// The month, 1–12.
        public let month: Int
        /// The month's average number of full-time persons.
        public let value: Helaarspersoner
        /// The days of the month (its weight).
        public let days: Int
        /// Where the row was read.
        public let origin: SourceLocation
        /// For a month summed from several Jobindsats tables, the other tables' rows.
        public var alsoFrom: [SourceLocation] = []

        /// Every row the month was read from.
        public var places: [SourceLocation] { [origin] + alsoFrom }
    }

    /// The value.
    public let value: Helaarspersoner
    /// Its origin.
    public let source: Source
}
