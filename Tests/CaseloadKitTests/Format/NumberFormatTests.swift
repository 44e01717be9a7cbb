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
}
