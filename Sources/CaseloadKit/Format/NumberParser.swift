/// Reads numbers strictly: either a number in the declared style, or an error. Never a guess.
///
/// Danish style accepts `39038328`, `39.038.328`, `1.234,56`, `-450.108,00`; international
/// accepts `39038328`, `1234.56`; XML Schema decimals (budget XML) accept `24699999.50`,
/// `+5`, `.5`. Surrounding white space is ignored; anything else is an error.
public enum NumberParser {
    /// What was wrong with a number.
    public enum Failure: Error, Equatable {
        /// Not a number in the style.
        case malformed
        /// More digits than any figure of this kind can have.
        case tooLong
    }

    /// The most significant digits a number may have (integer and decimals together).
    static let maxDigits = 36

    /// The grammar a number is read with.
    public enum Grammar: Sendable {
        /// A CSV cell in the run's number style.
        case csv(NumberStyle)
        /// An `xs:decimal` attribute value.
        case xsdDecimal
    }

    /// Parses `text` in `grammar`.
    public static func parse(_ text: some StringProtocol, _ grammar: Grammar) -> Result<DecimalValue, Failure> {
        var copy = String(text)
        return copy.withUTF8 { parse(utf8: $0, grammar) }
    }

    /// Parses the UTF-8 bytes of a number in `grammar` (the same rules, without a `String`).
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, _ grammar: Grammar) -> Result<DecimalValue, Failure> {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard start < end else { return .failure(.malformed) }

        let (decimalSign, groupSign): (UInt8, UInt8?)
        switch grammar {
        case .csv(.da): (decimalSign, groupSign) = (UInt8(ascii: ","), UInt8(ascii: "."))
        case .csv(.international): (decimalSign, groupSign) = (UInt8(ascii: "."), nil)
        case .xsdDecimal: (decimalSign, groupSign) = (UInt8(ascii: "."), nil)
        }

        var i = start
        var negative = false
        if bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        } else if case .xsdDecimal = grammar, bytes[i] == UInt8(ascii: "+") {
            i += 1
        }

        var units: Int128 = 0
        var digits = 0
        var scale = 0
        func take(_ b: UInt8) -> Bool {
            // Leading zeros do not count towards the digit limit.
            if digits > 0 || b != 0x30 { digits += 1 }
            guard digits <= maxDigits else { return false }
            units = units * 10 + Int128(b - 0x30)
            return true
        }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

        // Integer part: plain digits, or groups of three after a first group of one to three.
        var integerDigits = 0
        var groupLength = 0
        var sawGroupSign = false
        while i < end {
            let b = bytes[i]
            if isDigit(b) {
                guard take(b) else { return .failure(.tooLong) }
                integerDigits += 1
                groupLength += 1
                if sawGroupSign, groupLength > 3 { return .failure(.malformed) }
            } else if let groupSign, b == groupSign {
                // A separator needs one to three digits before it (three after the first)
                // and exactly three after it.
                if groupLength == 0 || groupLength > 3 || (sawGroupSign && groupLength != 3) { return .failure(.malformed) }
                sawGroupSign = true
                groupLength = 0
            } else {
                break
            }
            i += 1
        }
        if sawGroupSign, groupLength != 3 { return .failure(.malformed) }

        var fractionDigits = 0
        if i < end, bytes[i] == decimalSign {
            i += 1
            while i < end, isDigit(bytes[i]) {
                guard take(bytes[i]) else { return .failure(.tooLong) }
                fractionDigits += 1
                i += 1
            }
            scale = fractionDigits
        }
        guard i == end else { return .failure(.malformed) }
        switch grammar {
        case .csv:
            // CSV needs digits before the sign and after it: `0,5`, not `,5` or `5,`.
            if integerDigits == 0 || (scale == 0 && bytes[end - 1] == decimalSign) { return .failure(.malformed) }
        case .xsdDecimal:
            if integerDigits + fractionDigits == 0 { return .failure(.malformed) }
        }
        return .success(DecimalValue(units: negative ? -units : units, scale: scale))
    }
}
