/// A calendar day in the proleptic Gregorian calendar, stored as days since 1970-01-01.
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public let ordinal: Int

    /// Creates a day from its ordinal.
    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Creates a day from year, month (1–12) and day of month; `nil` if no such day exists.
    public init?(year: Int, month: Int, day: Int) {
        guard let ordinal = Day.ordinal(year: year, month: month, day: day) else { return nil }
        self.ordinal = ordinal
    }

    /// The ordinal of a day given by year, month (1–12) and day of month; `nil` if no such
    /// day exists. Integer arithmetic only (H. Hinnant's days-from-civil).
    @inline(__always)
    public static func ordinal(year: Int, month: Int, day: Int) -> Int? {
        guard month >= 1, month <= 12, day >= 1, day <= Day.daysIn(month: month, of: year) else { return nil }
        return civilOrdinal(year: year, month: month, day: day)
    }

    /// The ordinal of year, month (1–12) and day without checking that the day exists
    /// (the day of month only adds to the month's first day).
    @inline(__always)
    static func civilOrdinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The ordinal of an ISO date `YYYY-MM-DD` held in exactly `count` bytes; `nil` unless
    /// it is one (the same rule as `init?(iso:)`).
    @inline(__always)
    static func ordinal(iso bytes: UnsafePointer<UInt8>, count: Int) -> Int? {
        guard count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        var digits = 0
        var ok = true
        @inline(__always) func digit(_ index: Int) -> Int {
            let value = Int(bytes[index]) &- 0x30
            if value < 0 || value > 9 { ok = false }
            return value
        }
        digits = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        let month = digit(5) * 10 + digit(6)
        let day = digit(8) * 10 + digit(9)
        guard ok else { return nil }
        let offset = digits - Day.tableFirstYear
        guard offset >= 0, offset < Day.yearStarts.count, month >= 1, month <= 12 else {
            return ordinal(year: digits, month: month, day: day)
        }
        let leap = Day.isLeap(digits) ? 12 : 0
        guard day >= 1, day <= Day.monthLengths[leap + month - 1] else { return nil }
        return Day.yearStarts[offset] + Day.monthStarts[leap + month - 1] + day - 1
    }

    /// Tables for `ordinal(iso:count:)`: years 1900–2199 by lookup, others by the formula.
    static let tableFirstYear = 1900
    static let yearStarts: [Int] = (1900..<2200).map { civilOrdinal(year: $0, month: 1, day: 1) }
    /// Days before each month, and each month's length: common years, then leap years.
    static let monthStarts: [Int] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334,
                                     0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335]
    static let monthLengths: [Int] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
                                      31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// The first day of a year (every year has one).
    public static func firstDay(of year: Int) -> Day { Day(ordinal: civilOrdinal(year: year, month: 1, day: 1)) }

    /// The last day of a year (every year has one).
    public static func lastDay(of year: Int) -> Day { Day(ordinal: civilOrdinal(year: year, month: 12, day: 31)) }

    /// Parses an ISO date `YYYY-MM-DD` exactly (four-digit year, two-digit month and day).
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for b in bytes[range] {
                guard (0x30...0x39).contains(b) else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The day after this one.
    public var next: Day { Day(ordinal: ordinal + 1) }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    /// True for leap years of the Gregorian calendar.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in a month.
    public static func daysIn(month: Int, of year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO form, `2017-09-30`.
    public var description: String {
        let (y, m, d) = components
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}
