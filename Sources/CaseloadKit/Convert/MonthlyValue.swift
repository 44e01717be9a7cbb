import BigInt

/// A monthly helårspersoner value m(y, i) of `MonthlySeries`, or a sum of them, in the form
/// it is computed in: a fraction of 128-bit integers where it fits (`SmallFraction`), else an
/// `Exact`. The charts round it to a few decimals without building an `Exact` (a report has
/// some 70,000 of them); the value is the same in either form.
public struct MonthlyValue: Sendable {
    private enum Storage: Sendable {
        case small(SmallFraction)
        indirect case exact(Exact)
    }

    private let storage: Storage

    /// A value that fits in 128-bit parts.
    init(_ small: SmallFraction) { storage = .small(small) }

    /// Any value.
    init(_ exact: Exact) { storage = .exact(exact) }

    /// The value as an `Exact`.
    public var exact: Exact {
        switch storage {
        case .small(let small): small.exact
        case .exact(let value): value
        }
    }

    /// The value × 10^`decimals`, rounded half away from zero: `exact.roundedUnits(decimals:)`
    /// as an `Int` (a value that does not fit traps, as `Int(_:)` of that `BigInt` would).
    public func roundedUnits(decimals: Int) -> Int {
        if case .small(let small) = storage, decimals <= 19 {
            var power: UInt128 = 1
            for _ in 0..<decimals { power *= 10 }
            let (scaled, overflow) = small.numerator.magnitude.multipliedReportingOverflow(by: power)
            if !overflow {
                // `Exact.roundedUnits`' rounding: up when the remainder is at least half.
                let divisor = small.denominator.magnitude
                let (q, r) = scaled.quotientAndRemainder(dividingBy: divisor)
                let magnitude = r >= divisor - r ? q + 1 : q
                if let units = Int(exactly: magnitude) { return small.numerator < 0 ? -units : units }
            }
        }
        return Int(exact.roundedUnits(decimals: decimals))
    }
}
