/// The omfang cell of a case row: a fast path for plain decimals, and `CellParser`'s rules
/// (and messages) for everything else.
enum OmfangCell {
    /// The omfang of a plain decimal (`0,5`, `1`, `0,25`) in (0, 1], in units of 10^-18;
    /// `nil` for anything else, which `read(_:style:masked:)` then reads or reports.
    @inline(__always)
    static func simple(_ pointer: UnsafePointer<UInt8>, _ count: Int, decimalSign: UInt8) -> Int64? {
        var integer: Int64 = 0
        var index = 0
        while index < count, pointer[index] &- 0x30 < 10 {
            integer = integer * 10 + Int64(pointer[index] &- 0x30)
            index += 1
            if index > 18 { return nil }
        }
        guard index > 0, integer <= 1 else { return nil }
        var units = integer * Omfang.full.units
        if index < count {
            guard pointer[index] == decimalSign, count - index - 1 >= 1, count - index - 1 <= 18 else { return nil }
            var scale = Omfang.full.units / 10
            index += 1
            while index < count {
                let digit = pointer[index] &- 0x30
                guard digit < 10 else { return nil }
                units += Int64(digit) * scale
                scale /= 10
                index += 1
            }
        }
        return units > 0 && units <= Omfang.full.units ? units : nil
    }

    /// An omfang cell as `CellParser` reads it: its units, or the error for it.
    static func read(_ text: String, style: NumberStyle, masked: String?) -> (units: Int64?, problem: Message?) {
        let label = "omfang"
        switch NumberParser.parse(text, .csv(style)) {
        case .success(let value):
            if let units = value.units(scaledTo: Omfang.maxDecimals), units > 0, units <= Int128(Omfang.full.units) {
                return (Int64(units), nil)
            } else if value.scale > Omfang.maxDecimals {
                return (nil, .omfangTooManyDecimals(text, decimals: Omfang.maxDecimals, case: masked))
            } else {
                return (nil, .omfangOutOfRange(text, case: masked))
            }
        case .failure(.tooLong):
            return (nil, .tooManyDigits(label, text))
        case .failure(.malformed):
            return (nil, .notANumber(label, text, style: style))
        }
    }
}
