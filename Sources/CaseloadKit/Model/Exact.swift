import BigInt

/// An exact rational number: every figure is computed with these and rounded once, when written.
///
/// Kroner, rates and helårspersoner are all finite decimals or quotients of them, so a
/// fraction of two big integers holds every intermediate value without loss.
public struct Exact: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The numerator, sign carrier of the value.
    public let numerator: BigInt
    /// The denominator, always positive and coprime with the numerator.
    public let denominator: BigInt

    /// Creates `numerator / denominator`, reduced. The denominator must not be zero.
    public init(_ numerator: BigInt, over denominator: BigInt) {
        precondition(!denominator.isZero, "Exact: division by zero")
        var n = numerator
        var d = denominator
        if d.sign == .minus { n = -n; d = -d }
        if let (small, smallDenominator) = Exact.reduced128(n.magnitude, d.magnitude) {
            // Both fit in 128 bits (nearly every figure here): the same reduction without BigInt's gcd.
            n = small.isZero ? BigInt(0) : BigInt(sign: n.sign, magnitude: small)
            d = BigInt(smallDenominator)
        } else {
            let g = n.greatestCommonDivisor(with: d)
            if g > 1 { n /= g; d /= g }
        }
        self.numerator = n
        self.denominator = n.isZero ? 1 : d
    }

    /// `n / d` reduced with 128-bit integers, if both fit in them.
    private static func reduced128(_ n: BigUInt, _ d: BigUInt) -> (BigUInt, BigUInt)? {
        guard let a = uint128(n), let b = uint128(d) else { return nil }
        let g = gcd(a, b)
        guard g > 1 else { return (n, d) }
        return (bigUInt(a / g), bigUInt(b / g))
    }

    private static func uint128(_ value: BigUInt) -> UInt128? {
        let words = value.words
        guard words.count <= 2 else { return nil }
        var result: UInt128 = 0
        for (index, word) in words.enumerated() { result |= UInt128(word) << (64 * index) }
        return result
    }

    private static func bigUInt(_ value: UInt128) -> BigUInt {
        BigUInt(words: [UInt(truncatingIfNeeded: value), UInt(truncatingIfNeeded: value >> 64)])
    }

    /// gcd of two magnitudes (the one binary gcd, `UInt128.gcd`).
    private static func gcd(_ x: UInt128, _ y: UInt128) -> UInt128 { UInt128.gcd(x, y) }

    /// An integer value.
    public init(_ integer: Int) { self.init(BigInt(integer), over: 1) }

    /// A decimal value `units × 10^-scale` (e.g. units 150, scale 2 is 1.50).
    public init(units: BigInt, scale: Int) {
        self.init(units, over: BigInt(10).power(scale))
    }

    /// Zero.
    public static let zero = Exact(0)

    /// True for zero.
    public var isZero: Bool { numerator.isZero }

    public static func + (a: Exact, b: Exact) -> Exact {
        if a.denominator == b.denominator { return Exact(a.numerator + b.numerator, over: a.denominator) }
        // Over the least common denominator when the denominators fit in 128 bits: the sum
        // then usually fits too and is reduced without BigInt's gcd (same value, same result).
        if let da = uint128(a.denominator.magnitude), let db = uint128(b.denominator.magnitude) {
            let g = gcd(da, db)
            let (lcm, overflow) = da.multipliedReportingOverflow(by: db / g)
            if !overflow {
                return Exact(a.numerator * BigInt(bigUInt(db / g)) + b.numerator * BigInt(bigUInt(da / g)),
                             over: BigInt(bigUInt(lcm)))
            }
        }
        return Exact(a.numerator * b.denominator + b.numerator * a.denominator, over: a.denominator * b.denominator)
    }

    public static func - (a: Exact, b: Exact) -> Exact { a + Exact(-b.numerator, over: b.denominator) }

    public static func * (a: Exact, b: Exact) -> Exact {
        Exact(a.numerator * b.numerator, over: a.denominator * b.denominator)
    }

    /// Division; `b` must not be zero.
    public static func / (a: Exact, b: Exact) -> Exact {
        Exact(a.numerator * b.denominator, over: a.denominator * b.numerator)
    }

    public static func < (a: Exact, b: Exact) -> Bool {
        // Cross products in 128 bits when every part fits in 64 (rates, kroner): no BigInt.
        if a.numerator.magnitude.words.count <= 1, a.denominator.magnitude.words.count <= 1,
           b.numerator.magnitude.words.count <= 1, b.denominator.magnitude.words.count <= 1 {
            let signA = a.numerator.sign == .minus && !a.numerator.isZero
            let signB = b.numerator.sign == .minus && !b.numerator.isZero
            if signA != signB { return signA }
            let left = UInt128(UInt(a.numerator.magnitude)) * UInt128(UInt(b.denominator.magnitude))
            let right = UInt128(UInt(b.numerator.magnitude)) * UInt128(UInt(a.denominator.magnitude))
            return signA ? left > right : left < right
        }
        return a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// The value × 10^decimals, rounded half away from zero to an integer.
    ///
    /// This is the one place in the project where a value is rounded.
    public func roundedUnits(decimals: Int) -> BigInt {
        if decimals <= 19, let n = Exact.uint128(numerator.magnitude), let d = Exact.uint128(denominator.magnitude) {
            var power: UInt128 = 1
            for _ in 0..<decimals { power *= 10 }
            let (scaled, overflow) = n.multipliedReportingOverflow(by: power)
            if !overflow {
                // The same rounding in 128-bit integers.
                let (q, r) = scaled.quotientAndRemainder(dividingBy: d)
                let magnitude = BigUInt(words: [UInt(truncatingIfNeeded: r >= d - r ? q + 1 : q),
                                                UInt(truncatingIfNeeded: (r >= d - r ? q + 1 : q) >> 64)])
                return numerator.sign == .minus ? -BigInt(magnitude) : BigInt(magnitude)
            }
        }
        let scaled = numerator.magnitude * BigUInt(10).power(decimals)
        let (q, r) = scaled.quotientAndRemainder(dividingBy: denominator.magnitude)
        let magnitude = (r * 2 >= denominator.magnitude) ? q + 1 : q
        return numerator.sign == .minus ? -BigInt(magnitude) : BigInt(magnitude)
    }

    /// Sum of a sequence of values; `nil` when the sequence is empty.
    ///
    /// The terms are added over the least common denominator so far and the sum is reduced
    /// once at the end: the same value as adding them one by one, without a gcd of two large
    /// numbers per term (a column of helårspersoner over 98 rates has a denominator of
    /// thousands of bits).
    public static func sum<S: Sequence>(_ values: S) -> Exact? where S.Element == Exact {
        var iterator = values.makeIterator()
        guard let first = iterator.next() else { return nil }
        var numerator = first.numerator
        var denominator = first.denominator
        var terms = 1
        while let value = iterator.next() {
            terms += 1
            if value.denominator == denominator {
                numerator += value.numerator
                continue
            }
            let g = commonDivisor(denominator, value.denominator)
            let factor = g == 1 ? value.denominator : value.denominator / g
            numerator = numerator * factor + value.numerator * (g == 1 ? denominator : denominator / g)
            denominator *= factor
        }
        return terms == 1 ? first : Exact(numerator, over: denominator)
    }

    /// gcd(a, b) of positive values; a word-sized `b` (the usual denominator) by one remainder
    /// of `a` and 128-bit steps, not BigInt's gcd of two long numbers.
    private static func commonDivisor(_ a: BigInt, _ b: BigInt) -> BigInt {
        if let small = uint128(b.magnitude), small <= UInt128(UInt64.max) {
            let remainder = a.magnitude % BigUInt(UInt64(small))
            return BigInt(bigUInt(gcd(small, uint128(remainder) ?? 0)))
        }
        return a.greatestCommonDivisor(with: b)
    }

    /// The value × 10^decimals rounded half away from zero, as `roundedUnits(decimals:)`,
    /// when it fits in 128 bits: its sign and magnitude; `nil` otherwise.
    func roundedUnits128(decimals: Int) -> (negative: Bool, magnitude: UInt128)? {
        guard decimals <= 19, let n = Exact.uint128(numerator.magnitude), let d = Exact.uint128(denominator.magnitude) else {
            return nil
        }
        var power: UInt128 = 1
        for _ in 0..<decimals { power *= 10 }
        let (scaled, overflow) = n.multipliedReportingOverflow(by: power)
        guard !overflow else { return nil }
        let (q, r) = scaled.quotientAndRemainder(dividingBy: d)
        return (numerator.sign == .minus && !numerator.isZero, r >= d - r ? q + 1 : q)
    }

    public var description: String { "\(numerator)/\(denominator)" }
}
