@testable import CaseloadKit
import Testing

/// Header cells with a unit in parentheses: the unit is left out when columns are matched,
/// unless it scales the figures.
@Suite struct HeaderCellTests {
    @Test func theUnitIsLeftOutOfTheName() {
        let cell = HeaderCell(" Beløb (kr.) ")
        #expect(cell.key == "beloeb" && cell.unit == "kr." && !cell.scalesFigures && cell.isKroner)
        #expect(HeaderCell("helårspersoner (antal)").key == "helaarspersoner")
        #expect(HeaderCell("beløb (2017)").key == "beloeb" && !HeaderCell("beløb (2017)").scalesFigures)
        #expect(HeaderCell("beløb").unit == nil)
        #expect(HeaderCell("(kr.)").key == "(kr.)")
    }

    @Test func unitsThatScaleTheFiguresAreFound() {
        for header in ["beløb (1.000 kr.)", "beløb (t.kr.)", "beløb (tkr)", "beløb (T. KR.)", "beløb (mio. kr.)",
                       "beløb (i mio. kr.)", "beløb (mia. kr.)", "beløb (tusinde kr.)", "omfang (%)", "omfang (pct.)"] {
            #expect(HeaderCell(header).scalesFigures, "\(header)")
        }
        for header in ["beløb (kr.)", "beløb (kr)", "beløb (DKK)", "beløb (i kr.)", "beløb (kroner)", "helårspersoner (antal)"] {
            #expect(!HeaderCell(header).scalesFigures, "\(header)")
        }
    }

    @Test func theErrorNamesTheHeaderInBothLanguages() {
        #expect(Message.scaledUnit(header: "Beløb (t.kr.)", unit: "t.kr.", name: "beløb", kroner: true) == Message(
            en: "column \"Beløb (t.kr.)\" is in t.kr., and caseload does not rescale figures; write the amounts in kroner and the header as \"beløb\" or \"beløb (kr.)\"",
            da: "kolonnen \"Beløb (t.kr.)\" er i t.kr., og caseload omregner ikke tal; skriv beløbene i kroner og overskriften som \"beløb\" eller \"beløb (kr.)\""))
    }
}
