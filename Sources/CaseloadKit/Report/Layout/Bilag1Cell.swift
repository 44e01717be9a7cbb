/// One figure of a Bilag 1 table: the exact value, or none, and whether it is partial.
public struct Bilag1Cell: Sendable, Equatable {
    /// The exact value; `nil` where there is no figure (shown as `–` or an empty cell).
    public let value: Exact?
    /// True for a jobcenter figure summed over only some of the municipalities: it must not
    /// be read against a budget that covers them all, so renderers mark it.
    public let partial: Bool

    /// Creates a cell.
    public init(_ value: Exact?, partial: Bool = false) {
        self.value = value
        self.partial = partial
    }
}
