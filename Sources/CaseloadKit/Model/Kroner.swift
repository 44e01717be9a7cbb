/// An amount of Danish kroner, held exactly as integer øre.
public struct Kroner: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The amount in øre (1 kr. = 100 øre).
    public let oere: Int64

    /// The largest amount accepted in any input: ±10^13 kr.
    public static let limit = Kroner(oere: 1_000_000_000_000_000)

    /// Creates an amount from øre.
    public init(oere: Int64) { self.oere = oere }

    /// Creates an amount from whole kroner.
    public init(kroner: Int64) { self.oere = kroner * 100 }

    /// Zero kroner.
    public static let zero = Kroner(oere: 0)

    /// The exact value in kroner.
    public var exact: Exact { Exact(small: Int128(oere), over: 100) }

    public static func < (a: Kroner, b: Kroner) -> Bool { a.oere < b.oere }

    public var description: String { NumberFormat.machine.string(exact, decimals: 2) }
}
