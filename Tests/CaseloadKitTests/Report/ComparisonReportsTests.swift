@testable import CaseloadKit
import Foundation
import Testing

/// The comparison in the reports for people (peers.md), all three walked from one
/// `ComparisonLayout`: bilag1.md, rapport.html (a table per year, a chart per benefit) and the
/// workbook (`Sammenligning` and the data sheet).
@Suite struct ComparisonReportsTests {
    static func outcome() throws -> RunOutcome {
        let outcome = try PeerComparisonTests.scenario().evaluate()
        #expect(outcome.succeeded, "\(outcome.diagnostics.rendered())")
        return outcome
    }

    @Test func theLayout() throws {
        let report = try #require(try Self.outcome().report)
        let layout = try #require(ComparisonLayout(report))
        #expect(layout.columns.map(\.title) == ["Ishøj", "Median, sammenlignelige", "Brøndby", "Albertslund", "Hele landet"])
        #expect(layout.tables.map(\.year) == [2015, 2017])
        #expect(layout.tables[0].lines.map(\.benefit.name) == ["A-dagpenge", "Kontanthjælp"])
        #expect(layout.tables[0].lines[0].cells.map(ComparisonLayout.text) == ["3,00 ▲", "2,25", "2,00", "2,50", "2,40"])
        #expect(layout.tables[0].lines[1].cells.map(ComparisonLayout.text) == ["1,01", "1,01", "1,01", "–", "–"])
        #expect(layout.tables[1].lines[0].cells.map(ComparisonLayout.text) == ["3,15 ▲", "2,08", "2,08", "–", "–"])
        #expect(layout.chartYear == 2017)
        #expect(layout.charts.map(\.benefit) == ["A-dagpenge"])
        #expect(layout.charts[0].bars.map(\.label) == ["Ishøj", "Brøndby"])
        #expect(layout.note == "▲ markerer en andel mere end 25 % over medianen (flaget Over sammenlignelige kommuner). – betyder ingen helårspersoner eller ingen arbejdsstyrke.")
        let plain = try #require(try PlanFixture.evaluated().report)
        #expect(ComparisonLayout(plain) == nil)
    }

    @Test func bilag1HasTheSection() throws {
        let markdown = try #require(try Self.outcome().files.first { $0.name == "bilag1.md" }?.contents)
        #expect(markdown.contains("""
        ## Sammenligning med sammenlignelige kommuner

        Helårspersoner pr. 100 i arbejdsstyrken for Ishøj sat over for de sammenlignelige kommuner Brøndby og Albertslund og hele landet, med medianen af de sammenlignelige kommuners andele. Tallene står i sammenligning.csv.

        ### Helårspersoner pr. 100 i arbejdsstyrken, 2015

        | Ydelse | Ishøj | Median, sammenlignelige | Brøndby | Albertslund | Hele landet |
        | :-- | --: | --: | --: | --: | --: |
        | A-dagpenge | 3,00 ▲ | 2,25 | 2,00 | 2,50 | 2,40 |
        | Kontanthjælp | 1,01 | 1,01 | 1,01 | – | – |
        """))
    }

    @Test func theHTMLReportHasATableAndAChartPerBenefit() throws {
        let html = try #require(try Self.outcome().files.first { $0.name == "rapport.html" }?.contents)
        let parsed = ParsedMarkup(html, html: true)
        #expect(parsed.unexpectedProblems.map(\.description) == [])
        #expect(ParsedMarkup(html, html: false).unexpectedProblems.map(\.description) == [])
        #expect(html.contains("<section class=\"comparison\" id=\"sammenligning\">"))
        #expect(html.contains("<td class=\"flagged\">3,00 ▲</td>"))
        #expect(html.contains("<title>A-dagpenge, helårspersoner pr. 100 i arbejdsstyrken: Ishøj 3,15, Brøndby 2,08</title>"))
        #expect(html.contains("median 2,08</text>"))
        #expect(html.components(separatedBy: "<svg class=\"peer-chart\"").count == 2)
        let plain = try #require(try PlanFixture.evaluated().files.first { $0.name == "rapport.html" }?.contents)
        #expect(!plain.contains("comparison"))
    }

    @Test func theWorkbookHasTheComparisonAndItsDataSheet() throws {
        let data = try #require(try Self.outcome().files.first { $0.name == "afstemning.xlsx" }?.data)
        let parts = try XLSXWorkbookTests.parts(data)
        let workbook = try #require(parts.first { $0.path == "xl/workbook.xml" }?.text)
        #expect(workbook.contains("<sheet name=\"Sammenligning\" sheetId=\"7\" r:id=\"rId7\"/><sheet name=\"Data (sammenligning.csv)\" sheetId=\"8\" r:id=\"rId8\"/>"))
        let strings = try #require(parts.first { $0.path == "xl/sharedStrings.xml" }?.text)
        for text in ["Median, sammenlignelige", "▲ over medianen", "pct_af_arbejdsstyrken", "hele_landet"] {
            #expect(strings.contains("<t>\(text)</t>"))
        }
    }
}
