/// An actual helårspersoner figure with where it came from: two sources are never mixed.
public struct ActualFigure: Sendable {
    /// Where a figure came from.
    public enum Source: Sendable, Equatable {
        /// Aggregated rows (a yearly row, or monthly rows), at these places.
        case aggregated([SourceLocation])
        /// Case periods: this many rows of this file overlapped the period.
        case cases(file: String, rows: Int)
    }

    /// The value.
    public let value: Helaarspersoner
    /// Its origin.
    public let source: Source
}
