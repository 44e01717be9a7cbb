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

    /// `value` as a `BigUInt`. A value of one word is built from a `UInt64`, which BigUInt
    /// holds inline; `BigUInt(words:)` would allocate an array for every value.
    static func bigUInt(_ value: UInt128) -> BigUInt {
        if value <= UInt128(UInt64.max) { return BigUInt(integerLiteral: UInt64(value)) }
        return BigUInt(words: [UInt(truncatingIfNeeded: value), UInt(truncatingIfNeeded: value >> 64)])
    }

    /// gcd of two magnitudes (the one binary gcd, `UInt128.gcd`).
    private static func gcd(_ x: UInt128, _ y: UInt128) -> UInt128 { UInt128.gcd(x, y) }

    /// `numerator / denominator` as given: already reduced, the denominator positive.
    private init(reduced numerator: BigInt, _ denominator: BigInt) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// `numerator / denominator` of 128-bit integers (a `SmallFraction`'s), reduced with the
    /// 128-bit gcd; the same value as `init(_:over:)` without BigInt arithmetic. The
    /// denominator must not be zero.
    init(small numerator: Int128, over denominator: Int128) {
        precondition(denominator != 0, "Exact: division by zero")
        var (n, d) = (numerator.magnitude, denominator.magnitude)
        let g = Self.gcd(n, d)
        if g > 1 { (n, d) = (n / g, d / g) }
        guard n != 0 else {
            self.init(reduced: BigInt(), 1)
            return
        }
        let negative = (numerator < 0) != (denominator < 0)
        self.init(reduced: BigInt(sign: negative ? .minus : .plus, magnitude: Self.bigUInt(n)), BigInt(Self.bigUInt(d)))
    }

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

    /// True below zero.
    public var isNegative: Bool { numerator.sign == .minus && !numerator.isZero }

    /// |value|, without reducing again.
    public var absolute: Exact { isNegative ? Exact(reduced: -numerator, denominator) : self }

    public static func + (a: Exact, b: Exact) -> Exact {
        if let sum = small(a, b, { $0.adding($1) }) { return sum }
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

    public static func - (a: Exact, b: Exact) -> Exact { a + Exact(reduced: -b.numerator, b.denominator) }

    public static func * (a: Exact, b: Exact) -> Exact {
        if let product = small(a, b, { $0.multiplied(by: $1) }) { return product }
        return Exact(a.numerator * b.numerator, over: a.denominator * b.denominator)
    }

    /// Division; `b` must not be zero.
    public static func / (a: Exact, b: Exact) -> Exact {
        if !b.isZero, let quotient = small(a, b, { $0.divided(by: $1) }) { return quotient }
        return Exact(a.numerator * b.denominator, over: a.denominator * b.numerator)
    }

    /// `operation` on `a` and `b` as 128-bit fractions, when both and the result fit (nearly
    /// every kroner, rate and level): the same value as with BigInt, without its arithmetic.
    private static func small(_ a: Exact, _ b: Exact, _ operation: (SmallFraction, SmallFraction) -> SmallFraction?) -> Exact? {
        guard let x = SmallFraction(a), let y = SmallFraction(b), let result = operation(x, y) else { return nil }
        return result.exact
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
            } else if let small = word(value.denominator.magnitude) {
                addOverWord(value, small, to: &numerator, over: &denominator)
            } else {
                let g = denominator.greatestCommonDivisor(with: value.denominator)
                let factor = g == 1 ? value.denominator : value.denominator / g
                numerator = numerator * factor + value.numerator * (g == 1 ? denominator : denominator / g)
                denominator *= factor
            }
        }
        return terms == 1 ? first : Exact(numerator, over: denominator)
    }

    /// `numerator / denominator += value`, `value`'s denominator being the one word `small` (the
    /// usual term): the gcd from one remainder of the sum's denominator by it, and the sum's
    /// parts scaled by a word in place, without BigInt division or a BigInt of the factor.
    private static func addOverWord(_ value: Exact, _ small: UInt, to numerator: inout BigInt, over denominator: inout BigInt) {
        let g = UInt(truncatingIfNeeded: gcd(UInt128(small), UInt128(remainder(denominator.magnitude, dividingBy: small))))
        let factor = small / g
        // numerator · factor + value.numerator · (denominator / g), over denominator · factor.
        let scale = g == 1 ? denominator : denominator / BigInt(sign: .plus, magnitude: bigUInt(UInt128(g)))
        if factor != 1 {
            numerator.magnitude.multiply(byWord: factor)
            denominator.magnitude.multiply(byWord: factor)
        }
        if value.numerator.isZero { return }
        if let part = word(value.numerator.magnitude) {
            numerator += BigInt(sign: value.numerator.sign, magnitude: scale.magnitude.multiplied(byWord: part))
        } else {
            numerator += value.numerator * scale
        }
    }

    /// The magnitude as one word, if it fits in one.
    private static func word(_ value: BigUInt) -> UInt? {
        let words = value.words
        switch words.count {
        case 0: return 0
        case 1: return words[words.startIndex]
        default: return nil
        }
    }

    /// `value` mod `divisor` (not 0), a word at a time from the most significant one.
    private static func remainder(_ value: BigUInt, dividingBy divisor: UInt) -> UInt {
        var rest: UInt = 0
        // rest < divisor throughout, so each step's quotient fits in a word.
        for word in value.words.reversed() { rest = divisor.dividingFullWidth((high: rest, low: word)).remainder }
        return rest
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
