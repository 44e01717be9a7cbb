/// An actual helårspersoner figure with where it came from: two sources are never mixed.
public struct ActualFigure: Sendable {
    /// Where a figure came from.
    public enum Source: Sendable, Equatable {
        /// Aggregated rows (a yearly row, or monthly rows), at these places.
        case aggregated([SourceLocation])
        /// Case periods: the rows of each file that overlapped the period, and the sum
        /// Σ(days inside the period × omfang) over the period's days.
        case cases(spans: [CaseSpan], personDays: Exact, periodDays: Int)
    }

    /// The value.
    public let value: Helaarspersoner
    /// Its origin.
    public let source: Source
}
