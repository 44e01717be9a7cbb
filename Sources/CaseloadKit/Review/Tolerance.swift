/// The smallest change of a figure that counts: a change whose size is below it is ignored.
/// One number for every column, in the column's own unit (kroner or helårspersoner).
public struct Tolerance: Sendable, Equatable {
    /// The limit, exact.
    public let value: DecimalValue

    /// No tolerance: every change counts.
    public static let none = Tolerance(value: DecimalValue(units: 0, scale: 0))

    private init(value: DecimalValue) {
        self.value = value
    }

    /// Reads `0.5` or `0,5` (no thousands separators); `nil` for anything else or a negative number.
    public init?(_ text: String) {
        let parsed = NumberParser.parse(text, .csv(.international))
        let value: DecimalValue
        if case .success(let international) = parsed {
            value = international
        } else if !text.contains("."), case .success(let danish) = NumberParser.parse(text, .csv(.da)) {
            value = danish
        } else {
            return nil
        }
        guard !value.isNegative else { return nil }
        self.value = value
    }

    /// True if a change of `difference` is at least the tolerance and not zero.
    public func counts(_ difference: Exact) -> Bool {
        guard !difference.isZero else { return false }
        let size = difference < .zero ? Exact.zero - difference : difference
        return !(size < value.exact)
    }
}
