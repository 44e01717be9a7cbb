/// The calendar months of a tally's periods, one after another: each period cut at month
/// boundaries into segments (a whole month, or the part of one up to the cut-off), found by
/// day arithmetic once per run. The case reader finds a day's segment by table lookup, so the
/// monthly tally costs a few additions per row and no `Calendar`.
public struct CaseMonths: Sendable {
    /// One month of a period, or the part of it inside the period.
    public struct Segment: Sendable, Equatable {
        /// The period's index in the tally.
        public let period: Int
        /// The calendar year and month (1–12).
        public let year: Int
        public let month: Int
        /// First and last day (ordinals, both included) inside the period.
        public let first: Int
        public let last: Int

        /// The days of the segment.
        public var days: Int { last - first + 1 }
        /// True if the segment is the whole calendar month (not cut by the period's end).
        public var isWholeMonth: Bool { days == Day.daysIn(month: month, of: year) }
    }

    /// Every period's segments, in period order, each period's in calendar order.
    public let segments: [Segment]
    /// The first segment of each period, and one past the last period's last segment.
    let periodStart: [Int]
    /// First and last day of each segment (the hot loop's copies of `segments`).
    let segmentFirst: [Int]
    let segmentLast: [Int]
    /// Where each period's days start in `daySegment`.
    let dayOffset: [Int]
    /// The segment of every day of every period, period after period.
    let daySegment: [Int32]

    /// The months of `periods` (each must start on the first of a month, as years and the
    /// budget year up to a cut-off do; a period that does not still gets correct segments).
    public init(periods: [Period]) {
        var segments: [Segment] = []
        var periodStart: [Int] = []
        var dayOffset: [Int] = []
        var daySegment: [Int32] = []
        for (index, period) in periods.enumerated() {
            periodStart.append(segments.count)
            dayOffset.append(daySegment.count)
            var day = period.first.ordinal
            while day <= period.last.ordinal {
                let (year, month, _) = Day(ordinal: day).components
                let monthLast = Day.civilOrdinal(year: year, month: month, day: 1) + Day.daysIn(month: month, of: year) - 1
                let last = min(monthLast, period.last.ordinal)
                daySegment += repeatElement(Int32(segments.count), count: last - day + 1)
                segments.append(Segment(period: index, year: year, month: month, first: day, last: last))
                day = last + 1
            }
        }
        periodStart.append(segments.count)
        self.segments = segments
        self.periodStart = periodStart
        self.dayOffset = dayOffset
        self.daySegment = daySegment
        segmentFirst = segments.map(\.first)
        segmentLast = segments.map(\.last)
    }

    /// The segments of the period at `index`.
    public func segments(ofPeriod index: Int) -> ArraySlice<Segment> {
        segments[periodStart[index]..<periodStart[index + 1]]
    }

    /// The segment (global index) of `day`, a day inside the period at `period`.
    @inline(__always)
    func segment(of day: Int, period: Int, periodFirst: Int) -> Int {
        Int(daySegment[dayOffset[period] + day - periodFirst])
    }
}
