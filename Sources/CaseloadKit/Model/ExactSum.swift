import BigInt

/// A running sum of `Exact` terms, kept unreduced over the least common denominator so far
/// and reduced once, by `total`. While its parts fit it is a fraction of `Int128`s (a column
/// of figures over the same or a few denominators: no gcd per term when the denominator is
/// the same); from the first term that does not fit, a fraction of BigInts.
struct ExactSum {
    private enum Parts {
        case small(numerator: Int128, denominator: Int128)
        case big(numerator: BigInt, denominator: BigInt)
    }

    private var parts: Parts

    /// A sum of one term.
    init(_ first: Exact) {
        switch first.parts {
        case .small(let numerator, let denominator): parts = .small(numerator: numerator, denominator: denominator)
        case .big(let numerator, let denominator): parts = .big(numerator: numerator, denominator: denominator)
        }
    }

    /// The sum, reduced.
    var total: Exact {
        switch parts {
        case .small(let numerator, let denominator): Exact(small: numerator, over: denominator)
        case .big(let numerator, let denominator): Exact(numerator, over: denominator)
        }
    }

    /// Adds `value`.
    mutating func add(_ value: Exact) {
        if case .small(let n, let d) = parts, case .small(let vn, let vd) = value.parts {
            if let next = Self.smallSum(n, d, vn, vd) {
                parts = .small(numerator: next.numerator, denominator: next.denominator)
                return
            }
        }
        var numerator: BigInt
        var denominator: BigInt
        switch parts {
        case .small(let n, let d):
            numerator = Exact.bigInt(n)
            denominator = Exact.bigInt(d)
        case .big(let n, let d):
            numerator = n
            denominator = d
        }
        // Let go of the stored parts, so that the BigInts below are changed in place, not copied.
        parts = .small(numerator: 0, denominator: 1)
        Self.bigAdd(value, to: &numerator, over: &denominator)
        parts = .big(numerator: numerator, denominator: denominator)
    }

    /// n/d + vn/vd over the least common denominator, unreduced; nil on overflow.
    private static func smallSum(_ n: Int128, _ d: Int128, _ vn: Int128, _ vd: Int128) -> (numerator: Int128, denominator: Int128)? {
        if d == vd {
            let (sum, overflow) = n.addingReportingOverflow(vn)
            return overflow ? nil : (sum, d)
        }
        let g = Int128(UInt128.gcd(d.magnitude, vd.magnitude))
        let (left, o1) = n.multipliedReportingOverflow(by: vd / g)
        let (right, o2) = vn.multipliedReportingOverflow(by: d / g)
        let (sum, o3) = left.addingReportingOverflow(right)
        let (lcm, o4) = d.multipliedReportingOverflow(by: vd / g)
        return o1 || o2 || o3 || o4 || sum == .min ? nil : (sum, lcm)
    }

    /// numerator/denominator += value over their least common denominator, with BigInts.
    private static func bigAdd(_ value: Exact, to numerator: inout BigInt, over denominator: inout BigInt) {
        let (vn, vd) = (value.numerator, value.denominator)
        if vd == denominator {
            numerator += vn
        } else if let small = word(vd.magnitude) {
            addOverWord(vn, small, to: &numerator, over: &denominator)
        } else {
            let g = denominator.greatestCommonDivisor(with: vd)
            let factor = g == 1 ? vd : vd / g
            numerator = numerator * factor + vn * (g == 1 ? denominator : denominator / g)
            denominator *= factor
        }
    }

    /// `numerator / denominator += value / small` (`small` a one-word denominator, the usual
    /// term): the gcd from one remainder of the sum's denominator by it, and the sum's parts
    /// scaled by a word in place, without BigInt division or a BigInt of the factor.
    private static func addOverWord(_ value: BigInt, _ small: UInt, to numerator: inout BigInt, over denominator: inout BigInt) {
        let g = UInt(truncatingIfNeeded: UInt128.gcd(UInt128(small), UInt128(remainder(denominator.magnitude, dividingBy: small))))
        let factor = small / g
        // numerator · factor + value · (denominator / g), over denominator · factor.
        let scale = g == 1 ? denominator : denominator / BigInt(sign: .plus, magnitude: Exact.bigUInt(UInt128(g)))
        if factor != 1 {
            numerator.magnitude.multiply(byWord: factor)
            denominator.magnitude.multiply(byWord: factor)
        }
        if value.isZero { return }
        if let part = word(value.magnitude) {
            numerator += BigInt(sign: value.sign, magnitude: scale.magnitude.multiplied(byWord: part))
        } else {
            numerator += value * scale
        }
    }

    /// The magnitude as one word, if it fits in one.
    private static func word(_ value: BigUInt) -> UInt? {
        let words = value.words
        switch words.count {
        case 0: return 0
        case 1: return words[0]
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
}
