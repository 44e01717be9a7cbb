/// A decimal number as read from input: `units × 10^-scale`, exact.
public struct DecimalValue: Hashable, Sendable {
    /// The digits as an integer, with the sign.
    public let units: Int128
    /// The number of decimals.
    public let scale: Int

    /// Creates a decimal.
    public init(units: Int128, scale: Int) {
        self.units = units
        self.scale = scale
    }

    /// True if the value is below zero.
    public var isNegative: Bool { units < 0 }

    /// True if the value is zero.
    public var isZero: Bool { units == 0 }

    /// The exact value.
    public var exact: Exact { Exact(units: .init(units), scale: scale) }

    /// The value in øre, if it has at most two decimals and lies within ±10^13 kr.
    public var kroner: Kroner? {
        guard scale <= 2 else { return nil }
        var oere = units
        for _ in scale..<2 { oere *= 10 }
        guard oere.magnitude <= Kroner.limit.oere.magnitude else { return nil }
        return Kroner(oere: Int64(oere))
    }

    /// The value as units of 10^-`decimals`, if it has at most that many decimals.
    func units(scaledTo decimals: Int) -> Int128? {
        guard scale <= decimals else { return nil }
        var value = units
        for _ in scale..<decimals {
            let (next, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = next
        }
        return value
    }
}
