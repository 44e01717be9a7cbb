@testable import CaseloadKit
import Foundation
import Testing

@Suite struct DayTests {
    @Test func parsesOnlyRealDays() {
        #expect(Day(iso: "2017-02-28") != nil)
        #expect(Day(iso: "2017-02-29") == nil)
        #expect(Day(iso: "2016-02-29") != nil)
        #expect(Day(iso: "2017-02-30") == nil)
        #expect(Day(iso: "2017-13-01") == nil)
        #expect(Day(iso: "2017-1-01") == nil)
        #expect(Day(iso: "17-01-01") == nil)
        #expect(Day(iso: "2017-01-01T00") == nil)
    }

    @Test func roundTripsAndCounts() throws {
        let day = try #require(Day(iso: "2017-09-30"))
        #expect(day.description == "2017-09-30")
        #expect(Day(iso: "1970-01-01")?.ordinal == 0)
        #expect(Period.year(2016).dayCount == 366)
        #expect(Period.year(2017).dayCount == 365)
        #expect(Period.year(1900).dayCount == 365)
        #expect(Period.year(2000).dayCount == 366)
        #expect(Period.month(2, of: 2016).dayCount == 29)
    }

    @Test func overlapClipsToThePeriodAndRunsOpenCasesToItsEnd() throws {
        let year = Period.year(2017)
        #expect(year.overlap(from: Day(iso: "2016-12-01")!, to: Day(iso: "2017-01-31")!) == 31)
        #expect(year.overlap(from: Day(iso: "2017-12-31")!, to: nil) == 1)
        #expect(year.overlap(from: Day(iso: "2018-01-01")!, to: nil) == 0)
        #expect(year.overlap(from: Day(iso: "2015-01-01")!, to: Day(iso: "2016-12-31")!) == 0)
    }

    @Test func isoBytesGiveTheSameDaysAsTheCalendar() {
        // The table (1900–2199) and the formula (other years) against `init(year:month:day:)`.
        for year in [1, 1582, 1899, 1900, 1901, 1999, 2000, 2016, 2017, 2100, 2199, 2200, 2400, 9999] {
            for month in 0...13 {
                for day in 0...32 {
                    var text = Array(String(format: "%04d-%02d-%02d", year, month, day).utf8)
                    let parsed = text.withUnsafeMutableBufferPointer { Day.ordinal(iso: UnsafePointer($0.baseAddress!), count: $0.count) }
                    #expect(parsed == Day(year: year, month: month, day: day)?.ordinal, "\(year)-\(month)-\(day)")
                }
            }
        }
        let bad = Array("2017-0a-01".utf8)
        #expect(bad.withUnsafeBufferPointer { Day.ordinal(iso: $0.baseAddress!, count: 10) } == nil)
        #expect(Array("2016-02-29".utf8).withUnsafeBufferPointer { Day.ordinal(iso: $0.baseAddress!, count: 10) } == Day(year: 2016, month: 2, day: 29)!.ordinal)
    }
}
