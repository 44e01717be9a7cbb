/// A monthly helårspersoner value m(y, i) of `MonthlySeries`, or a sum of them, in the form
/// it is computed in: a fraction of 128-bit integers where it fits, else an `Exact`. The
/// charts round it to a few decimals without building an `Exact` and without reducing the
/// fraction (a report has some 70,000 of them); the value is the same in either form.
public struct MonthlyValue: Sendable {
    private enum Storage: Sendable {
        /// `numerator / denominator`, denominator positive, not necessarily reduced.
        case fraction(numerator: Int128, denominator: Int128)
        indirect case exact(Exact)
    }

    private let storage: Storage

    /// The value of a small fraction.
    init(_ small: SmallFraction) {
        storage = .fraction(numerator: small.numerator, denominator: small.denominator)
    }

    /// `numerator / denominator`, not reduced; `denominator` must be positive.
    init(numerator: Int128, denominator: Int128) {
        precondition(denominator > 0, "a monthly value's denominator must be positive")
        storage = .fraction(numerator: numerator, denominator: denominator)
    }

    /// Any value.
    init(_ exact: Exact) { storage = .exact(exact) }

    /// The value as an `Exact`.
    public var exact: Exact {
        switch storage {
        case .fraction(let numerator, let denominator):
            Exact(small: numerator, over: denominator)
        case .exact(let value):
            value
        }
    }

    /// The value × 10^`decimals`, rounded half away from zero: `exact.roundedUnits(decimals:)`
    /// as an `Int` (a value that does not fit traps, as `Int(_:)` of that `BigInt` would).
    public func roundedUnits(decimals: Int) -> Int {
        if case .fraction(let numerator, let denominator) = storage, decimals <= 19 {
            var power: UInt128 = 1
            for _ in 0..<decimals { power *= 10 }
            let (scaled, overflow) = numerator.magnitude.multipliedReportingOverflow(by: power)
            if !overflow {
                // `Exact.roundedUnits`' rounding: up when the remainder is at least half.
                let divisor = denominator.magnitude
                let (q, r) = scaled.quotientAndRemainder(dividingBy: divisor)
                let magnitude = r >= divisor - r ? q + 1 : q
                if let units = Int(exactly: magnitude) { return numerator < 0 ? -units : units }
            }
        }
        return Int(exact.roundedUnits(decimals: decimals))
    }
}
