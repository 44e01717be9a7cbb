/// Maps byte strings (a cell's trimmed bytes) to small ids, so a name is resolved through the
/// catalog or pipeline.yml once and then found again without making a `String`.
///
/// The last key found is checked first (case files come sorted by municipality, so most rows
/// repeat the previous row's name), then an open-addressing hash table (a multiply-fold hash). At most
/// `capacity` keys are kept: a file of millions of distinct names cannot grow it without bound.
struct ByteKeyCache {
    private var arena: [UInt8] = []
    private var offsets: [Int] = []
    private var lengths: [Int] = []
    private var hashes: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int
    private var last = -1
    /// The most keys kept.
    let capacity: Int

    /// Creates an empty cache.
    init(capacity: Int = 4096) {
        self.capacity = capacity
        slots = [Int32](repeating: -1, count: 64)
        mask = 63
    }

    /// The number of keys kept; ids are `0..<count`, in insertion order.
    var count: Int { offsets.count }

    /// True if the cache can take another key.
    var isFull: Bool { offsets.count >= capacity }

    /// Eight bytes at a time, multiply and fold (the table's own hash, not a published one).
    @inline(__always)
    private static func hash(_ key: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        var h = UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15
        var index = 0
        let raw = UnsafeRawPointer(key)
        while index + 8 <= length {
            h = (h ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < length {
            tail |= UInt64(key[index]) << shift
            shift += 8
            index += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }

    @inline(__always)
    private func equals(_ id: Int, _ key: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        guard lengths[id] == length else { return false }
        return arena.withUnsafeBufferPointer { stored in
            ByteKeyCache.same(stored.baseAddress! + offsets[id], key, length)
        }
    }

    /// True if the `length` bytes at `a` and `b` are equal: eight at a time, inline (names are
    /// short, and a call to `memcmp` cost more than the comparison). Every load lies inside
    /// both ranges: the last eight bytes are compared by a load ending at `length`.
    @inline(__always)
    private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        let (left, right) = (UnsafeRawPointer(a), UnsafeRawPointer(b))
        guard length >= 8 else {
            var index = 0
            while index < length {
                if a[index] != b[index] { return false }
                index &+= 1
            }
            return true
        }
        var index = 0
        while index &+ 8 < length {
            if left.loadUnaligned(fromByteOffset: index, as: UInt64.self) != right.loadUnaligned(fromByteOffset: index, as: UInt64.self) {
                return false
            }
            index &+= 8
        }
        let tail = length &- 8
        return left.loadUnaligned(fromByteOffset: tail, as: UInt64.self) == right.loadUnaligned(fromByteOffset: tail, as: UInt64.self)
    }

    /// The id of `key`, if it is kept.
    @inline(__always)
    mutating func find(_ key: UnsafePointer<UInt8>, _ length: Int) -> Int? {
        if last >= 0, equals(last, key, length) { return last }
        let h = ByteKeyCache.hash(key, length)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { return nil }
            if hashes[id] == h, equals(id, key, length) {
                last = id
                return id
            }
            slot = (slot + 1) & mask
        }
    }

    /// Keeps `key` (not yet kept, and the cache not full) and returns its id.
    mutating func insert(_ key: UnsafePointer<UInt8>, _ length: Int) -> Int {
        let id = offsets.count
        offsets.append(arena.count)
        lengths.append(length)
        arena.append(contentsOf: UnsafeBufferPointer(start: key, count: length))
        hashes.append(ByteKeyCache.hash(key, length))
        if (id + 1) * 2 > slots.count { rehash(slots.count * 2) } else { place(id) }
        last = id
        return id
    }

    private mutating func place(_ id: Int) {
        var slot = Int(truncatingIfNeeded: hashes[id]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id)
    }

    private mutating func rehash(_ size: Int) {
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for id in 0..<offsets.count { place(id) }
    }
}
