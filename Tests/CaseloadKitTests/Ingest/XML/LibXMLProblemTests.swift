@testable import CaseloadKit
import Testing

/// libxml2's common errors in plain words, in both languages, with libxml2's text kept after them.
@Suite struct LibXMLProblemTests {
    static let rates = "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n"

    func messages(_ xml: String, _ language: Language) throws -> [String] {
        let scenario = try Scenario(["Input/budget/b.xml": xml, "Input/takster/t.csv": Self.rates], municipalities: ["Ishøj"])
        return try scenario.evaluate().diagnostics.diagnostics.filter { $0.severity == .error }.map { $0.rendered(language) }
    }

    @Test func aDecimalCommaAndAMissingAttributeInDanish() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <budget xmlns="urn:caseload:budget:1" kommune="Ishøj" aar="2017">
              <post ydelse="A-dagpenge" beloeb="1.234,50"/>
              <post ydelse="A-dagpenge"/>
            </budget>

            """
        #expect(try messages(xml, .da) == [
            "Input/budget/b.xml:3: fejl: beloeb \"1.234,50\" har decimalkomma; beløb i XML har decimalpunktum og ingen tusindtalsseparatorer, f.eks. 1234.50 (libxml2: Element 'post', attribute 'beloeb': '1.234,50' is not a valid value of the atomic type 'Amount'.)",
            "Input/budget/b.xml:4: fejl: <post> mangler attributten beloeb, som er påkrævet (libxml2: Element 'post': The attribute 'beloeb' is required but missing.)",
        ])
    }

    @Test func anEmptyAndACutOffFileInDanish() throws {
        #expect(try messages("", .da) == [
            "Input/budget/b.xml:1:1: fejl: filen er tom; en budgetfil indeholder et <budget>-element (se caseload schema) (libxml2: Extra content at the end of the document)",
        ])
        let cut = "<?xml version=\"1.0\"?>\n<budget xmlns=\"urn:caseload:budget:1\" kommune=\"Ishøj\" aar=\"2017\">\n  <post ydelse=\"A-dagpenge\" beloeb=\"1\"/>\n"
        #expect(try messages(cut, .da) == [
            "Input/budget/b.xml:3:41: fejl: filen slutter, før <budget> fra linje 2 er lukket: den ser afskåret ud; kopiér eller eksportér hele filen igen (libxml2: Extra content at the end of the document)",
        ])
    }

    @Test func anErrorWithoutPlainWordsKeepsLibxml2sText() throws {
        let xml = "<?xml version=\"1.0\"?>\n<budget xmlns=\"urn:caseload:budget:1\" kommune=\"Ishøj\" aar=\"2017\">\n  <post ydelse=\"A&amp\" beloeb=\"1\"/>\n</budget>\n"
        let shown = try messages(xml, .en)
        #expect(shown.count == 1)
        #expect(shown.first?.contains("(libxml2:") == false)
    }

    @Test func theSubjectOfASchemaMessage() {
        #expect(LibXMLProblem.localName("{urn:x}budget") == "budget")
        #expect(LibXMLProblem.localName("post") == "post")
    }
}
