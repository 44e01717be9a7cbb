@testable import CaseloadKit
import Testing

@Suite struct ToleranceTests {
    static func exact(_ text: String) throws -> Exact {
        guard case .success(let value) = NumberParser.parse(text, .csv(.international)) else { throw ReviewFailure(.resultNotANumber("tolerance", text)) }
        return value.exact
    }

    @Test func readsDotOrCommaDecimalsAndNothingElse() {
        #expect(Tolerance("0.5")?.value == DecimalValue(units: 5, scale: 1))
        #expect(Tolerance("0,5")?.value == DecimalValue(units: 5, scale: 1))
        #expect(Tolerance("100")?.value == DecimalValue(units: 100, scale: 0))
        #expect(Tolerance("-0.5") == nil)
        #expect(Tolerance("1.000,5") == nil)
        #expect(Tolerance("abc") == nil)
        #expect(Tolerance("") == nil)
    }

    @Test func aChangeCountsFromTheToleranceUpExactly() throws {
        let half = try #require(Tolerance("0.5"))
        #expect(half.counts(try Self.exact("0.5")))
        #expect(half.counts(try Self.exact("-0.5")))
        #expect(!half.counts(try Self.exact("0.4999")))
        #expect(!half.counts(try Self.exact("-0.4999")))
        #expect(!Tolerance.none.counts(.zero))
        #expect(Tolerance.none.counts(try Self.exact("0.0001")))
        // 0.3 − 0.1 is 0.19999999999999998 in Double, which would fall below 0.2.
        let fifth = try #require(Tolerance("0.2"))
        #expect(fifth.counts(try Self.exact("0.3") - Self.exact("0.1")))
    }
}
