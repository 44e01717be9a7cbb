import BigInt
@testable import CaseloadKit
import Testing

/// `Exact` holds a value's parts as `Int128`s when they fit and as BigInts otherwise: one form
/// per value, the same values, equality and order either way, also across the boundary.
@Suite struct ExactPartsTests {
    /// Binary gcd with its 64-bit tail against Euclid's algorithm.
    @Test func gcdMatchesEuclid() {
        func euclid(_ a: UInt128, _ b: UInt128) -> UInt128 { b == 0 ? a : euclid(b, a % b) }
        let values: [UInt128] = [0, 1, 2, 3, 12, 18, 365, 1 << 63, (1 << 64) - 1, 1 << 64, (1 << 64) + 6,
                                 1_000_000_000_000_000_000 * 31, 1_000_000_000_000_000_000 * 365 * 7919,
                                 UInt128.max, UInt128.max - 1, (UInt128(1) << 126) * 3, 6 << 100]
        for a in values {
            for b in values {
                #expect(UInt128.gcd(a, b) == euclid(a, b), "gcd(\(a), \(b))")
            }
        }
    }

    /// A value built through the BigInt initializer and one computed in 128 bits are equal,
    /// hash alike and take the small form exactly when both parts fit.
    @Test func oneFormPerValue() {
        let big = BigInt(Int128.max)
        let fits = Exact(big, over: BigInt(3))
        #expect(fits == Exact(small: Int128.max, over: 3))
        #expect(fits.hashValue == Exact(small: Int128.max, over: 3).hashValue)
        guard case .small = fits.parts else { Issue.record("Int128.max/3 should be small"); return }
        let past = fits + Exact(BigInt(1), over: BigInt(3))
        #expect(past == Exact(big + 1, over: BigInt(3)))
        guard case .big = past.parts else { Issue.record("(Int128.max + 1)/3 should be big"); return }
        let back = past - Exact(BigInt(1), over: BigInt(3))
        #expect(back == fits)
        guard case .small = back.parts else { Issue.record("back below the boundary should be small"); return }
        #expect(Exact(-big - 1, over: BigInt(1)).numerator == -big - 1)
        #expect(Exact(small: .min, over: -2) == Exact(BigInt(1) << 126, over: BigInt(1)))
        #expect(Exact(BigInt(6), over: BigInt(-4)) == Exact(small: -3, over: 2))
        #expect(Exact(units: BigInt(-150), scale: 2) == Exact(small: -3, over: 2))
        #expect(Exact(units: BigInt(1) << 130, scale: 1) == Exact(BigInt(1) << 129, over: BigInt(5)))
    }

    /// Products, quotients and comparisons at the boundary give the BigInt values.
    @Test func boundaryArithmetic() {
        let large = Exact(small: Int128.max, over: 7)
        let values = [large, large.negated, Exact(small: 1, over: Int128.max), Exact(small: -3, over: 1 << 100), Exact(2), Exact(-1)]
        for a in values {
            for b in values {
                let (an, ad, bn, bd) = (a.numerator, a.denominator, b.numerator, b.denominator)
                #expect(a * b == Exact(an * bn, over: ad * bd))
                #expect(a / b == Exact(an * bd, over: ad * bn))
                #expect(a + b == Exact(an * bd + bn * ad, over: ad * bd))
                #expect((a < b) == (an * bd < bn * ad))
            }
        }
    }

    /// A sum that outgrows 128 bits part way is the sequential sum.
    @Test func sumOutgrowingInt128() {
        let terms = (1...30).map { Exact(small: Int128($0) * 1_000_000_007, over: Int128($0) * 104_729 + 1) } + [Exact(small: Int128.max, over: 1)]
        var expected = Exact.zero
        for term in terms { expected = Exact(expected.numerator * term.denominator + term.numerator * expected.denominator, over: expected.denominator * term.denominator) }
        #expect(Exact.sum(terms) == expected)
        #expect(Exact.sum(terms.reversed()) == expected)
    }
}
