/// PD(y, S) and DAYS(y, S) of one key's year for the three month sets the methods read
/// (forecast.md): K = {1, …, k}, the latest N months of K, and the whole year. Taken in one
/// pass over the twelve months in 128-bit fractions, so that the back-test reads each year's
/// sums once, not once per method; a sum is nil where one of its months is missing or it does
/// not fit (the forecaster then computes that figure with `Exact`: the same value).
struct ForecastYearSums {
    /// PD and DAYS of one set of months.
    struct Sum {
        /// PD(y, S).
        let personDays: SmallFraction
        /// DAYS(y, S).
        let days: Int

        /// PD(y, S) / DAYS(y, S); nil on overflow.
        var level: SmallFraction? { personDays.divided(by: days) }
    }

    /// K = {1, …, k}.
    let counted: Sum?
    /// The latest N months of K, {k − N + 1, …, k}.
    let recent: Sum?
    /// The whole year, {1, …, 12}.
    let whole: Sum?

    /// The sums of `entry` (the key's twelve months of `year`, if any) with k = `months` and
    /// N = `latest` (N ≤ k).
    init(_ entry: MonthlySeries.Year?, year: Int, months k: Int, latest n: Int) {
        var (counted, recent, whole) = (Accumulator(), Accumulator(), Accumulator())
        for month in 1...12 {
            let value = entry?.personDays[month - 1]
            let days = Day.daysIn(month: month, of: year)
            if month <= k { counted.add(value, days: days) }
            if month > k - n, month <= k { recent.add(value, days: days) }
            whole.add(value, days: days)
        }
        (self.counted, self.recent, self.whole) = (counted.sum, recent.sum, whole.sum)
    }

    /// A running sum that becomes nil at the first missing month or overflow.
    private struct Accumulator {
        var personDays: PersonDaySum? = PersonDaySum()
        var days = 0

        mutating func add(_ value: MonthlySeries.PersonDays?, days: Int) {
            guard let value else {
                personDays = nil
                return
            }
            personDays?.add(value)
            self.days += days
        }

        var sum: Sum? {
            personDays?.personDays.map { Sum(personDays: $0, days: days) }
        }
    }
}
