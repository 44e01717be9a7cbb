import BigInt

/// An exact rational number: every figure is computed with these and rounded once, when written.
///
/// Kroner, rates and helårspersoner are all finite decimals or quotients of them, so a
/// fraction of two big integers holds every intermediate value without loss. Nearly every
/// figure's parts fit in 128 bits; those are held as `Int128`s and computed without BigInt
/// (no allocation, no word arrays), the rest as `BigInt`s. The value is the same either way.
public struct Exact: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The reduced parts of a value, in exactly one form for each value (so that the
    /// synthesized `==` and hash compare values): `small` whenever both parts fit.
    enum Parts: Hashable, Sendable {
        /// Numerator and denominator coprime, the denominator positive, the numerator not
        /// `Int128.min`; zero is 0/1.
        case small(numerator: Int128, denominator: Int128)
        /// The same for parts of which at least one does not fit in `small`.
        indirect case big(numerator: BigInt, denominator: BigInt)
    }

    /// The value's reduced parts.
    let parts: Parts

    /// The numerator, sign carrier of the value.
    public var numerator: BigInt {
        switch parts {
        case .small(let numerator, _): Self.bigInt(numerator)
        case .big(let numerator, _): numerator
        }
    }

    /// The denominator, always positive and coprime with the numerator.
    public var denominator: BigInt {
        switch parts {
        case .small(_, let denominator): Self.bigInt(denominator)
        case .big(_, let denominator): denominator
        }
    }

    /// Creates `numerator / denominator`, reduced. The denominator must not be zero.
    public init(_ numerator: BigInt, over denominator: BigInt) {
        precondition(!denominator.isZero, "Exact: division by zero")
        if let n = Self.uint128(numerator.magnitude), let d = Self.uint128(denominator.magnitude) {
            // Both fit in 128 bits (nearly every figure here): reduced without BigInt's gcd.
            self.init(negative: (numerator.sign == .minus) != (denominator.sign == .minus), n, over: d)
            return
        }
        var n = numerator
        var d = denominator
        if d.sign == .minus { n = -n; d = -d }
        let g = n.greatestCommonDivisor(with: d)
        if g > 1 { n /= g; d /= g }
        self.init(reducedBig: n, d)
    }

    /// `numerator / denominator` of 128-bit integers, reduced with the 128-bit gcd; the same
    /// value as `init(_:over:)` without BigInt. The denominator must not be zero.
    init(small numerator: Int128, over denominator: Int128) {
        precondition(denominator != 0, "Exact: division by zero")
        self.init(negative: (numerator < 0) != (denominator < 0), numerator.magnitude, over: denominator.magnitude)
    }

    /// ±`magnitude / divisor` (divisor not zero), reduced.
    init(negative: Bool, _ magnitude: UInt128, over divisor: UInt128) {
        let g = UInt128.gcd(magnitude, divisor)
        self.init(reducedNegative: negative, magnitude / g, over: divisor / g)
    }

    /// ±`magnitude / divisor`, already coprime, divisor not zero: `small` if both fit.
    init(reducedNegative negative: Bool, _ magnitude: UInt128, over divisor: UInt128) {
        guard magnitude != 0 else {
            parts = .small(numerator: 0, denominator: 1)
            return
        }
        if magnitude <= UInt128(Int128.max), divisor <= UInt128(Int128.max) {
            let n = Int128(magnitude)
            parts = .small(numerator: negative ? -n : n, denominator: Int128(divisor))
        } else {
            let n = BigInt(sign: negative ? .minus : .plus, magnitude: Self.bigUInt(magnitude))
            parts = .big(numerator: n, denominator: BigInt(Self.bigUInt(divisor)))
        }
    }

    /// Parts already reduced, the denominator positive: `small` if they fit.
    init(reducedBig numerator: BigInt, _ denominator: BigInt) {
        if let n = Self.uint128(numerator.magnitude), let d = Self.uint128(denominator.magnitude) {
            self.init(reducedNegative: numerator.sign == .minus, n, over: d)
        } else {
            self.init(parts: .big(numerator: numerator, denominator: denominator))
        }
    }

    /// A value of `parts`, which must be in their one form (`Parts`).
    private init(parts: Parts) { self.parts = parts }

    /// A value in the small form; the parts must meet `Parts.small`'s terms.
    init(reducedSmall numerator: Int128, _ denominator: Int128) {
        parts = .small(numerator: numerator, denominator: denominator)
    }

    /// An integer value.
    public init(_ integer: Int) { self.init(reducedSmall: Int128(integer), 1) }

    /// A decimal value `units × 10^-scale` (e.g. units 150, scale 2 is 1.50).
    public init(units: BigInt, scale: Int) {
        if scale >= 0, scale <= 38, let magnitude = Self.uint128(units.magnitude) {
            self.init(negative: units.sign == .minus, magnitude, over: Self.powerOfTen(scale))
        } else {
            self.init(units, over: BigInt(10).power(scale))
        }
    }

    /// Zero.
    public static let zero = Exact(0)

    /// True for zero.
    public var isZero: Bool {
        switch parts {
        case .small(let numerator, _): numerator == 0
        case .big: false
        }
    }

    /// True below zero.
    public var isNegative: Bool {
        switch parts {
        case .small(let numerator, _): numerator < 0
        case .big(let numerator, _): numerator.sign == .minus
        }
    }

    /// |value|, without reducing again.
    public var absolute: Exact {
        switch parts {
        case .small(let numerator, let denominator): Exact(reducedSmall: abs(numerator), denominator)
        case .big(let numerator, let denominator): Exact(reducedBig: BigInt(numerator.magnitude), denominator)
        }
    }

    public static func < (a: Exact, b: Exact) -> Bool {
        if case .small(let an, let ad) = a.parts, case .small(let bn, let bd) = b.parts {
            // an·bd < bn·ad in 256 bits: no overflow, no BigInt.
            let left = an.multipliedFullWidth(by: bd)
            let right = bn.multipliedFullWidth(by: ad)
            return left.high != right.high ? left.high < right.high : left.low < right.low
        }
        return a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// The value × 10^decimals, rounded half away from zero, to an integer.
    ///
    /// This is the one place in the project where a value is rounded.
    public func roundedUnits(decimals: Int) -> BigInt {
        if let (negative, magnitude) = roundedUnits128(decimals: decimals) {
            return BigInt(sign: negative && magnitude != 0 ? .minus : .plus, magnitude: Self.bigUInt(magnitude))
        }
        let scaled = numerator.magnitude * BigUInt(10).power(decimals)
        let (q, r) = scaled.quotientAndRemainder(dividingBy: denominator.magnitude)
        let magnitude = (r * 2 >= denominator.magnitude) ? q + 1 : q
        return numerator.sign == .minus ? -BigInt(magnitude) : BigInt(magnitude)
    }

    /// The value × 10^decimals rounded half away from zero, as `roundedUnits(decimals:)`,
    /// when it fits in 128 bits: its sign and magnitude; `nil` otherwise.
    func roundedUnits128(decimals: Int) -> (negative: Bool, magnitude: UInt128)? {
        guard decimals >= 0, decimals <= 38 else { return nil }
        let negative: Bool
        let n: UInt128
        let d: UInt128
        switch parts {
        case .small(let numerator, let denominator):
            negative = numerator < 0
            n = numerator.magnitude
            d = denominator.magnitude
        case .big(let numerator, let denominator):
            guard let bn = Self.uint128(numerator.magnitude), let bd = Self.uint128(denominator.magnitude) else { return nil }
            negative = numerator.sign == .minus
            n = bn
            d = bd
        }
        let (scaled, overflow) = n.multipliedReportingOverflow(by: Self.powerOfTen(decimals))
        guard !overflow else { return nil }
        let (q, r) = scaled.quotientAndRemainder(dividingBy: d)
        return (negative, r >= d - r ? q + 1 : q)
    }

    public var description: String { "\(numerator)/\(denominator)" }

    /// 10^`exponent`, 0 ≤ `exponent` ≤ 38.
    static func powerOfTen(_ exponent: Int) -> UInt128 {
        var power: UInt128 = 1
        for _ in 0..<exponent { power *= 10 }
        return power
    }

    /// `value` if it fits in 128 bits. BigInt's word view is opaque to the optimizer (every
    /// `endIndex` is a call), so the count is read once and the words by index.
    static func uint128(_ value: BigUInt) -> UInt128? {
        let words = value.words
        switch words.count {
        case 0: return 0
        case 1: return UInt128(words[0])
        case 2: return UInt128(words[1]) << 64 | UInt128(words[0])
        default: return nil
        }
    }

    /// `value` as a `BigUInt`. A value of one word is built from a `UInt64`, which BigUInt
    /// holds inline; `BigUInt(words:)` would allocate an array for every value.
    static func bigUInt(_ value: UInt128) -> BigUInt {
        if value <= UInt128(UInt64.max) { return BigUInt(integerLiteral: UInt64(value)) }
        return BigUInt(words: [UInt(truncatingIfNeeded: value), UInt(truncatingIfNeeded: value >> 64)])
    }

    /// `value` as a `BigInt`.
    static func bigInt(_ value: Int128) -> BigInt {
        BigInt(sign: value < 0 ? .minus : .plus, magnitude: bigUInt(value.magnitude))
    }
}
