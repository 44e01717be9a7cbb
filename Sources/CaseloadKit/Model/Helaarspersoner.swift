/// A number of helårspersoner (full-year persons), exact: one person on a full benefit for a
/// whole year, or any mix of persons, days and omfang that adds up to the same.
public struct Helaarspersoner: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The exact value.
    public let exact: Exact

    /// Wraps an exact value.
    public init(_ exact: Exact) { self.exact = exact }

    /// None.
    public static let zero = Helaarspersoner(.zero)

    public static func + (a: Helaarspersoner, b: Helaarspersoner) -> Helaarspersoner { Helaarspersoner(a.exact + b.exact) }
    public static func - (a: Helaarspersoner, b: Helaarspersoner) -> Helaarspersoner { Helaarspersoner(a.exact - b.exact) }
    public static func < (a: Helaarspersoner, b: Helaarspersoner) -> Bool { a.exact < b.exact }

    /// Sum of a sequence; `nil` when it is empty.
    public static func sum<S: Sequence>(_ values: S) -> Helaarspersoner? where S.Element == Helaarspersoner {
        Exact.sum(values.map(\.exact)).map(Helaarspersoner.init)
    }

    public var description: String { NumberFormat.machine.string(exact, decimals: 4) }
}
