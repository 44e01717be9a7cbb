/// The unit of a number in a result file; it fixes the decimals the file writes.
public enum ResultUnit: Sendable, Equatable {
    /// Kroner: a budget, a rate, a variance. Two decimals.
    case kroner
    /// Helårspersoner. Four decimals.
    case helaarspersoner
    /// A percentage. Two decimals.
    case percent
    /// A count of rows. No decimals.
    case count

    /// The decimals a result file writes a number of this unit with.
    public var decimals: Int {
        switch self {
        case .kroner, .percent: 2
        case .helaarspersoner: 4
        case .count: 0
        }
    }
}
