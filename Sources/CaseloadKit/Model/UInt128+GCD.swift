extension UInt128 {
    /// Binary gcd (Stein's algorithm) of two magnitudes; gcd(0, b) = b. Shared by `Exact` and
    /// `SmallFraction`, whose values reduce with it while they fit in 128 bits.
    ///
    /// Each step takes the smaller from the larger, so the values shrink; once both fit in 64
    /// bits the rest runs on `UInt64` (a fraction's parts nearly always do after a few steps,
    /// and a 64-bit step is a few instructions where a 128-bit one is many).
    static func gcd(_ x: UInt128, _ y: UInt128) -> UInt128 {
        var a = x
        var b = y
        if a == 0 { return b }
        if b == 0 { return a }
        let shift = (a | b).trailingZeroBitCount
        a >>= a.trailingZeroBitCount
        repeat {
            if (a | b) >> 64 == 0 { return UInt128(UInt64.oddGCD(UInt64(a), UInt64(b))) << shift }
            b >>= b.trailingZeroBitCount
            if a > b { swap(&a, &b) }
            b -= a
        } while b != 0
        return a << shift
    }
}

extension UInt64 {
    /// Stein's steps of `UInt128.gcd` on 64-bit values: gcd of `a` (odd) and `b` (not zero).
    fileprivate static func oddGCD(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var a = a
        var b = b
        repeat {
            b >>= b.trailingZeroBitCount
            if a > b { swap(&a, &b) }
            b -= a
        } while b != 0
        return a
    }
}
