extension MonthlySeries {
    /// Σ m(year, month) over `keys` for the twelve months of `year` (index 0 is January), as
    /// `total(_:year:month:)` gives them, kept as `MonthlyValue`s: nil where one of the keys
    /// misses the month, all nil for no keys. Each key's year is looked up once, not per month.
    public func monthlyValues(_ keys: [Key], year: Int) -> [MonthlyValue?] {
        var sums = [SmallFraction?](repeating: SmallFraction(0), count: 12)
        var present = [Bool](repeating: !keys.isEmpty, count: 12)
        var inExact = [Bool](repeating: false, count: 12)
        var years: [Year] = []
        years.reserveCapacity(keys.count)
        for key in keys {
            guard let entry = self.year(key, year) else { return Array(repeating: nil, count: 12) }
            years.append(entry)
            for month in 0..<12 where present[month] {
                switch entry.personDays[month] {
                case nil: present[month] = false
                case .small(let fraction)?: sums[month] = sums[month]?.adding(fraction)
                case .exact?: inExact[month] = true
                }
            }
        }
        return (0..<12).map { index in
            guard present[index] else { return nil }
            let days = Period.month(index + 1, of: year).dayCount
            // Σ m = Σ PD / d: every key's month has the same days.
            if !inExact[index], let total = sums[index]?.divided(by: days) { return MonthlyValue(total) }
            return Self.exactTotal(years.compactMap { $0.personDays[index] }, days: days).map(MonthlyValue.init)
        }
    }

    /// Σ PD / d of `parts` in `Exact` arithmetic (where the small fractions overflow), as
    /// `total(_:year:month:)` computes it.
    private static func exactTotal(_ parts: [PersonDays], days: Int) -> Exact? {
        if parts.count == 1 { return parts[0].exact / Exact(days) }
        return Exact.sum(parts.map { $0.exact / Exact(days) })
    }
}
