import Dispatch

/// The overlap probes (see `OverlapProbe`) of the case rows read so far, in 256 buckets by
/// their key's top byte, so that finding overlapping keys sorts 256 small arrays on all
/// cores instead of one large one.
struct OverlapProbes: Sendable {
    static let bucketCount = 256
    private(set) var buckets = [[UInt64]](repeating: [], count: OverlapProbes.bucketCount)

    /// Probes kept.
    var count: Int { buckets.reduce(0) { $0 + $1.count } }

    @inline(__always)
    mutating func append(_ probe: UInt64, key: UInt64) {
        buckets[OverlapProbe.bucket(key)].append(probe)
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

    /// The keys (as `key & packing.keyMask`) with two probes whose days overlap. Sorts the
    /// buckets in place, on several threads, then sweeps each key's probes by first day.
    mutating func overlappingKeys(_ packing: OverlapProbe, threads: Int) -> Set<UInt64> {
        var found = [[UInt64]](repeating: [], count: buckets.count)
        buckets.withUnsafeMutableBufferPointer { buckets in
            found.withUnsafeMutableBufferPointer { found in
                let work = BucketWork(packing: packing, buckets: buckets, found: found)
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
        let packing: OverlapProbe
        let buckets: UnsafeMutableBufferPointer<[UInt64]>
        let found: UnsafeMutableBufferPointer<[UInt64]>

        func search(_ index: Int) {
            buckets[index].sort()
            let probes = buckets[index]
            let shift = 2 * packing.dayBits
            var position = 0
            while position < probes.count {
                let key = probes[position] >> shift
                var reach = packing.days(of: probes[position]).last
                var overlapping = false
                position += 1
                while position < probes.count, probes[position] >> shift == key {
                    let (first, last) = packing.days(of: probes[position])
                    if first <= reach { overlapping = true }
                    reach = max(reach, last)
                    position += 1
                }
                if overlapping { found[index].append(packing.key(of: probes[position - 1], bucket: index)) }
            }
        }
    }
}
