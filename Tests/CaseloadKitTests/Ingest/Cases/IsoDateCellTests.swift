@testable import CaseloadKit
import Foundation
import Testing

/// The case reader's ISO date fast path gives what `Day.ordinal(iso:count:)` gives.
@Suite struct IsoDateCellTests {
    private func both(_ text: String) -> (fast: Int?, reference: Int?) {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return (nil, nil) }
            return (IsoDateCell.ordinal(base, count: buffer.count), Day.ordinal(iso: base, count: buffer.count))
        }
    }

    @Test func everyDayOfFourCenturiesAndTheirNeighbours() {
        // 1899-12-01 … 2300-01-31, and day 0, 29, 30, 31 and 32 of every month.
        var mismatches: [String] = []
        for year in [0, 4, 100, 400, 1600, 1899, 1900, 2000, 2100, 2199, 2200, 2400, 9999] + Array(1896...2204) {
            for month in 0...13 {
                for day in 0...32 {
                    let text = String(format: "%04d-%02d-%02d", year, month, day)
                    let (fast, reference) = both(text)
                    if fast != reference { mismatches.append(text) }
                }
            }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func formsThatAreNotIsoDates() {
        for text in ["", "2017-1-01", "2017-01-1", "2017/01/01", "2017-01-01 ", " 2017-01-01", "2O17-01-01",
                     "2017-0a-01", "2017-01-0:", "2017-01-/1", "20170-1-01", "01-03-2017", "2017-02-29", "2016-02-29",
                     "2017-04-31", "2017-12-31", "0000-02-29", "1900-02-29", "2000-02-29"] {
            let (fast, reference) = both(text)
            #expect(fast == reference, "\(text)")
        }
        #expect(both("2017-12-31").fast == Day(year: 2017, month: 12, day: 31)?.ordinal)
        #expect(both("2017-02-29").fast == nil)
    }
}
