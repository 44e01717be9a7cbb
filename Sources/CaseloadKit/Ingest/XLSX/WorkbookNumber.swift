/// A number as a workbook stores it (`39038328`, `1234.56`, `1.5E-2`) written as the exact
/// decimal it is, in the run's number style, so that a number cell and a CSV cell go
/// through the same cell parser. No binary floating point: `1.5E-2` is 0,015 exactly.
enum WorkbookNumber {
    /// The most digits written out; a stored number that needs more (`1E-300`) is left as
    /// it is stored, which the cell parser then rejects with its text.
    static let maximumDigits = 60

    /// The stored text as an exact decimal in `style` (`0,015` or `0.015`, no thousands
    /// separator); `nil` if it is not a number.
    static func text(_ stored: String, style: NumberStyle) -> String? {
        guard let parts = parse(stored) else { return nil }
        var digits = parts.digits.drop { $0 == "0" }
        var exponent = parts.exponent
        while exponent < 0, digits.last == "0" {
            digits.removeLast()
            exponent += 1
        }
        if digits.isEmpty { return "0" }
        guard digits.count + abs(exponent) <= maximumDigits else { return stored }
        let sign = parts.negative ? "-" : ""
        if exponent >= 0 { return sign + String(digits) + String(repeating: "0", count: exponent) }
        let fraction = -exponent
        let padded = String(repeating: "0", count: max(0, fraction + 1 - digits.count)) + digits
        let separator = style == .da ? "," : "."
        return sign + String(padded.dropLast(fraction)) + separator + String(padded.suffix(fraction))
    }

    /// Sign, the digits without a decimal sign, and the power of ten they are multiplied by.
    /// Either `.` or `,` is accepted as the decimal sign (both are found in the wild).
    static func parse(_ stored: String) -> (negative: Bool, digits: Substring, exponent: Int)? {
        var text = Substring(stored.trimmingWhitespace())
        var negative = false
        if text.first == "-" || text.first == "+" {
            negative = text.first == "-"
            text = text.dropFirst()
        }
        var mantissa = text
        var exponent = 0
        if let mark = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<mark]
            var power = text[text.index(after: mark)...]
            var negativePower = false
            if power.first == "-" || power.first == "+" {
                negativePower = power.first == "-"
                power = power.dropFirst()
            }
            guard !power.isEmpty, power.count <= 4, power.allSatisfy(\.isASCIIDigit), let value = Int(power) else { return nil }
            exponent = negativePower ? -value : value
        }
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        guard pieces.count <= 2, let whole = pieces.first else { return nil }
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty), (whole + fraction).allSatisfy(\.isASCIIDigit) else { return nil }
        return (negative, Substring(whole + fraction), exponent - fraction.count)
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
