/// One figure of a Bilag 1 table: the exact value, or none, and its mark if it is summed over
/// fewer rows than the budget beside it.
public struct Bilag1Cell: Sendable, Equatable {
    /// The exact value; `nil` where there is no figure (shown as `–` or an empty cell).
    public let value: Exact?
    /// Set where the figure must not be read against the whole budget beside it.
    public let mark: Bilag1Mark?

    /// Creates a cell.
    public init(_ value: Exact?, mark: Bilag1Mark? = nil) {
        self.value = value
        self.mark = mark
    }
}
