@testable import CaseloadKit
import Foundation
import Testing

/// The flags and goals in the workbook and the HTML report, from the frozen 2017 plan (`PlanFixture`).
@Suite struct FollowUpReportsTests {
    static func shipped() throws -> RunOutcome {
        try PlanFixture().evaluate()
    }

    @Test func theWorkbookHasAFlagSheetAsFlagCSVAndAFollowUpSheetLargestFirst() throws {
        let data = try #require(try Self.shipped().files.first { $0.name == "afstemning.xlsx" }?.data)
        let parts = try XLSXWorkbookTests.parts(data)
        let workbook = try #require(parts.first { $0.path == "xl/workbook.xml" }?.text)
        #expect(workbook.contains("<sheet name=\"Flag (flag.csv)\" sheetId=\"5\" r:id=\"rId5\"/><sheet name=\"Opfølgning\" sheetId=\"6\" r:id=\"rId6\"/>"))
        // The header and the 16 flags are filtered.
        #expect(workbook.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"4\" hidden=\"1\">&#39;Flag (flag.csv)&#39;!$A$1:$K$17</definedName>"))
        let sheet = try #require(parts.first { $0.path == "xl/worksheets/sheet5.xml" }?.text)
        // The largest first, as in flag.csv: Ishøj's Integrationsydelse, the rate, Vallensbæk's, the deviation,
        // the size in kroner and the threshold as numbers.
        #expect(sheet.contains("<c r=\"F2\" s=\"5\"><v>136364</v></c><c r=\"G2\" s=\"5\"><v>1000032</v></c><c r=\"H2\" s=\"5\"><v>-86.36</v></c><c r=\"I2\" s=\"5\"><v>-56138420</v></c><c r=\"J2\" s=\"5\"><v>50</v></c>"))
        #expect(!sheet.contains("<row r=\"18\">"))
        let followUp = try #require(parts.first { $0.path == "xl/worksheets/sheet6.xml" }?.text)
        // Nr. and the size in kroner are numbers; headings bold (style 11) above each part.
        #expect(followUp.contains("<row r=\"2\"><c r=\"A2\" s=\"11\" t=\"s\">"))
        #expect(followUp.contains("<c r=\"A3\" s=\"3\"><v>1</v></c>"))
        #expect(followUp.contains("<c r=\"E3\" s=\"3\"><v>-56138420</v></c>"))
        #expect(followUp.contains("<row r=\"13\"><c r=\"A13\" s=\"11\" t=\"s\">"))
        #expect(followUp.contains("<c r=\"A14\" s=\"3\"><v>11</v></c>"))
        let strings = try #require(parts.first { $0.path == "xl/sharedStrings.xml" }?.text)
        for text in ["takst_afviger", "De 10 største afvigelser", "Øvrige flag", "Forskel, kr.", "Mål (Bilag 2)"] {
            #expect(strings.contains("<t>\(text)</t>"))
        }
        #expect(strings.contains("Det vedtagne budget svarer til 704 helårspersoner (Vallensbæk 200 + Ishøj 504), 14 flere end målet: budgettet når ikke målet."))
    }

    @Test func theHTMLReportOpensWithTheLargestFlagsAndEndsWithTheGoalsAndTheOthers() throws {
        let html = try #require(try Self.shipped().files.first { $0.name == "rapport.html" }?.contents)
        let parsed = ParsedMarkup(html, html: true)
        #expect(parsed.unexpectedProblems.map(\.description) == [])
        #expect(ParsedMarkup(html, html: false).problems.map(\.description) == [])
        let tables = parsed.elements("table").filter { parsed.attribute("class", of: $0) == "flags" }
        #expect(tables.count == 2)
        #expect(tables.map { parsed.elements("tr", in: $0).count } == [11, 7])
        // The first page: the summary, then the ten largest, before the first municipality's page.
        let largest = try #require(html.range(of: "<h3>De 10 største afvigelser</h3>"))
        #expect(html.range(of: "<h3>Sammenfatning</h3>")!.lowerBound < largest.lowerBound)
        #expect(largest.upperBound < html.range(of: "<section class=\"unit\"")!.lowerBound)
        let section = try #require(parsed.elements("section").first { parsed.attribute("class", of: $0) == "followup" })
        #expect(parsed.elements("h3", in: section).map { parsed.text(of: $0) } == ["Mål (Bilag 2)", "Øvrige flag"])
        #expect(html.contains("<tr><td class=\"number\">7</td><th scope=\"row\">Vallensbæk</th><td>Integrationsydelse</td><td>Takst afviger fra de andre kommuners</td><td class=\"number\">4.318.340</td><td>Taksten er 1.000.032 kr. pr. helårsperson, 633 % over Ishøjs takst på 136.364 kr. (grænse 50 %); tjek budget og helårspersoner.</td></tr>"))
        #expect(html.contains("14 flere end målet: budgettet når ikke målet."))
    }
}
