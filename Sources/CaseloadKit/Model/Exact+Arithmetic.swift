import BigInt

/// The four operations. Values whose parts fit in 128 bits are computed in `Int128`/`UInt128`
/// with overflow checks; where a step would overflow, or a part is already a BigInt, the
/// BigInt formula gives the same value.
extension Exact {
    public static func + (a: Exact, b: Exact) -> Exact {
        if case .small(let an, let ad) = a.parts, case .small(let bn, let bd) = b.parts,
           let sum = smallSum(an, ad, bn, bd) {
            return sum
        }
        return bigSum(a, b)
    }

    public static func - (a: Exact, b: Exact) -> Exact { a + b.negated }

    public static func * (a: Exact, b: Exact) -> Exact {
        if case .small(let an, let ad) = a.parts, case .small(let bn, let bd) = b.parts,
           let product = smallProduct(an, ad, bn, bd) {
            return product
        }
        return Exact(a.numerator * b.numerator, over: a.denominator * b.denominator)
    }

    /// Division; `b` must not be zero.
    public static func / (a: Exact, b: Exact) -> Exact {
        precondition(!b.isZero, "Exact: division by zero")
        // × 1/b: b's parts swapped, the sign kept on the numerator (bn is not Int128.min).
        if case .small(let an, let ad) = a.parts, case .small(let bn, let bd) = b.parts,
           let quotient = smallProduct(an, ad, bn < 0 ? -bd : bd, abs(bn)) {
            return quotient
        }
        return Exact(a.numerator * b.denominator, over: a.denominator * b.numerator)
    }

    /// −value, without reducing again.
    var negated: Exact {
        switch parts {
        case .small(let numerator, let denominator): Exact(reducedSmall: -numerator, denominator)
        case .big(let numerator, let denominator): Exact(reducedBig: -numerator, denominator)
        }
    }

    /// an/ad + bn/bd over the least common denominator, reduced once; nil on overflow.
    private static func smallSum(_ an: Int128, _ ad: Int128, _ bn: Int128, _ bd: Int128) -> Exact? {
        if ad == bd {
            let (sum, overflow) = an.addingReportingOverflow(bn)
            return overflow ? nil : Exact(negative: sum < 0, sum.magnitude, over: ad.magnitude)
        }
        let g = Int128(UInt128.gcd(ad.magnitude, bd.magnitude))
        let (left, o1) = an.multipliedReportingOverflow(by: bd / g)
        let (right, o2) = bn.multipliedReportingOverflow(by: ad / g)
        let (sum, o3) = left.addingReportingOverflow(right)
        let (lcm, o4) = ad.multipliedReportingOverflow(by: bd / g)
        return o1 || o2 || o3 || o4 ? nil : Exact(negative: sum < 0, sum.magnitude, over: lcm.magnitude)
    }

    /// (an/ad) × (bn/bd) of reduced fractions (the denominators positive), nil on overflow.
    /// Each numerator is first divided by its gcd with the other denominator; the product of
    /// the parts left is then reduced already, with no gcd of the (larger) products.
    private static func smallProduct(_ an: Int128, _ ad: Int128, _ bn: Int128, _ bd: Int128) -> Exact? {
        let g1 = UInt128.gcd(an.magnitude, bd.magnitude)
        let g2 = UInt128.gcd(bn.magnitude, ad.magnitude)
        let (n, o1) = (an.magnitude / g1).multipliedReportingOverflow(by: bn.magnitude / g2)
        let (d, o2) = (ad.magnitude / g2).multipliedReportingOverflow(by: bd.magnitude / g1)
        return o1 || o2 ? nil : Exact(reducedNegative: (an < 0) != (bn < 0), n, over: d)
    }

    /// a + b with BigInt parts: over the least common denominator when the denominators fit
    /// in 128 bits (the sum is then reduced without a gcd of the full products), else over
    /// their product.
    private static func bigSum(_ a: Exact, _ b: Exact) -> Exact {
        let (an, ad, bn, bd) = (a.numerator, a.denominator, b.numerator, b.denominator)
        if ad == bd { return Exact(an + bn, over: ad) }
        if let da = uint128(ad.magnitude), let db = uint128(bd.magnitude) {
            let g = UInt128.gcd(da, db)
            let (lcm, overflow) = da.multipliedReportingOverflow(by: db / g)
            if !overflow {
                return Exact(an * BigInt(bigUInt(db / g)) + bn * BigInt(bigUInt(da / g)), over: BigInt(bigUInt(lcm)))
            }
        }
        return Exact(an * bd + bn * ad, over: ad * bd)
    }
}
