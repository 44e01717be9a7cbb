/// A `beloeb` value in the form budget files write it, read straight into øre: `-?d+(.d{1,2})?`
/// in ASCII, at most 16 integer digits, within ±10^13 kr. Any other spelling (white space, a
/// `+`, a leading `.`, more decimals, past the limit) is left to `NumberParser`, which has the
/// full `xs:decimal` grammar and the rules that make an amount an error; both give the same
/// øre for every value this one reads.
enum PlainAmount {
    /// The amount of the NUL-terminated `text` in øre, or nil if it is not in the plain form.
    static func oere(_ text: UnsafePointer<UInt8>) -> Int64? {
        var index = 0
        let negative = text[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var units: Int64 = 0
        let integerStart = index
        while isDigit(text[index]) {
            units = units * 10 + Int64(text[index] &- 0x30)
            index += 1
            guard index - integerStart <= 16 else { return nil }
        }
        guard index > integerStart else { return nil }
        var decimals = 0
        if text[index] == UInt8(ascii: ".") {
            index += 1
            while isDigit(text[index]) {
                guard decimals < 2 else { return nil }
                units = units * 10 + Int64(text[index] &- 0x30)
                decimals += 1
                index += 1
            }
            guard decimals > 0 else { return nil }
        }
        guard text[index] == 0 else { return nil }
        for _ in decimals..<2 { units *= 10 }
        guard units <= Kroner.limit.oere else { return nil }
        return negative ? -units : units
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}
