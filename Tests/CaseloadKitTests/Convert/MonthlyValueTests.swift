@testable import CaseloadKit
import BigInt
import Testing

/// The charts' monthly values: the same values and the same rounding as `total` and `Exact`.
@Suite struct MonthlyValueTests {
    @Test func roundsAsExactDoes() throws {
        var fractions: [(Int128, Int128)] = [(1, 3), (-1, 3), (5, 200), (-5, 200), (15, 1000), (-15, 1000), (0, 7), (2, 3)]
        for _ in 0..<300 {
            fractions.append((Int128(Int.random(in: -1_000_000_000...1_000_000_000)), Int128(Int.random(in: 1...1_000_000))))
        }
        fractions.append((Int128.max / 3, 7))  // × 10^4 overflows: the Exact way
        for (numerator, denominator) in fractions {
            let small = try #require(SmallFraction(numerator, over: denominator))
            for decimals in [0, 2, 4] {
                let expected = small.exact.roundedUnits(decimals: decimals)
                guard let fits = Int(exactly: expected) else { continue }
                #expect(MonthlyValue(small).roundedUnits(decimals: decimals) == fits, "\(numerator)/\(denominator)")
                #expect(MonthlyValue(small.exact).roundedUnits(decimals: decimals) == fits)
            }
        }
    }

    @Test func monthlyValuesAreTheTotals() {
        let benefit = BenefitID("a-dagpenge")!
        let (a, b) = (MonthlySeries.Key(municipality: 0, benefit: benefit), MonthlySeries.Key(municipality: 1, benefit: benefit))
        let c = MonthlySeries.Key(municipality: 2, benefit: benefit)
        let huge = Exact(BigInt(2).power(140) + 1, over: 3 * BigInt(2).power(130))  // about 341, no SmallFraction: the Exact way
        let series = MonthlySeries([
            a: [2017: [2: Exact(1) / Exact(3), 3: Exact(2), 5: huge], 2016: [1: Exact(4)]],
            b: [2017: [2: Exact(5) / Exact(7), 3: Exact(1), 4: Exact(9), 5: Exact(1) / Exact(9)]],
            // Denominators dividing 10^18, as person-days from case periods have: summed over 10^18.
            c: [2017: [2: Exact(1) / Exact(8), 3: Exact(-3) / Exact(1_000_000), 4: Exact(7) / Exact(1_000_000_000_000_000_000)]],
        ])
        for keys in [[a], [b], [c], [a, b], [b, a], [c, b], [a, c], []] {
            for year in [2016, 2017, 2018] {
                let values = series.monthlyValues(keys, year: year)
                #expect(values.count == 12)
                #expect(values.map { $0?.exact } == (1...12).map { series.total(keys, year: year, month: $0) })
                #expect(values.map { $0?.roundedUnits(decimals: 2) }
                        == (1...12).map { series.total(keys, year: year, month: $0).map { Int($0.roundedUnits(decimals: 2)) } })
            }
        }
    }
}
