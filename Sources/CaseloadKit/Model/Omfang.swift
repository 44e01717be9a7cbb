/// The share of a full benefit a case receives, in (0, 1], held exactly as units of 10^-18.
public struct Omfang: Hashable, Sendable, Comparable {
    /// The number of decimals an omfang may have.
    public static let maxDecimals = 18
    /// Units of 10^-18.
    public let units: Int64

    /// One full benefit.
    public static let full = Omfang(units: 1_000_000_000_000_000_000)

    /// Creates an omfang from units of 10^-18.
    public init(units: Int64) { self.units = units }

    public static func < (a: Omfang, b: Omfang) -> Bool { a.units < b.units }
}
