@testable import CaseloadKit
import Testing

/// The 128-bit fractions of the forecast's sums: the same values as `Exact`, nil on overflow.
@Suite struct SmallFractionTests {
    @Test func reducesAndConvertsToTheSameExactValue() throws {
        let half = try #require(SmallFraction(-5, over: -10))
        #expect(half.numerator == 1 && half.denominator == 2)
        #expect(half.exact == Exact(1) / Exact(2))
        #expect(SmallFraction(Exact(-7) / Exact(3))?.exact == Exact(-7) / Exact(3))
        #expect(SmallFraction(3, over: 0) == nil)
    }

    @Test func arithmeticMatchesExact() throws {
        let a = try #require(SmallFraction(7, over: 12))
        let b = try #require(SmallFraction(-5, over: 18))
        #expect(a.adding(b)?.exact == a.exact + b.exact)
        #expect(a.multiplied(by: b)?.exact == a.exact * b.exact)
        #expect(a.divided(by: b)?.exact == a.exact / b.exact)
        #expect(a.multiplied(by: 31)?.exact == a.exact * Exact(31))
        #expect(a.divided(by: 0) == nil)
    }

    @Test func overflowIsNilNotWrong() throws {
        let big = try #require(SmallFraction(Int128.max / 2 + 1, over: 1))
        #expect(big.adding(big) == nil)
        #expect(big.multiplied(by: 3) == nil)
        let tiny = try #require(SmallFraction(1, over: Int128.max / 2))
        #expect(tiny.adding(try #require(SmallFraction(1, over: Int128.max / 2 - 2))) == nil)
    }

    @Test func monthlySeriesTotalsAreExactSums() {
        let benefit = BenefitID("a-dagpenge")!
        let (a, b) = (MonthlySeries.Key(municipality: 0, benefit: benefit), MonthlySeries.Key(municipality: 1, benefit: benefit))
        let series = MonthlySeries([a: [2017: [2: Exact(1) / Exact(3)]], b: [2017: [2: Exact(5) / Exact(7), 3: Exact(1)]]])
        #expect(series.total([a, b], year: 2017, month: 2) == Exact(1) / Exact(3) + Exact(5) / Exact(7))
        #expect(series.total([a, b], year: 2017, month: 3) == nil)
        #expect(series.total([], year: 2017, month: 2) == nil)
        #expect(series.value(b, year: 2017, month: 2) == Exact(5) / Exact(7))
    }
}
