@testable import CaseloadKit
import Testing

/// The month segments of a tally's periods, by day arithmetic.
@Suite struct CaseMonthsTests {
    @Test func periodsAreCutAtMonthBoundariesAndTheCutoff() {
        let budget = Period(first: Day(year: 2016, month: 1, day: 1)!, last: Day(year: 2016, month: 3, day: 15)!)
        let months = CaseMonths(periods: [budget, .year(2015)])
        #expect(months.segments.count == 3 + 12)
        #expect(months.segments(ofPeriod: 0).map { "\($0.year)-\($0.month) \($0.days) \($0.isWholeMonth)" } == [
            "2016-1 31 true", "2016-2 29 true", "2016-3 15 false",
        ])
        #expect(months.segments(ofPeriod: 1).map(\.days) == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(months.segments(ofPeriod: 1).allSatisfy { $0.period == 1 && $0.year == 2015 && $0.isWholeMonth })
        // Every day of every period finds its own segment.
        for (period, range) in [budget, Period.year(2015)].enumerated() {
            for day in range.first.ordinal...range.last.ordinal {
                let segment = months.segments[months.segment(of: day, period: period, periodFirst: range.first.ordinal)]
                #expect(segment.first <= day && day <= segment.last && segment.period == period)
            }
        }
    }
}
