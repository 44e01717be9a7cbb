import BigInt

/// How exact values are written: the one place where numbers become text.
public enum NumberFormat: Sendable {
    /// Machine-readable: `.` decimal sign, no thousands separator (`39038328.00`).
    case machine
    /// Danish for people: `,` decimal sign, `.` between thousands (`39.038.328`).
    case danish

    /// `value` rounded half away from zero to `decimals` decimals; a value that rounds to
    /// zero has no minus sign.
    public func string(_ value: Exact, decimals: Int) -> String {
        let units = value.roundedUnits(decimals: decimals)
        var digits = String(units.magnitude)
        if digits.count <= decimals {
            digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
        }
        let integerPart = digits.dropLast(decimals)
        let fractionPart = digits.suffix(decimals)
        let sign = units.sign == .minus && !units.isZero ? "-" : ""
        switch self {
        case .machine:
            return sign + integerPart + (decimals > 0 ? "." + fractionPart : "")
        case .danish:
            var grouped = ""
            for (offset, character) in integerPart.enumerated() {
                if offset > 0, (integerPart.count - offset) % 3 == 0 { grouped.append(".") }
                grouped.append(character)
            }
            return sign + grouped + (decimals > 0 ? "," + fractionPart : "")
        }
    }
}
