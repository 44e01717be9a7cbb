import BigInt
import CaseloadKit
import Testing

/// `Exact` takes 128-bit shortcuts where the parts fit; the values must be those of the BigInt path.
@Suite struct ExactTests {
    @Test func fractionsAreReducedTheSameWithSmallAndLargeParts() {
        #expect(Exact(BigInt(549), over: BigInt(365)).description == "549/365")
        #expect(Exact(BigInt(-10), over: BigInt(-4)).description == "5/2")
        #expect(Exact(BigInt(0), over: BigInt(-7)).description == "0/1")
        #expect(Exact(BigInt(6), over: BigInt(-4)).description == "-3/2")
        // 2^130 / 2^66: parts past 128 bits take the BigInt path and give the same kind of result.
        let big = BigInt(1) << 130
        #expect(Exact(big, over: BigInt(1) << 66).description == "\(BigInt(1) << 64)/1")
        #expect(Exact(big * 3, over: big * 9).description == "1/3")
    }

    @Test func sumsOverTheLeastCommonDenominator() {
        let day = BigInt(365) * BigInt(10).power(18)
        let a = Exact(BigInt(184) * BigInt(10).power(18), over: day)  // 184/365
        let b = Exact(BigInt(29) * BigInt(5) * BigInt(10).power(17), over: BigInt(366) * BigInt(10).power(18))  // 29/732
        #expect((a + b).description == "\(184 * 732 + 29 * 365)/\(365 * 732)")
        #expect((a - a).description == "0/1")
        #expect(Exact.sum([a, b, a]) == a + a + b)
        // Denominators whose product passes 128 bits.
        let c = Exact(BigInt(1), over: (BigInt(1) << 100) + 1)
        let d = Exact(BigInt(1), over: (BigInt(1) << 100) + 3)
        #expect((c + d).description == "\((BigInt(1) << 101) + 4)/\(((BigInt(1) << 100) + 1) * ((BigInt(1) << 100) + 3))")
    }

    @Test func roundingIsHalfAwayFromZeroOnBothPaths() {
        #expect(Exact(BigInt(1), over: BigInt(8)).roundedUnits(decimals: 2) == 13)        // 0.125
        #expect(Exact(BigInt(-1), over: BigInt(8)).roundedUnits(decimals: 2) == -13)
        #expect(Exact(BigInt(1), over: BigInt(3)).roundedUnits(decimals: 4) == 3333)
        #expect(Exact(BigInt(2), over: BigInt(3)).roundedUnits(decimals: 4) == 6667)
        #expect(Exact(BigInt(549), over: BigInt(365)).roundedUnits(decimals: 4) == 15041)  // 1.50410…
        // 10^30 / 7 to 20 decimals: past the 128-bit shortcut.
        let huge = Exact(BigInt(10).power(30), over: BigInt(7))
        #expect(huge.roundedUnits(decimals: 20) == (BigInt(10).power(50) * 2 + 7) / 14)
        #expect(huge.roundedUnits(decimals: 2) == (BigInt(10).power(32) * 2 + 7) / 14)
    }

    @Test func comparisonsAgreeOnBothPaths() {
        let small: [Exact] = [Exact(BigInt(-3), over: BigInt(2)), Exact(BigInt(-1), over: BigInt(3)), .zero,
                              Exact(BigInt(1), over: BigInt(3)), Exact(7), Exact(BigInt(195_191_64), over: BigInt(100))]
        for (i, a) in small.enumerated() {
            for (j, b) in small.enumerated() {
                #expect((a < b) == (i < j), "\(a) < \(b)")
            }
        }
        // Parts past 64 bits take the BigInt path.
        let huge = Exact(BigInt(1) << 70, over: BigInt(3))
        #expect(Exact(7) < huge && !(huge < Exact(7)))
        #expect(.zero - huge < Exact(BigInt(-1), over: BigInt(3)))
    }

    @Test func sumsReduceOnceToTheValueOfAddingOneByOne() {
        var random = SeededRandom(seed: 19)
        // Budgets over rates: coprime denominators of ~30 bits, so the sum's passes 128 bits.
        let values = (0..<200).map { _ in
            Exact(BigInt(Int64.random(in: -10_000_000_000...10_000_000_000, using: &random)),
                  over: BigInt(Int64.random(in: 1...2_000_000_000, using: &random)))
        }
        for count in [1, 2, 3, 15, 98, 200] {
            let slice = Array(values.prefix(count))
            #expect(Exact.sum(slice) == slice.dropFirst().reduce(slice[0], +))
        }
        #expect(Exact.sum([Exact(1, over: 3), Exact(2, over: 3)]) == Exact(1))
        #expect(Exact.sum([Exact(1, over: 2), Exact(-1, over: 2)])?.description == "0/1")
        #expect(Exact.sum([Exact]()) == nil)
        let huge = Exact(BigInt(1) << 200, over: (BigInt(1) << 130) + 1)
        #expect(Exact.sum([huge, Exact(1, over: 7), huge]) == huge + Exact(1, over: 7) + huge)
    }
}

