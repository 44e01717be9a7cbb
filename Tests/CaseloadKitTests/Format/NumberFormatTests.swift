import BigInt
import CaseloadKit
import Testing

@Suite struct NumberFormatTests {
    @Test func roundsHalfAwayFromZeroOnce() {
        #expect(NumberFormat.machine.string(Exact(1, over: 8), decimals: 2) == "0.13")   // 0.125
        #expect(NumberFormat.machine.string(Exact(-1, over: 8), decimals: 2) == "-0.13")
        #expect(NumberFormat.machine.string(Exact(5, over: 2), decimals: 0) == "3")
        #expect(NumberFormat.machine.string(Exact(-5, over: 2), decimals: 0) == "-3")
        #expect(NumberFormat.machine.string(Exact(1, over: 3), decimals: 4) == "0.3333")
        #expect(NumberFormat.machine.string(Exact(2, over: 3), decimals: 4) == "0.6667")
    }

    @Test func valueThatRoundsToZeroHasNoMinus() {
        #expect(NumberFormat.machine.string(Exact(-1, over: 100_000), decimals: 4) == "0.0000")
        #expect(NumberFormat.danish.string(Exact(-1, over: 3), decimals: 0) == "0")
    }

    @Test func danishGroupsThousands() {
        #expect(NumberFormat.danish.string(Exact(39_038_328), decimals: 0) == "39.038.328")
        #expect(NumberFormat.danish.string(Exact(-450_108), decimals: 2) == "-450.108,00")
        #expect(NumberFormat.danish.string(Exact(999), decimals: 0) == "999")
        #expect(NumberFormat.machine.string(Exact(39_038_328), decimals: 2) == "39038328.00")
    }

    @Test func exactArithmeticDoesNotDrift() {
        // 0.1 added ten times is exactly 1; binary floating point would not be.
        let tenth = Exact(1, over: 10)
        let sum = (0..<10).reduce(Exact.zero) { total, _ in total + tenth }
        #expect(sum == Exact(1))
        #expect(Kroner(oere: 3_903_832_800).exact / Exact(200_000) == Exact(19_519_164, over: 100_000))
    }

    /// The text of `units × 10^-decimals` written digit by digit from the BigInt rounding: what
    /// `NumberFormat` wrote before its 128-bit path.
    static func reference(_ value: Exact, decimals: Int, danish: Bool) -> String {
        let units = value.roundedUnits(decimals: decimals)
        var digits = String(units.magnitude)
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
        let integerPart = Array(digits.dropLast(decimals))
        var grouped = ""
        for (offset, character) in integerPart.enumerated() {
            if danish, offset > 0, (integerPart.count - offset) % 3 == 0 { grouped.append(".") }
            grouped.append(character)
        }
        let sign = units.sign == .minus && !units.isZero ? "-" : ""
        return sign + grouped + (decimals > 0 ? (danish ? "," : ".") + digits.suffix(decimals) : "")
    }

    @Test func fastPathWritesWhatTheBigIntPathWrites() {
        var random = SeededRandom(seed: 4)
        var values: [Exact] = [.zero, Exact(-1, over: 2), Exact(1, over: 2), Exact(999_999_5, over: 10), Exact(-999_999_5, over: 10)]
        values += (0..<2_000).map { _ in
            let numerator = BigInt(Int64.random(in: Int64.min / 2...Int64.max / 2, using: &random)) * BigInt(Int.random(in: 1...1_000_000, using: &random))
            return Exact(numerator, over: BigInt(Int64.random(in: 1...Int64.max, using: &random)) >> Int.random(in: 0...62, using: &random) + 1)
        }
        values.append(Exact(BigInt(1) << 126, over: BigInt(3)))  // × 10^decimals passes 128 bits: the BigInt path
        for value in values {
            for decimals in [0, 1, 2, 4, 19] {
                #expect(NumberFormat.danish.string(value, decimals: decimals) == Self.reference(value, decimals: decimals, danish: true))
                #expect(NumberFormat.machine.string(value, decimals: decimals) == Self.reference(value, decimals: decimals, danish: false))
            }
        }
    }

    @Test func oneWordAndWiderMagnitudesAreWrittenAlike() {
        let edges = [BigInt(UInt64.max) - 1, BigInt(UInt64.max), BigInt(UInt64.max) + 1, BigInt(10).power(19) - 1, BigInt(10).power(19)]
        for units in edges {
            for value in [Exact(units, over: 1), Exact(-units, over: 1), Exact(units, over: 100)] {
                for decimals in [0, 2] {
                    #expect(NumberFormat.danish.string(value, decimals: decimals) == Self.reference(value, decimals: decimals, danish: true))
                    #expect(NumberFormat.machine.string(value, decimals: decimals) == Self.reference(value, decimals: decimals, danish: false))
                }
            }
        }
    }
}
