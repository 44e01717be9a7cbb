import BigInt
import CaseloadKit
import Testing

/// `Exact`'s operators and `sum` take 128-bit and one-word shortcuts; every result must be the
/// value the BigInt formulas give, reduced by `init(_:over:)`.
@Suite struct ExactShortcutTests {
    /// Values of one word, of two words, whose products overflow 128 bits, and past 128 bits.
    static let values: [Exact] = [
        Exact(BigInt(549), over: BigInt(365)), Exact(BigInt(-7), over: BigInt(3)), Exact(0), Exact(12),
        Exact(BigInt(1) << 70, over: BigInt(3)), Exact(BigInt(-1), over: (BigInt(1) << 126) + 1),
        Exact(BigInt(1) << 200, over: BigInt(7)),
    ]

    @Test func operatorsGiveTheBigIntValues() {
        for a in Self.values {
            for b in Self.values {
                let (an, ad, bn, bd) = (a.numerator, a.denominator, b.numerator, b.denominator)
                #expect(a + b == Exact(an * bd + bn * ad, over: ad * bd))
                #expect(a - b == Exact(an * bd - bn * ad, over: ad * bd))
                #expect(a * b == Exact(an * bn, over: ad * bd))
                if !b.isZero { #expect(a / b == Exact(an * bd, over: ad * bn)) }
            }
        }
    }

    @Test func sumOfOneWordAndWideDenominatorsIsTheSequentialSum() {
        let terms = Self.values + (1...40).map { Exact(BigInt($0 * 7919 - 100_000), over: BigInt($0 * 104_729 + 1)) }
        var expected = Exact.zero
        for term in terms {
            expected = Exact(expected.numerator * term.denominator + term.numerator * expected.denominator,
                             over: expected.denominator * term.denominator)
        }
        #expect(Exact.sum(terms) == expected)
        #expect(Exact.sum(terms.reversed()) == expected)
        #expect(Exact.sum([Exact(BigInt(-1), over: BigInt(3)), Exact(BigInt(1), over: BigInt(3))]) == .zero)
    }

    @Test func absoluteValueAndSign() {
        let negative = Exact(BigInt(-7), over: BigInt(3))
        #expect(negative.isNegative && negative.absolute == Exact(BigInt(7), over: BigInt(3)))
        #expect(!Exact.zero.isNegative && Exact.zero.absolute == .zero)
        #expect(!Exact(5).isNegative && Exact(5).absolute == Exact(5))
    }
}
