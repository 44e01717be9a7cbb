@testable import CaseloadKit
import Foundation
import Testing

/// The flags and goals in the workbook and the HTML report, from the frozen 2017 plan (`PlanFixture`).
@Suite struct FollowUpReportsTests {
    static func shipped() throws -> RunOutcome {
        try PlanFixture().evaluate()
    }

    @Test func theWorkbookHasAFlagSheetWithNumbersAndTheGoalBelow() throws {
        let data = try #require(try Self.shipped().files.first { $0.name == "afstemning.xlsx" }?.data)
        let parts = try XLSXWorkbookTests.parts(data)
        let workbook = try #require(parts.first { $0.path == "xl/workbook.xml" }?.text)
        #expect(workbook.contains("<sheet name=\"Flag (flag.csv)\" sheetId=\"5\" r:id=\"rId5\"/>"))
        // The header and the 16 flags are filtered; the goal note below is not.
        #expect(workbook.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"4\" hidden=\"1\">&#39;Flag (flag.csv)&#39;!$A$1:$K$17</definedName>"))
        let sheet = try #require(parts.first { $0.path == "xl/worksheets/sheet5.xml" }?.text)
        // Vallensbæk's Integrationsydelse: the rate, Ishøj's, the deviation and the threshold as numbers.
        #expect(sheet.contains("<c r=\"F3\" s=\"5\"><v>1000032</v></c><c r=\"G3\" s=\"5\"><v>136364</v></c><c r=\"H3\" s=\"5\"><v>633.35</v></c><c r=\"I3\" s=\"5\"/><c r=\"J3\" s=\"5\"><v>50</v></c>"))
        #expect(sheet.contains("<row r=\"19\"><c r=\"A19\" s=\"9\" t=\"s\">"))
        let strings = try #require(parts.first { $0.path == "xl/sharedStrings.xml" }?.text)
        #expect(strings.contains("<t>takst_afviger</t>"))
        #expect(strings.contains("Det vedtagne budget svarer til 704 helårspersoner (Vallensbæk 200 + Ishøj 504), 14 flere end målet: budgettet når ikke målet."))
    }

    @Test func theHTMLReportEndsWithTheGoalsAndTheFlags() throws {
        let html = try #require(try Self.shipped().files.first { $0.name == "rapport.html" }?.contents)
        let parsed = ParsedMarkup(html, html: true)
        #expect(parsed.unexpectedProblems.map(\.description) == [])
        #expect(ParsedMarkup(html, html: false).problems.map(\.description) == [])
        let section = try #require(parsed.elements("section").first { parsed.attribute("class", of: $0) == "followup" })
        #expect(parsed.elements("h3", in: section).map { parsed.text(of: $0) } == ["Mål (Bilag 2)", "Flag til opfølgning"])
        #expect(parsed.elements("tr", in: section).count == 17)
        #expect(html.contains("<tr><th scope=\"row\">Vallensbæk</th><td>Integrationsydelse</td><td>Takst afviger fra de andre kommuners</td><td>Taksten er 1.000.032 kr. pr. helårsperson, 633 % over Ishøjs takst på 136.364 kr. (grænse 50 %); tjek budget og helårspersoner.</td></tr>"))
        #expect(html.contains("14 flere end målet: budgettet når ikke målet."))
    }
}
