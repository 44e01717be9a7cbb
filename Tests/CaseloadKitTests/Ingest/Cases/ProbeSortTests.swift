@testable import CaseloadKit
import Testing

/// The overlap probes' radix sort gives `sorted()`'s order.
@Suite struct ProbeSortTests {
    /// A reproducible stream of words (SplitMix64).
    private struct Words {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func sortsLikeSortedAtEverySize() {
        var words = Words(state: 2017)
        for count in [0, 1, 2, 511, 512, 513, 4096, 20_000] {
            var probes = (0..<count).map { _ in words.next() }
            let expected = probes.sorted()
            ProbeSort.sort(&probes)
            #expect(probes == expected, "\(count) probes")
        }
    }

    @Test func sortsProbesThatShareBytesAndRepeat() {
        var words = Words(state: 19)
        // One bucket's probes: the same top byte, few keys, repeated days (passes skipped, ties).
        var probes = (0..<3000).map { _ in 0xAB00_0000_0000_0000 | (words.next() % 7) << 22 | (words.next() % 5) }
        probes += probes.prefix(100)
        let expected = probes.sorted()
        ProbeSort.sort(&probes)
        #expect(probes == expected)
        var same = [UInt64](repeating: 42, count: 1000)
        ProbeSort.sort(&same)
        #expect(same == [UInt64](repeating: 42, count: 1000))
    }
}
