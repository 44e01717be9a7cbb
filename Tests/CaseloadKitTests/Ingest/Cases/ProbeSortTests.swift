@testable import CaseloadKit
import Testing

/// The overlap probes' radix sort gives `sorted()`'s order.
@Suite struct ProbeSortTests {
    @Test func sortsLikeSortedAtEverySize() {
        var words = SeededRandom(seed: 2017)
        for count in [0, 1, 2, 511, 512, 513, 4096, 20_000] {
            var probes = (0..<count).map { _ in words.next() }
            let expected = probes.sorted()
            ProbeSort.sort(&probes)
            #expect(probes == expected, "\(count) probes")
        }
    }

    @Test func sortsProbesThatShareBytesAndRepeat() {
        var words = SeededRandom(seed: 19)
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
