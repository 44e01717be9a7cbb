/// Dates as people write them: ISO `2017-03-01`, and the Danish forms `01-03-2017`,
/// `1-3-2017`, `01.03.2017` and `1.3.2017` (day first, then month, then a four-digit year;
/// the same separator twice). The one place that reads a written date: CSV cells, the
/// byte-level case reader's fallback and pipeline.yml's `cutoff` all come here.
extension Day {
    /// Why a text is not a date.
    public enum WrittenProblem: Error, Hashable, Sendable {
        /// Not in any of the accepted forms.
        case notADate
        /// In an accepted form, but there is no such month (`01-13-2017`).
        case noSuchMonth(Int)
        /// In an accepted form, but the month has no such day (`31-02-2017`, `2017-04-31`).
        case noSuchDay(year: Int, month: Int, day: Int)
    }

    /// Reads a date in any of the accepted forms, or says why it is not one.
    public static func parse(written text: some StringProtocol) -> Result<Day, WrittenProblem> {
        let utf8 = Array(text.utf8)
        return utf8.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return .failure(.notADate) }
            return parse(written: base, count: buffer.count)
        }
    }

    /// Reads a date in any of the accepted forms; `nil` if it is not one.
    public init?(written text: some StringProtocol) {
        guard case .success(let day) = Day.parse(written: text) else { return nil }
        self = day
    }

    /// The ordinal of a date in any of the accepted forms held in `count` bytes; `nil` unless
    /// it is one. The case reader's fallback after `ordinal(iso:count:)`.
    static func ordinal(written bytes: UnsafePointer<UInt8>, count: Int) -> Int? {
        guard case .success(let day) = parse(written: bytes, count: count) else { return nil }
        return day.ordinal
    }

    /// Reads a date from bytes, or says why it is not one.
    static func parse(written bytes: UnsafePointer<UInt8>, count: Int) -> Result<Day, WrittenProblem> {
        guard let (year, month, day) = fields(written: bytes, count: count) else { return .failure(.notADate) }
        guard (1...12).contains(month) else { return .failure(.noSuchMonth(month)) }
        guard let ordinal = Day.ordinal(year: year, month: month, day: day) else {
            return .failure(.noSuchDay(year: year, month: month, day: day))
        }
        return .success(Day(ordinal: ordinal))
    }

    /// Year, month and day of a text in one of the accepted forms, not yet checked against
    /// the calendar.
    private static func fields(written bytes: UnsafePointer<UInt8>, count: Int) -> (Int, Int, Int)? {
        // Splits at the separators: three runs of digits with the same separator between them.
        var parts: [(value: Int, digits: Int)] = []
        var separator: UInt8?
        var value = 0
        var digits = 0
        for index in 0..<count {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                value = value * 10 + Int(byte &- 0x30)
                digits += 1
                guard digits <= 4 else { return nil }
            } else if byte == 0x2D || byte == 0x2E, digits > 0, separator == nil || separator == byte, parts.count < 2 {
                separator = byte
                parts.append((value, digits))
                (value, digits) = (0, 0)
            } else {
                return nil
            }
        }
        guard digits > 0, parts.count == 2, let separator else { return nil }
        parts.append((value, digits))
        let widths = parts.map(\.digits)
        if separator == 0x2D, widths == [4, 2, 2] { return (parts[0].value, parts[1].value, parts[2].value) }
        guard parts[0].digits <= 2, parts[1].digits <= 2, parts[2].digits == 4 else { return nil }
        return (parts[2].value, parts[1].value, parts[0].value)
    }
}
