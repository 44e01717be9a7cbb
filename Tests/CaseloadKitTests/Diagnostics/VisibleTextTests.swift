@testable import CaseloadKit
import Testing

@Suite struct VisibleTextTests {
    @Test func invisibleCharactersAreSpelledOut() {
        #expect(VisibleText.escape("Forsikrede\u{00A0}i løntilskud") == "Forsikrede<U+00A0>i løntilskud")
        #expect(VisibleText.escape("a\u{0}b\tc\r\n") == "a<U+0000>b<U+0009>c<U+000D><U+000A>")
        #expect(VisibleText.escape("\u{FEFF}kommune\u{200B}") == "<U+FEFF>kommune<U+200B>")
        #expect(VisibleText.escape("\u{1B}[31mrød") == "<U+001B>[31mrød")
        #expect(VisibleText.escape("Ishøj, Vallensbæk og Ærø") == "Ishøj, Vallensbæk og Ærø")
    }

    @Test func aDiagnosticNeverCarriesThemToTheTerminal() {
        let diagnostic = Diagnostic(.error, .unknownBenefit("Kontant\u{00A0}hjælp\u{0}", nearest: []), at: SourceLocation(file: "a\tb.csv", line: 2))
        #expect(diagnostic.description == "a<U+0009>b.csv:2: error: unknown benefit \"Kontant<U+00A0>hjælp<U+0000>\"; add it to the catalog")
        #expect(diagnostic.rendered(.da) == "a<U+0009>b.csv:2: fejl: ukendt ydelse \"Kontant<U+00A0>hjælp<U+0000>\"; tilføj den til kataloget")
    }

    @Test func cprNumbersAreMaskedButOtherNumbersAreNot() {
        #expect(PersonalData.scrub("case 010203-1234 and 3112991239") == "case ******-**34 and ********39")
        #expect(PersonalData.scrub("beløb 1234567890 and 9999999999") == "beløb 1234567890 and 9999999999")
    }
}
