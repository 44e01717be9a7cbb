/// What the fast pass keeps of a counted case row to find overlaps: a 64-bit fingerprint of
/// its sagsid, municipality and benefit, and its days clipped to the run's periods. 16 bytes,
/// no case id: a second reading fetches the rows of the few keys that overlap.
struct OverlapProbe: Comparable {
    /// `OverlapProbe.key(...)` of the row.
    let key: UInt64
    /// First and last day (ordinals), clipped to the first and last day of the periods.
    let from: Int32
    let to: Int32

    static func < (a: OverlapProbe, b: OverlapProbe) -> Bool {
        a.key != b.key ? a.key < b.key : a.from < b.from
    }

    /// The fingerprint of a case id's bytes (trimmed, unescaped) for a municipality position
    /// and a catalog position. Equal ids give equal keys; different ones almost never do, and
    /// the second reading compares the ids themselves.
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

    /// MurmurHash3's 64-bit finaliser, after a multiply.
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
