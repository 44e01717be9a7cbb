/// Sorts a bucket of overlap probes (`OverlapProbe` words) for the sweep: the same order as
/// `sort()`, by a least-significant-byte-first radix sort. The probes' bits are close to
/// random (a hash, then days), so a comparison sort mispredicts about every other branch; the
/// radix sort has no data-dependent branch: one pass to count all eight bytes, then one stable
/// scatter per byte (skipped when every probe has the same value in that byte).
enum ProbeSort {
    /// Below this many probes the comparison sort is as quick.
    static let smallest = 512

    /// Sorts `probes` in increasing order.
    static func sort(_ probes: inout [UInt64]) {
        let count = probes.count
        guard count >= smallest else {
            probes.sort()
            return
        }
        var scratch = [UInt64](repeating: 0, count: count)
        var counts = [Int](repeating: 0, count: 8 * 256)
        let inScratch = probes.withUnsafeMutableBufferPointer { values in
            scratch.withUnsafeMutableBufferPointer { spare in
                counts.withUnsafeMutableBufferPointer { counts in
                    radixSort(values, spare, counts)
                }
            }
        }
        if inScratch { probes = scratch }
    }

    /// Sorts `values` using `spare` (as many) and `counts` (8 × 256 zeros); true if the sorted
    /// probes ended up in `spare`.
    private static func radixSort(_ values: UnsafeMutableBufferPointer<UInt64>, _ spare: UnsafeMutableBufferPointer<UInt64>,
                                  _ counts: UnsafeMutableBufferPointer<Int>) -> Bool {
        for value in values {
            for byte in 0..<8 { counts[byte &* 256 &+ Int(truncatingIfNeeded: (value >> (byte &* 8)) & 0xFF)] &+= 1 }
        }
        var (source, target) = (values, spare)
        var inSpare = false
        for byte in 0..<8 {
            let base = byte &* 256
            let shift = UInt64(byte &* 8)
            // Every probe has the same value in this byte: the pass would not move any.
            if counts[base &+ Int(truncatingIfNeeded: (source[0] >> shift) & 0xFF)] == source.count { continue }
            var offset = 0
            for digit in 0..<256 {
                let here = counts[base &+ digit]
                counts[base &+ digit] = offset
                offset &+= here
            }
            for value in source {
                let slot = base &+ Int(truncatingIfNeeded: (value >> shift) & 0xFF)
                target[counts[slot]] = value
                counts[slot] &+= 1
            }
            swap(&source, &target)
            inSpare.toggle()
        }
        return inSpare
    }
}
