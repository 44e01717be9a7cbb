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
        if let (negative, magnitude) = value.roundedUnits128(decimals: decimals) {
            return string(negative: negative && magnitude != 0, magnitude: magnitude, decimals: decimals)
        }
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

    /// The same text from a magnitude that fits in 128 bits, written byte by byte (a report
    /// writes some 100,000 figures: no BigInt and no `String` per digit group).
    private func string(negative: Bool, magnitude: UInt128, decimals: Int) -> String {
        if magnitude <= UInt128(UInt64.max) { return string(negative: negative, word: UInt64(magnitude), decimals: decimals) }
        return string(negative: negative, wide: magnitude, decimals: decimals)
    }

    /// The text of a magnitude of one word (nearly every figure), written straight into the
    /// string's own storage from its last byte back: no array of digits or bytes (a text of up
    /// to 15 bytes is then held in the `String` value itself, with no allocation at all).
    private func string(negative: Bool, word value: UInt64, decimals: Int) -> String {
        var digitCount = 1
        var rest = value / 10
        while rest > 0 { (digitCount, rest) = (digitCount + 1, rest / 10) }
        let integerDigits = max(digitCount, decimals + 1) - decimals
        let separators = self == .danish ? (integerDigits - 1) / 3 : 0
        let length = (negative ? 1 : 0) + integerDigits + separators + (decimals > 0 ? decimals + 1 : 0)
        let decimalSign = self == .machine ? UInt8(ascii: ".") : UInt8(ascii: ",")
        return String(unsafeUninitializedCapacity: length) { buffer in
            // `length` counts every byte written below, so `index` stays within 0..<length.
            var index = length
            var rest = value
            for _ in 0..<decimals {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            if decimals > 0 {
                index -= 1
                buffer[index] = decimalSign
            }
            for position in 0..<integerDigits {
                if separators > 0, position > 0, position % 3 == 0 {
                    index -= 1
                    buffer[index] = UInt8(ascii: ".")
                }
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            if negative {
                index -= 1
                buffer[index] = UInt8(ascii: "-")
            }
            return length
        }
    }

    /// The text of a magnitude of more than one word.
    private func string(negative: Bool, wide magnitude: UInt128, decimals: Int) -> String {
        // The digits, least significant first, at least `decimals + 1` of them.
        var digits: [UInt8] = []
        digits.reserveCapacity(40)
        var rest = magnitude
        while rest > UInt128(UInt64.max) {
            digits.append(UInt8(truncatingIfNeeded: rest % 10))
            rest /= 10
        }
        var word = UInt64(rest)
        repeat {
            digits.append(UInt8(truncatingIfNeeded: word % 10))
            word /= 10
        } while word > 0
        while digits.count <= decimals { digits.append(0) }
        let integerDigits = digits.count - decimals
        let (separator, grouping): (UInt8, UInt8?) = self == .machine ? (UInt8(ascii: "."), nil) : (UInt8(ascii: ","), UInt8(ascii: "."))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count + digits.count / 3 + 3)
        if negative { bytes.append(UInt8(ascii: "-")) }
        for offset in 0..<integerDigits {
            if let grouping, offset > 0, (integerDigits - offset) % 3 == 0 { bytes.append(grouping) }
            bytes.append(UInt8(ascii: "0") + digits[digits.count - 1 - offset])
        }
        if decimals > 0 {
            bytes.append(separator)
            for index in stride(from: decimals - 1, through: 0, by: -1) { bytes.append(UInt8(ascii: "0") + digits[index]) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
