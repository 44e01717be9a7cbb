/// The case reader's fast path for a date cell `YYYY-MM-DD`: the same answer as
/// `Day.ordinal(iso:count:)` (tests compare the two over every day of four centuries and
/// the invalid forms), with plain integer arithmetic — no tables behind a lazy global, no
/// overflow-checked steps — since it runs twice for every case row.
enum IsoDateCell {
    /// The ordinal of an ISO date held in exactly `count` bytes; `nil` unless it is one.
    @inline(__always)
    static func ordinal(_ bytes: UnsafePointer<UInt8>, count: Int) -> Int? {
        guard count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        // A byte minus "0" wraps past 9 unless it is a digit.
        let d0 = bytes[0] &- 0x30, d1 = bytes[1] &- 0x30, d2 = bytes[2] &- 0x30, d3 = bytes[3] &- 0x30
        let m0 = bytes[5] &- 0x30, m1 = bytes[6] &- 0x30, t0 = bytes[8] &- 0x30, t1 = bytes[9] &- 0x30
        guard d0 < 10, d1 < 10, d2 < 10, d3 < 10,
              m0 < 10, m1 < 10, t0 < 10, t1 < 10 else { return nil }
        let year = Int(d0) &* 1000 &+ Int(d1) &* 100 &+ Int(d2) &* 10 &+ Int(d3)
        let month = Int(m0) &* 10 &+ Int(m1)
        let day = Int(t0) &* 10 &+ Int(t1)
        guard month >= 1, month <= 12, day >= 1, day <= length(month: month, year: year) else { return nil }
        return Day.civilOrdinal(year: year, month: month, day: day)
    }

    /// The days of a month (1–12) of a year 0–9999.
    @inline(__always)
    private static func length(month: Int, year: Int) -> Int {
        if month == 2 {
            let leap = (year & 3 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        }
        // 31 for January, March, May, July, August, October, December; 30 for the others.
        return 30 &+ ((month ^ (month >> 3)) & 1)
    }
}
