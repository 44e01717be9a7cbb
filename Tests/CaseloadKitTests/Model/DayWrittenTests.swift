@testable import CaseloadKit
import Testing

/// Dates as people write them: ISO and the Danish forms, each checked against the calendar.
@Suite struct DayWrittenTests {
    @Test func acceptsISOAndTheDanishForms() {
        let march1 = Day(iso: "2017-03-01")
        for text in ["2017-03-01", "01-03-2017", "1-3-2017", "01.03.2017", "1.3.2017", "01.3.2017"] {
            #expect(Day(written: text) == march1, "\(text)")
        }
        #expect(Day(written: "29.02.2016") == Day(iso: "2016-02-29"))
    }

    @Test func refusesOtherShapes() {
        for text in ["1/3/2017", "01-03-17", "1.3.17", "2017.03.01", "01-03.2017", "2017-3-1", "001-03-2017",
                     "1.3.2017.", ".1.3.2017", "1..3.2017", "", "2017-03-01T00", "01-03-20170"] {
            #expect(Day.parse(written: text) == .failure(.notADate), "\(text)")
        }
    }

    @Test func saysWhyADayDoesNotExist() {
        #expect(Day.parse(written: "31-02-2017") == .failure(.noSuchDay(year: 2017, month: 2, day: 31)))
        #expect(Day.parse(written: "2017-04-31") == .failure(.noSuchDay(year: 2017, month: 4, day: 31)))
        #expect(Day.parse(written: "29.2.2017") == .failure(.noSuchDay(year: 2017, month: 2, day: 29)))
        #expect(Day.parse(written: "01-13-2017") == .failure(.noSuchMonth(13)))
        #expect(Day.parse(written: "0.4.2017") == .failure(.noSuchDay(year: 2017, month: 4, day: 0)))
    }

    @Test func theBytePathAgreesWithTheTextPath() {
        for text in ["01-03-2017", "1.3.2017", "31-02-2017", "2017-03-01", "x"] {
            let bytes = Array(text.utf8)
            let ordinal = bytes.withUnsafeBufferPointer { Day.ordinal(written: $0.baseAddress!, count: $0.count) }
            #expect(ordinal == Day(written: text)?.ordinal, "\(text)")
        }
    }

    @Test func messagesSayWhyInBothLanguages() {
        #expect(Message.cellNotADate("fra", "31-02-2017") == Message(
            en: "fra \"31-02-2017\" is not a date: February 2017 has 28 days",
            da: "fra \"31-02-2017\" er ikke en dato: februar 2017 har 28 dage"))
        #expect(Message.cellNotADate("til", "01-13-2017") == Message(
            en: "til \"01-13-2017\" is not a date: there is no month 13 (the day comes first: 01-03-2017 is 1 March 2017)",
            da: "til \"01-13-2017\" er ikke en dato: der er ingen måned 13 (dagen står først: 01-03-2017 er 1. marts 2017)"))
        #expect(Message.cellNotADate("fra", "1/3/2017") == Message(
            en: "fra \"1/3/2017\" is not a date; write it as 2017-03-01, 01-03-2017 or 1.3.2017",
            da: "fra \"1/3/2017\" er ikke en dato; skriv den som 2017-03-01, 01-03-2017 eller 1.3.2017"))
    }
}
