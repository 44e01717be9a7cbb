/// One column of a row present in both results: the old cell, the new cell, and whether
/// the difference counts.
public struct CellChange: Sendable {
    /// The column name.
    public let column: String
    /// The cell in the old results (the revision or the other folder).
    public let old: ResultCell
    /// The cell in the new results (`<output>/<year>/`).
    public let new: ResultCell
    /// True if the cell changed beyond the tolerance: a number that moved at least that
    /// much, a value that appeared or disappeared, or changed text.
    public let counts: Bool

    /// Compares two cells of `column`.
    public init(column: String, old: ResultCell, new: ResultCell, tolerance: Tolerance) {
        self.column = column
        self.old = old
        self.new = new
        switch (old, new) {
        case (.number(let a), .number(let b)): counts = tolerance.counts(b.exact - a.exact)
        default: counts = old != new
        }
    }

    /// new − old, exact, when both cells are numbers.
    public var difference: Exact? {
        guard let a = old.number, let b = new.number else { return nil }
        return b.exact - a.exact
    }

    /// The difference as a share of the old value's size (1 is 100 %); `nil` when there is no
    /// difference or the old value is 0.
    public var relativeChange: Exact? {
        guard let difference, let a = old.number, !a.isZero else { return nil }
        let size = a.isNegative ? Exact.zero - a.exact : a.exact
        return difference / size
    }
}
