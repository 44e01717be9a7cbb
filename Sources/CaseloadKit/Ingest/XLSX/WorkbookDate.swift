/// A date cell's number: days since the workbook's epoch. In the 1900 system (Windows Excel)
/// day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was (day 60), so days
/// from 61 on are one less; in the 1904 system (old Mac Excel) day 0 is 1904-01-01. A time
/// of day (the fraction) is left out.
enum WorkbookDate {
    /// The day of a stored serial number; `nil` for no date (negative, day 60 of 1900, beyond 9999).
    static func day(_ stored: String, dates1904: Bool) -> Day? {
        guard let parts = WorkbookNumber.parse(stored), !parts.negative else { return nil }
        // The whole days: the digits without those behind the decimal sign.
        let digits = parts.exponent >= 0 ? String(parts.digits) + String(repeating: "0", count: parts.exponent)
                                         : String(parts.digits.dropLast(min(-parts.exponent, parts.digits.count)))
        guard digits.count <= 7, let serial = digits.isEmpty ? 0 : Int(digits) else { return nil }
        let ordinal: Int
        if dates1904 {
            ordinal = Day.civilOrdinal(year: 1904, month: 1, day: 1) + serial
        } else {
            guard serial != 60, serial >= 1 else { return nil }
            ordinal = Day.civilOrdinal(year: 1899, month: 12, day: serial < 60 ? 31 : 30) + serial
        }
        let day = Day(ordinal: ordinal)
        return day.components.year <= 9999 ? day : nil
    }
}
