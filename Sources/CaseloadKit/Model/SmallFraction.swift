/// A fraction of two 128-bit integers: the fast form of the forecast's sums (forecast.md).
///
/// Person-days are days × omfang units of 10^-18, so a month's PD(y, i) is an integer over
/// 10^18, which reduces to a small fraction; sums and products of them nearly always fit in
/// 128 bits. Every operation returns nil where it would overflow, and the caller then computes
/// the same value with `Exact`: the value is the same either way, only the time differs.
struct SmallFraction: Sendable, Equatable {
    /// The numerator, sign carrier of the value.
    let numerator: Int128
    /// The denominator, always positive (not necessarily coprime with the numerator).
    let denominator: Int128

    /// `numerator / denominator` as given; `denominator` must be positive.
    private init(unreduced numerator: Int128, _ denominator: Int128) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// `numerator / denominator`, reduced; nil for a zero denominator.
    init?(_ numerator: Int128, over denominator: Int128) {
        guard denominator != 0, numerator != .min, denominator != .min else { return nil }
        let (n, d) = denominator < 0 ? (-numerator, -denominator) : (numerator, denominator)
        let g = Int128(Self.gcd(n.magnitude, d.magnitude))
        self.init(unreduced: n / g, d / g)
    }

    /// An integer.
    init(_ integer: Int) { self.init(unreduced: Int128(integer), 1) }

    /// `exact`, if its numerator and denominator fit.
    init?(_ exact: Exact) {
        guard case .small(let numerator, let denominator) = exact.parts else { return nil }
        self.init(unreduced: numerator, denominator)
    }

    /// True for zero.
    var isZero: Bool { numerator == 0 }

    /// True below zero.
    var isNegative: Bool { numerator < 0 }

    /// The same value as an `Exact` (reduced in 128 bits, no BigInt arithmetic).
    var exact: Exact { Exact(small: numerator, over: denominator) }

    /// `self + other`, nil on overflow.
    func adding(_ other: SmallFraction) -> SmallFraction? {
        if denominator == other.denominator {
            let (sum, overflow) = numerator.addingReportingOverflow(other.numerator)
            return overflow ? nil : SmallFraction(unreduced: sum, denominator)
        }
        let g = Int128(Self.gcd(denominator.magnitude, other.denominator.magnitude))
        let (left, o1) = numerator.multipliedReportingOverflow(by: other.denominator / g)
        let (right, o2) = other.numerator.multipliedReportingOverflow(by: denominator / g)
        let (sum, o3) = left.addingReportingOverflow(right)
        let (lcm, o4) = denominator.multipliedReportingOverflow(by: other.denominator / g)
        return o1 || o2 || o3 || o4 ? nil : SmallFraction(sum, over: lcm)
    }

    /// `self − other`, nil on overflow.
    func subtracting(_ other: SmallFraction) -> SmallFraction? {
        guard other.numerator != .min else { return nil }
        return adding(SmallFraction(unreduced: -other.numerator, other.denominator))
    }

    /// `self × other`, nil on overflow.
    func multiplied(by other: SmallFraction) -> SmallFraction? {
        // Cross-reduce first, so that the products stay as small as the result.
        let g1 = max(1, Int128(Self.gcd(numerator.magnitude, other.denominator.magnitude)))
        let g2 = max(1, Int128(Self.gcd(other.numerator.magnitude, denominator.magnitude)))
        let (n, o1) = (numerator / g1).multipliedReportingOverflow(by: other.numerator / g2)
        let (d, o2) = (denominator / g2).multipliedReportingOverflow(by: other.denominator / g1)
        return o1 || o2 ? nil : SmallFraction(unreduced: n, d)
    }

    /// `self / other`, nil on overflow or when `other` is zero.
    func divided(by other: SmallFraction) -> SmallFraction? {
        guard !other.isZero, other.numerator != .min else { return nil }
        let inverse = other.numerator < 0 ? SmallFraction(unreduced: -other.denominator, -other.numerator)
                                          : SmallFraction(unreduced: other.denominator, other.numerator)
        return multiplied(by: inverse)
    }

    /// `self × integer`, nil on overflow.
    func multiplied(by integer: Int) -> SmallFraction? { multiplied(by: SmallFraction(integer)) }

    /// `self / integer`, nil on overflow or for 0.
    func divided(by integer: Int) -> SmallFraction? { divided(by: SmallFraction(integer)) }

    /// gcd of two magnitudes (the one binary gcd, `UInt128.gcd`).
    static func gcd(_ x: UInt128, _ y: UInt128) -> UInt128 { UInt128.gcd(x, y) }
}
