import Dispatch

/// The overlap probes of the case rows read so far, in 256 buckets by the key's top byte, so
/// that finding overlapping keys sorts 256 small arrays on all cores instead of one large one.
struct OverlapProbes: Sendable {
    static let bucketCount = 256
    private(set) var buckets = [[OverlapProbe]](repeating: [], count: OverlapProbes.bucketCount)

    /// Probes kept.
    var count: Int { buckets.reduce(0) { $0 + $1.count } }

    @inline(__always)
    mutating func append(_ probe: OverlapProbe) {
        buckets[Int(truncatingIfNeeded: probe.key >> 56)].append(probe)
    }

    /// Adds another set's probes (order does not matter: they are sorted when searched).
    mutating func append(_ other: OverlapProbes) {
        for index in buckets.indices where !other.buckets[index].isEmpty {
            if buckets[index].isEmpty {
                buckets[index] = other.buckets[index]
            } else {
                buckets[index].append(contentsOf: other.buckets[index])
            }
        }
    }

    /// Empties the buckets, keeping their storage.
    mutating func removeAll(keepingCapacity: Bool) {
        for index in buckets.indices { buckets[index].removeAll(keepingCapacity: keepingCapacity) }
    }

    /// The keys with two probes whose days overlap. Sorts the buckets (in place, on several
    /// threads) and then sweeps each key's probes by first day.
    mutating func overlappingKeys(threads: Int) -> Set<UInt64> {
        var found = [[UInt64]](repeating: [], count: buckets.count)
        buckets.withUnsafeMutableBufferPointer { buckets in
            found.withUnsafeMutableBufferPointer { found in
                let work = BucketWork(buckets: buckets, found: found)
                let lanes = max(1, min(threads, OverlapProbes.bucketCount))
                DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                    var index = lane
                    while index < work.buckets.count {
                        work.search(index)
                        index += lanes
                    }
                }
            }
        }
        return Set(found.joined())
    }

    /// The buckets and each bucket's findings, shared by the threads; each thread touches only
    /// the indexes it was given.
    private struct BucketWork: @unchecked Sendable {
        let buckets: UnsafeMutableBufferPointer<[OverlapProbe]>
        let found: UnsafeMutableBufferPointer<[UInt64]>

        func search(_ index: Int) {
            buckets[index].sort()
            let probes = buckets[index]
            var position = 0
            while position < probes.count {
                let key = probes[position].key
                var reach = probes[position].to
                var overlapping = false
                position += 1
                while position < probes.count, probes[position].key == key {
                    if probes[position].from <= reach { overlapping = true }
                    reach = max(reach, probes[position].to)
                    position += 1
                }
                if overlapping { found[index].append(key) }
            }
        }
    }
}
