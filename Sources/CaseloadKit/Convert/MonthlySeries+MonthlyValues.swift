extension MonthlySeries {
    /// Σ m(year, month) over `keys` for the twelve months of `year` (index 0 is January), as
    /// `total(_:year:month:)` gives them, kept as `MonthlyValue`s: nil where one of the keys
    /// misses the month, all nil for no keys. Each key's year is looked up once, not per month.
    ///
    /// Person-days from case periods are integers over 10^18 (days × omfang units): their sum
    /// is kept over that one denominator, with no gcd per term and no reduction; other values
    /// (and sums that would overflow) are added as `total` adds them.
    public func monthlyValues(_ keys: [Key], year: Int) -> [MonthlyValue?] {
        var entries: [Year] = []
        entries.reserveCapacity(keys.count)
        for key in keys {
            guard let entry = self.year(key, year) else { return Array(repeating: nil, count: 12) }
            entries.append(entry)
        }
        guard !entries.isEmpty else { return Array(repeating: nil, count: 12) }
        return (0..<12).map { index in
            var sum: Int128? = 0
            for entry in entries {
                guard let personDays = entry.personDays[index] else { return nil }
                sum = sum.flatMap { Self.adding(personDays, to: $0) }
            }
            let days = Period.month(index + 1, of: year).dayCount
            // Σ m = Σ PD / d: every key's month has the same days.
            if let sum { return MonthlyValue(numerator: sum, denominator: Self.personDayUnit * Int128(days)) }
            return Self.total(entries.compactMap { $0.personDays[index] }, days: days)
        }
    }

    /// 10^18: the denominator of person-days from case periods.
    static let personDayUnit: Int128 = 1_000_000_000_000_000_000

    /// `sum` + PD × 10^18, if PD is a small fraction whose denominator divides 10^18 and the
    /// sum fits; else nil.
    static func adding(_ personDays: PersonDays, to sum: Int128) -> Int128? {
        guard case .small(let fraction) = personDays else { return nil }
        let (factor, remainder) = personDayUnit.quotientAndRemainder(dividingBy: fraction.denominator)
        guard remainder == 0 else { return nil }
        let (scaled, o1) = fraction.numerator.multipliedReportingOverflow(by: factor)
        let (next, o2) = sum.addingReportingOverflow(scaled)
        return o1 || o2 ? nil : next
    }

    /// Σ PD / d of `parts` as `total(_:year:month:)` computes it: small fractions where they
    /// fit, else `Exact`.
    private static func total(_ parts: [PersonDays], days: Int) -> MonthlyValue? {
        var small: SmallFraction? = SmallFraction(0)
        for part in parts {
            guard case .small(let fraction) = part else {
                small = nil
                break
            }
            small = small?.adding(fraction)
        }
        if let total = small?.divided(by: days) { return MonthlyValue(total) }
        if parts.count == 1 { return MonthlyValue(parts[0].exact / Exact(days)) }
        return Exact.sum(parts.map { $0.exact / Exact(days) }).map(MonthlyValue.init)
    }
}
