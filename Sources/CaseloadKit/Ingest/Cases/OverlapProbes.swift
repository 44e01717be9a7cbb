import Dispatch

/// The overlap probes (see `OverlapProbe`) of the case rows read so far, in 256 buckets by
/// their key's top byte, so that finding overlapping keys sorts 256 small arrays on all
/// cores instead of one large one.
///
/// Probes past a limit go to the run's `OverlapSpill` (a temporary file), bucket by bucket,
/// so that memory does not grow with the rows; `spilled` lists the parts written. The search
/// takes one bucket at a time, from memory and from every part.
struct OverlapProbes: Sendable {
    static let bucketCount = 256
    private(set) var buckets = [[UInt64]](repeating: [], count: OverlapProbes.bucketCount)
    /// The parts of these probes in the spill file, in the order written.
    private(set) var spilled: [OverlapSpill.Part] = []

    /// Probes kept in memory.
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
        spilled += other.spilled
    }

    /// Empties the buckets, keeping their storage, and forgets the spilled parts.
    mutating func removeAll(keepingCapacity: Bool) {
        for index in buckets.indices { buckets[index].removeAll(keepingCapacity: keepingCapacity) }
        spilled.removeAll()
    }

    /// Writes the probes in memory to `spill` once they take `limit` bytes or more, and empties
    /// the buckets (keeping their storage). If the file cannot be written they stay in memory:
    /// the search finds the same, only memory grows.
    mutating func spill(to spill: OverlapSpill?, over limit: Int) {
        guard let spill, count * MemoryLayout<UInt64>.size >= limit, let part = spill.write(buckets) else { return }
        spilled.append(part)
        for index in buckets.indices { buckets[index].removeAll(keepingCapacity: true) }
    }

    /// The keys (as `key & packing.keyMask`) with two probes whose days overlap, or `nil` if
    /// the spilled probes could not be read back. Searches the buckets on several threads
    /// (each sorted, then each key's probes swept by first day), emptying them as it goes.
    mutating func overlappingKeys(_ packing: OverlapProbe, threads: Int, spill: OverlapSpill?) -> Set<UInt64>? {
        var found = [[UInt64]](repeating: [], count: buckets.count)
        var unread = [Bool](repeating: false, count: buckets.count)
        buckets.withUnsafeMutableBufferPointer { buckets in
            found.withUnsafeMutableBufferPointer { found in
                unread.withUnsafeMutableBufferPointer { unread in
                    let work = BucketWork(packing: packing, buckets: buckets, spill: spill, spilled: spilled,
                                          found: found, unread: unread)
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
        }
        spilled.removeAll()
        guard !unread.contains(true) else { return nil }
        return Set(found.joined())
    }

    /// The buckets, each bucket's findings and whether its spilled probes could not be read,
    /// shared by the threads; each thread touches only the indexes it was given.
    private struct BucketWork: @unchecked Sendable {
        let packing: OverlapProbe
        let buckets: UnsafeMutableBufferPointer<[UInt64]>
        let spill: OverlapSpill?
        let spilled: [OverlapSpill.Part]
        let found: UnsafeMutableBufferPointer<[UInt64]>
        let unread: UnsafeMutableBufferPointer<Bool>

        func search(_ index: Int) {
            defer { buckets[index] = [] }
            if !spilled.isEmpty {
                guard let whole = gathered(index) else {
                    unread[index] = true
                    return
                }
                buckets[index] = whole
            }
            ProbeSort.sort(&buckets[index])
            sweep(buckets[index], index)
        }

        /// The bucket's probes in memory, then those of each spilled part.
        private func gathered(_ index: Int) -> [UInt64]? {
            guard let spill else { return nil }
            let inMemory = buckets[index]
            let total = spilled.reduce(inMemory.count) { $0 + $1.count(of: index) }
            var complete = false
            let whole = [UInt64](unsafeUninitializedCapacity: total) { buffer, initialized in
                initialized = buffer.initialize(fromContentsOf: inMemory)
                let rest = UnsafeMutableBufferPointer(rebasing: buffer[initialized...])
                complete = spill.read(bucket: index, of: spilled, into: rest)
                if complete { initialized = total }
            }
            return complete ? whole : nil
        }

        /// Finds the keys of a sorted bucket with overlapping probes.
        private func sweep(_ probes: [UInt64], _ index: Int) {
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
