import BigInt

/// Writes an exact value in full where it has a finite decimal form, else to 12 decimals
/// followed by `…`: how an explanation shows a value before it is rounded.
public enum ExactDecimal {
    /// The most decimals written; a value that needs more is cut and marked with `…`.
    public static let maxDecimals = 12

    /// The value in `format`'s style without trailing zeros (`5`, `195,19164`, `0,333333333333…`).
    public static func text(_ value: Exact, _ format: NumberFormat) -> String {
        guard let decimals = finiteDecimals(value) else {
            // Cut, not rounded: the `…` says that more digits follow.
            let digits = BigInt(value.numerator.magnitude * BigUInt(10).power(maxDecimals) / value.denominator.magnitude)
            let cut = Exact(value.numerator.sign == .minus ? -digits : digits, over: BigInt(10).power(maxDecimals))
            return format.string(cut, decimals: maxDecimals) + "…"
        }
        return format.string(value, decimals: decimals)
    }

    /// True if the value has a finite decimal form of at most `decimals` decimals.
    public static func isExact(_ value: Exact, decimals: Int) -> Bool {
        finiteDecimals(value).map { $0 <= decimals } ?? false
    }

    /// The number of decimals of the value's finite decimal form, if it has one within the limit.
    static func finiteDecimals(_ value: Exact) -> Int? {
        for decimals in 0...maxDecimals where (value.numerator * BigInt(10).power(decimals)) % value.denominator == 0 {
            return decimals
        }
        return nil
    }
}
