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
        let g = n.greatestCommonDivisor(with: d)
        if g > 1 { n /= g; d /= g }
        self.numerator = n
        self.denominator = n.isZero ? 1 : d
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

    public static func + (a: Exact, b: Exact) -> Exact {
        if a.denominator == b.denominator { return Exact(a.numerator + b.numerator, over: a.denominator) }
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
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// The value × 10^decimals, rounded half away from zero to an integer.
    ///
    /// This is the one place in the project where a value is rounded.
    public func roundedUnits(decimals: Int) -> BigInt {
        let scaled = numerator.magnitude * BigUInt(10).power(decimals)
        let (q, r) = scaled.quotientAndRemainder(dividingBy: denominator.magnitude)
        let magnitude = (r * 2 >= denominator.magnitude) ? q + 1 : q
        return numerator.sign == .minus ? -BigInt(magnitude) : BigInt(magnitude)
    }

    /// Sum of a sequence of values; `nil` when the sequence is empty.
    public static func sum<S: Sequence>(_ values: S) -> Exact? where S.Element == Exact {
        var total: Exact?
        for value in values { total = (total ?? .zero) + value }
        return total
    }

    public var description: String { "\(numerator)/\(denominator)" }
}
