/// A running sum of monthly person-days PD(y, i) in 128-bit fractions, for the forecast's
/// sums over months (forecast.md).
///
/// Person-days from case periods are integers over 10^18 (days × omfang units), so while every
/// term's denominator divides 10^18 the sum is kept as one integer over 10^18: an addition per
/// term, no gcd, reduced once by `personDays`. Another term turns it into a `SmallFraction`
/// sum. The value is the same either way; `nil` where it does not fit (the caller then adds
/// the months with `Exact`).
struct PersonDaySum {
    private enum State {
        /// Σ PD × 10^18.
        case units(Int128)
        /// Σ PD as a fraction.
        case fraction(SmallFraction)
        /// A term was not a small fraction, or the sum overflowed.
        case tooLarge
    }

    private var state = State.units(0)

    /// An empty sum.
    init() {}

    /// Adds one month's PD; `.exact` PD makes the sum too large.
    mutating func add(_ value: MonthlySeries.PersonDays) {
        guard case .small(let small) = value else {
            state = .tooLarge
            return
        }
        switch state {
        case .units(let units):
            if let next = MonthlySeries.adding(value, to: units) {
                state = .units(next)
            } else if let sum = SmallFraction(units, over: MonthlySeries.personDayUnit)?.adding(small) {
                state = .fraction(sum)
            } else {
                state = .tooLarge
            }
        case .fraction(let sum):
            state = sum.adding(small).map(State.fraction) ?? .tooLarge
        case .tooLarge:
            return
        }
    }

    /// Σ PD, reduced where it was kept over 10^18; nil if it does not fit.
    var personDays: SmallFraction? {
        switch state {
        case .units(let units): SmallFraction(units, over: MonthlySeries.personDayUnit)
        case .fraction(let sum): sum
        case .tooLarge: nil
        }
    }
}
