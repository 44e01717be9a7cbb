/// A closed range of days, both ends included: a year, a month, or a year up to a cut-off.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// The first day.
    public let first: Day
    /// The last day (included).
    public let last: Day

    /// Creates a period; `first` must not be after `last`.
    public init(first: Day, last: Day) {
        precondition(first <= last, "Period: first after last")
        self.first = first
        self.last = last
    }

    /// The whole calendar year.
    public static func year(_ year: Int) -> Period {
        Period(first: Day.firstDay(of: year), last: Day.lastDay(of: year))
    }

    /// One calendar month; `month` must be 1–12 (the readers accept no other).
    public static func month(_ month: Int, of year: Int) -> Period {
        precondition((1...12).contains(month), "Period.month: no month \(month)")
        let first = Day.civilOrdinal(year: year, month: month, day: 1)
        return Period(first: Day(ordinal: first), last: Day(ordinal: first + Day.daysIn(month: month, of: year) - 1))
    }

    /// The number of days, both ends included.
    public var dayCount: Int { last.ordinal - first.ordinal + 1 }

    /// Days of `first...last` (an open end runs to this period's end) inside this period; 0 if none.
    public func overlap(from: Day, to: Day?) -> Int {
        let start = max(from, first)
        let end = min(to ?? last, last)
        return end < start ? 0 : end.ordinal - start.ordinal + 1
    }

    public var description: String { "\(first)–\(last)" }
}
