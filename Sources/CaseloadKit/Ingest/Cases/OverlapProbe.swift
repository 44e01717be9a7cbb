/// How the fast reading keeps a counted case row to find overlaps: one `UInt64` per row, with
/// no case id. A 64-bit fingerprint of the row's sagsid, municipality and benefit (its `key`)
/// chooses one of 256 buckets by its top byte; the word keeps as many of the key's next bits as
/// the days leave room for, then the row's first and last day as offsets from the first day
/// of the run's periods (clipped to them). Sorting the words sorts by key, then first day.
///
/// For a span of four years (11 bits a day) a probe keeps 50 bits of the key: two different
/// ids among 10 million rows share them with odds of about 1 in 20. Such a pair costs only
/// time: the second reading compares the ids themselves.
struct OverlapProbe: Sendable {
    /// The first day (ordinal) of the periods; days are kept as offsets from it.
    let spanFirst: Int
    let spanLast: Int
    /// Bits for each day offset.
    let dayBits: Int

    /// The packing for the run's periods.
    init(periods: [Period]) {
        spanFirst = periods.map(\.first.ordinal).min() ?? 0
        spanLast = max(spanFirst, periods.map(\.last.ordinal).max() ?? 0)
        let width = Int.bitWidth - (spanLast - spanFirst).leadingZeroBitCount
        dayBits = min(24, max(4, width))
    }

    /// The bits of a key that a probe and its bucket keep: equal for equal keys.
    var keyMask: UInt64 { ~UInt64(0) << (2 * dayBits - 8) }

    /// The bucket of a key.
    @inline(__always)
    static func bucket(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 56) }

    /// A row's probe; `from` and `to` are day ordinals, `to` `nil` while open.
    @inline(__always)
    func pack(key: UInt64, from: Int, to: Int?) -> UInt64 {
        let first = UInt64(max(from, spanFirst) - spanFirst)
        let last = UInt64(min(to ?? spanLast, spanLast) - spanFirst)
        return ((key << 8) & (~UInt64(0) << (2 * dayBits))) | first << dayBits | last
    }

    /// The kept bits of a probe's key (as `key & keyMask`), given its bucket.
    func key(of probe: UInt64, bucket: Int) -> UInt64 {
        UInt64(bucket) << 56 | (probe >> (2 * dayBits)) << (2 * dayBits - 8)
    }

    /// The first and last day offsets of a probe.
    func days(of probe: UInt64) -> (first: UInt64, last: UInt64) {
        let mask = (UInt64(1) << dayBits) - 1
        return ((probe >> dayBits) & mask, probe & mask)
    }

    /// The fingerprint of a case id's bytes (trimmed, unescaped) for a municipality position
    /// and a catalog position. Equal ids give equal keys.
    @inline(__always)
    static func key(_ bytes: UnsafePointer<UInt8>, count: Int, municipality: Int, benefit: Int) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: municipality &* 4099 &+ benefit)
        var index = 0
        while index + 8 <= count {
            hash = mix(hash ^ UInt64(littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)))
            index += 8
        }
        var tail = UInt64(count) << 56
        var shift = 0
        while index < count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        return mix(hash ^ tail)
    }

    /// A multiply, then MurmurHash3's 64-bit finaliser.
    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &* 0xBF58_476D_1CE4_E5B9
        z ^= z >> 33
        z = z &* 0xFF51_AFD7_ED55_8CCD
        z ^= z >> 33
        z = z &* 0xC4CE_B9FE_1A85_EC53
        return z ^ (z >> 33)
    }
}
