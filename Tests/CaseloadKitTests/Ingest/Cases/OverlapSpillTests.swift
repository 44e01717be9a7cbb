@testable import CaseloadKit
import Foundation
import Testing

/// Overlap probes past `CaseReadTuning.probeMemory` go to a temporary file (`OverlapSpill`)
/// and are searched from there: the same keys, the same findings and messages as in memory.
@Suite struct OverlapSpillTests {
    /// Probes of many keys, some of whose periods overlap, in a packing over 2015–2017.
    static func probes(_ packing: OverlapProbe, keys: Int, seed: UInt64) -> [(probe: UInt64, key: UInt64)] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        var rows: [(UInt64, UInt64)] = []
        for index in 0..<keys {
            let key = (UInt64(index) &* 0x9E37_79B9_7F4A_7C15) ^ (next() >> 40)
            for _ in 0..<(1 + Int(next() >> 62)) {
                let from = packing.spanFirst + Int(next() >> 54)
                let to = from + Int(next() >> 56)
                rows.append((packing.pack(key: key, from: from, to: to), key))
            }
        }
        return rows
    }

    @Test func spilledProbesFindTheKeysFoundInMemory() {
        let packing = OverlapProbe(periods: [2017, 2016, 2015].map(Period.year))
        let rows = Self.probes(packing, keys: 3000, seed: 3)
        var inMemory = OverlapProbes()
        var spilled = OverlapProbes()
        let spill = OverlapSpill()
        for (number, row) in rows.enumerated() {
            inMemory.append(row.probe, key: row.key)
            spilled.append(row.probe, key: row.key)
            if number % 500 == 499 { spilled.spill(to: spill, over: 1000) }
        }
        #expect(spilled.spilled.count == rows.count / 500)
        #expect(spilled.count == rows.count % 500)
        let expected = inMemory.overlappingKeys(packing, threads: 3, spill: nil)
        #expect((expected?.count ?? 0) > 100)
        #expect(spilled.overlappingKeys(packing, threads: 3, spill: spill) == expected)
        #expect(spilled.spilled.isEmpty && spilled.count == 0)
    }

    @Test func aDroppedReadingsPartsAreWrittenOver() {
        let spill = OverlapSpill()
        var buckets = [[UInt64]](repeating: [], count: OverlapProbes.bucketCount)
        buckets[3] = [7, 8, 9]
        let kept = spill.write(buckets)
        spill.commit()
        let dropped = spill.write(buckets)
        spill.rollBack()
        buckets[3] = [1, 2]
        buckets[200] = [5]
        let again = spill.write(buckets)
        #expect(kept?.offset == 0 && dropped?.offset == 24 && again?.offset == 24)
        #expect(again?.count(of: 3) == 2 && again?.count(of: 200) == 1 && again?.count(of: 4) == 0)
        var read = [UInt64](repeating: 0, count: 6)
        let parts = [kept, again].compactMap { $0 }
        #expect(read.withUnsafeMutableBufferPointer { spill.read(bucket: 3, of: parts, into: $0) })
        #expect(read == [7, 8, 9, 1, 2, 0])
    }

    /// Parts that are not in the spill file given: the search says it could not read them.
    @Test func unreadablePartsGiveNoKeys() {
        let packing = OverlapProbe(periods: [Period.year(2017)])
        var probes = OverlapProbes()
        for row in Self.probes(packing, keys: 50, seed: 9) { probes.append(row.probe, key: row.key) }
        probes.spill(to: OverlapSpill(), over: 0)
        #expect(probes.overlappingKeys(packing, threads: 2, spill: OverlapSpill()) == nil)
    }

    /// The case reader with a limit of one byte (every merged round goes to the file) gives
    /// what it gives in memory, and what the reference reader gives: figures, warnings, lines.
    @Test func theReaderFindsTheSameOverlapsFromTheSpillFile() throws {
        let folder = TestScratch.root.appendingPathComponent("overlap-spill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DataSetGenerator.write(DataSetOptions(rows: 6000, seed: 8), to: folder)
        let text = try String(contentsOf: folder.appendingPathComponent("Input/sager/sager.csv"), encoding: .utf8)
        let named = text.split(separator: "\n").filter { $0.contains(";Ishøj;") || $0.contains(";Tårnby;") }
        let repeated = named.enumerated().filter { $0.offset % 3 == 1 }.map(\.element)
        let bytes = Array((text + repeated.joined(separator: "\n") + "\n").utf8)
        let tunings = [
            CaseReadTuning(threads: 2, partSize: 4096, minimumPart: 1),
            CaseReadTuning(threads: 2, partSize: 4096, minimumPart: 1, probeMemory: 1),
            CaseReadTuning(threads: 1, partSize: 512, minimumPart: 1, probeMemory: 64),
        ]
        let (reference, fast) = try CaseReadHarness().both(bytes, tunings: tunings)
        let overlaps = reference.diagnostics.filter { $0.contains(": warning: this case period overlaps the one at") }
        #expect(overlaps.count > 5)
        for outcome in fast { #expect(outcome == reference) }
    }
}
