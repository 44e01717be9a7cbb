extension UInt128 {
    /// Binary gcd (Stein's algorithm) of two magnitudes; gcd(0, b) = b. Shared by `Exact` and
    /// `SmallFraction`, whose values reduce with it while they fit in 128 bits.
    static func gcd(_ x: UInt128, _ y: UInt128) -> UInt128 {
        var a = x
        var b = y
        if a == 0 { return b }
        if b == 0 { return a }
        let shift = (a | b).trailingZeroBitCount
        a >>= a.trailingZeroBitCount
        repeat {
            b >>= b.trailingZeroBitCount
            if a > b { swap(&a, &b) }
            b -= a
        } while b != 0
        return a << shift
    }
}
