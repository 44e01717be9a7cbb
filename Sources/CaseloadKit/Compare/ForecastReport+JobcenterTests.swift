extension ForecastReport {
    /// The jobcenter's back-test, by the same rule as its forecast (forecast.md: the jobcenter's
    /// figures are the sums of the municipalities' exact values): per benefit, method and year,
    /// the municipalities' forecasts summed against their actual values summed. A benefit, method
    /// and year gives a row only when every municipality with a row of the benefit has a
    /// back-test row for it (no partial sums: a year one municipality lacks cannot be checked for
    /// the jobcenter). Ordered by benefit (catalog order), method and year; empty without a
    /// jobcenter. Not a row of prognose-test.csv, which holds the municipalities' rows only.
    public var totalTests: [(benefit: BenefitID, test: ForecastTest)] {
        guard !totals.isEmpty else { return [] }
        var municipalities: [BenefitID: Set<String>] = [:]
        for row in rows { municipalities[row.benefit.id, default: []].insert(row.kommune) }
        struct Key: Hashable { let benefit: BenefitID; let method: ForecastMethod; let year: Int }
        var parts: [Key: [ForecastTest]] = [:]
        for (_, benefit, test) in tests {
            parts[Key(benefit: benefit, method: test.method, year: test.year), default: []].append(test)
        }
        var result: [(benefit: BenefitID, test: ForecastTest)] = []
        for total in totals {
            let count = municipalities[total.benefit.id]?.count ?? 0
            let keys = parts.keys.filter { $0.benefit == total.benefit.id && parts[$0]?.count == count }
            let ordered = keys.sorted { a, b in
                let (ia, ib) = (ForecastMethod.allCases.firstIndex(of: a.method) ?? 0, ForecastMethod.allCases.firstIndex(of: b.method) ?? 0)
                return ia != ib ? ia < ib : a.year < b.year
            }
            for key in ordered {
                let tests = parts[key] ?? []
                let forecast = Exact.sum(tests.map(\.forecast)) ?? .zero
                let actual = Exact.sum(tests.map(\.actual)) ?? .zero
                result.append((total.benefit.id, ForecastTest(method: key.method, year: key.year, forecast: forecast, actual: actual)))
            }
        }
        return result
    }
}
