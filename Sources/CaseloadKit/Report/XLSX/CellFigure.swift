/// A figure rounded once for a number cell: the cell's literal and how wide the Danish text
/// shows, without writing the Danish text (a workbook has a cell for every month of every
/// series: some 100,000 figures).
///
/// Works on the 128-bit units of `Exact.roundedUnits128`; a figure too large for them (none
/// in practice) is `nil`, and the caller takes `NumberFormat`'s text instead.
struct CellFigure {
    /// True for a value below zero that does not round to zero (no `-0`).
    let negative: Bool
    /// The value × 10^decimals, rounded half away from zero, without its sign.
    let units: UInt128
    /// The decimals rounded to.
    let decimals: Int

    /// `value` rounded to `decimals`.
    init?(_ value: Exact, decimals: Int) {
        guard let (negative, units) = value.roundedUnits128(decimals: decimals) else { return nil }
        self.negative = negative && units != 0
        self.units = units
        self.decimals = decimals
    }

    /// The machine decimal without trailing zeros, as `SpreadsheetCell.literal` writes it:
    /// `39038328`, `199.9891`, `0.5`, `-3`.
    var literal: String {
        // Nearly every figure fits in 64 bits, where dividing by 10 is a multiplication.
        if let small = UInt64(exactly: units) { return Self.literal(negative: negative, units: small, decimals: decimals) }
        return Self.literal(negative: negative, units: units, decimals: decimals)
    }

    /// How many characters `NumberFormat.danish` writes for the figure: the sign, the integer
    /// digits with a dot between thousands, and a comma and the decimals.
    var danishWidth: Int {
        let digits = if let small = UInt64(exactly: units) { Self.digitCount(small) } else { Self.digitCount(units) }
        let integerDigits = max(digits - decimals, 1)
        return (negative ? 1 : 0) + integerDigits + (integerDigits - 1) / 3 + (decimals > 0 ? decimals + 1 : 0)
    }

    private static func digitCount<Units: FixedWidthInteger & UnsignedInteger>(_ units: Units) -> Int {
        var digits = 1
        var rest = units / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return digits
    }

    private static func literal<Units: FixedWidthInteger & UnsignedInteger>(negative: Bool, units: Units, decimals: Int) -> String {
        var units = units
        var decimals = decimals
        while decimals > 0, units % 10 == 0 {
            units /= 10
            decimals -= 1
        }
        // At most 39 digits, a point, a leading zero and a sign: 48 bytes, on the stack.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var start = buffer.count
            var rest = units
            var written = 0
            // From the last digit, at least one before the point.
            repeat {
                if decimals > 0, written == decimals {
                    start -= 1
                    buffer[start] = UInt8(ascii: ".")
                }
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
                written += 1
            } while rest > 0 || written <= decimals
            if negative {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }
}
