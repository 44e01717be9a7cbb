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
    /// Helårspersoner per 100 in the labour force, or a difference of such shares in
    /// percentage points (sammenligning.csv). Four decimals.
    case share

    /// The decimals a result file writes a number of this unit with.
    public var decimals: Int {
        switch self {
        case .kroner, .percent: 2
        case .helaarspersoner, .share: 4
        case .count: 0
        }
    }
}
