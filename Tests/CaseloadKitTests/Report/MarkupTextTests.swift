@testable import CaseloadKit
import Foundation
import Testing

/// Names from the input come out escaped in the HTML report and in the workbook.
@Suite struct MarkupTextTests {
    @Test func escapesMarkupAndReplacesCharactersXMLCannotHold() {
        #expect(MarkupText.escaped("Løn <&\"tilskud\"> 'x'") == "Løn &lt;&amp;&quot;tilskud&quot;&gt; &#39;x&#39;")
        #expect(MarkupText.escaped("a\u{1}b\u{FFFE}c\td") == "a\u{FFFD}b\u{FFFD}c\td")
        #expect(MarkupText.escaped("Ressourceforløbsydelse") == "Ressourceforløbsydelse")
    }

    static let municipality = "A&B \"<Kommune>\""
    static let benefit = "Løn <&\"tilskud\">"
    static let jobcenter = "Job <&\"center\">"

    static func outcome() throws -> RunOutcome {
        let scenario = try Scenario([
            "Input/ydelser.csv": "id;navn;aliaser\na-dagpenge;\"Løn <&\"\"tilskud\"\">\";\n",
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\n\"A&B \"\"<Kommune>\"\"\";2017;a-dagpenge;1.000\nIshøj;2017;a-dagpenge;2.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;a-dagpenge;500\n",
        ], pipeline: """
        year: 2017
        municipalities: ['A&B "<Kommune>"', Ishøj]
        jobcenter: 'Job <&"center">'
        inputs:
          catalog: Input/ydelser.csv
          budget: Input/budget
          rates: Input/takster

        """)
        let outcome = try scenario.evaluate()
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [])
        return outcome
    }

    @Test func namesAreEscapedInTheHTMLReport() throws {
        let html = try #require(try Self.outcome().files.first { $0.name == "rapport.html" }?.contents)
        for name in [Self.municipality, Self.benefit, Self.jobcenter] {
            #expect(!html.contains(name))
        }
        #expect(html.contains("<h2>A&amp;B &quot;&lt;Kommune&gt;&quot;</h2>"))
        #expect(html.contains("<th scope=\"row\">Løn &lt;&amp;&quot;tilskud&quot;&gt;</th>"))
        let parsed = ParsedMarkup(html, html: true)
        #expect(parsed.unexpectedProblems.map(\.description) == [])
        #expect(parsed.elements("h2").map { parsed.text(of: $0) } == [Self.municipality, "Ishøj", Self.jobcenter + " i alt"])
        let categories = parsed.elements("text").filter { parsed.attribute("class", of: $0) == "category" }.map { parsed.text(of: $0) }
        #expect(categories == [Self.benefit, Self.benefit, Self.benefit])
        #expect(ParsedMarkup(html, html: false).problems.map(\.description) == [])
    }

    @Test func namesAreEscapedInTheWorkbook() throws {
        let data = try #require(try Self.outcome().files.first { $0.name == "afstemning.xlsx" }?.data)
        let parts = try XLSXWorkbookTests.parts(data)
        for part in parts {
            #expect(ParsedMarkup(part.text, html: false).problems.map(\.description) == [], "\(part.path)")
            #expect(!part.text.contains(Self.benefit))
        }
        let workbook = ParsedMarkup(try #require(parts.first { $0.path == "xl/workbook.xml" }?.text), html: false)
        #expect(workbook.elements("sheet").compactMap { workbook.attribute("name", of: $0) }
            == [Self.municipality, "Ishøj", Self.jobcenter, "Data (afstemning.csv)", "Flag (flag.csv)", "Opfølgning"])
        let strings = ParsedMarkup(try #require(parts.first { $0.path == "xl/sharedStrings.xml" }?.text), html: false)
        let texts = strings.elements("t").map { strings.text(of: $0) }
        #expect(texts.contains(Self.benefit))
        #expect(texts.contains(Self.municipality))
    }
}
