import CaseloadKit
import Foundation
import Testing

/// pipeline.yml's `reports:` chooses the reports for people; the machine CSVs are always written.
@Suite struct ReportFormatsConfigTests {
    static let budget = [
        "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1\nVallensbæk;2017;A-dagpenge;1\n",
        "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;1\n",
    ]

    static func pipeline(_ reports: String?) -> String {
        """
        year: 2017
        municipalities: [Vallensbæk, Ishøj]
        jobcenter: Jobcenter Vallensbæk
        inputs:
          catalog: Input/ydelser.csv
          budget: Input/budget
          rates: Input/takster
        \(reports ?? "")

        """
    }

    func files(_ reports: String?) throws -> [String] {
        try Scenario(Self.budget, pipeline: Self.pipeline(reports)).evaluate().files.map(\.name)
    }

    func messages(_ reports: String) throws -> [String] {
        let scenario = try Scenario(Self.budget, pipeline: Self.pipeline(reports))
        do {
            _ = try ConfigLoader.load(scenario.configURL)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func allReportsByDefault() throws {
        #expect(try files(nil) == ["afstemning.csv", "afstemning-total.csv", "bilag1.md", "afstemning.xlsx", "rapport.html", "flag.csv", "inddata.csv"])
    }

    @Test func aChoiceInAnyOrderKeepsTheFixedOrderAndTheCSVs() throws {
        #expect(try files("reports: [html, md]") == ["afstemning.csv", "afstemning-total.csv", "bilag1.md", "rapport.html", "flag.csv", "inddata.csv"])
        #expect(try files("reports: xlsx") == ["afstemning.csv", "afstemning-total.csv", "afstemning.xlsx", "flag.csv", "inddata.csv"])
        #expect(try files("reports: []") == ["afstemning.csv", "afstemning-total.csv", "flag.csv", "inddata.csv"])
    }

    @Test func unknownRepeatedOrMistypedValuesAreErrorsAtTheirLine() throws {
        #expect(try messages("reports: [md, pdf]") == [
            "pipeline.yml:8:15: error: reports: unknown report \"pdf\"; known reports: md, xlsx, html",
        ])
        #expect(try messages("reports:\n  - html\n  - html") == [
            "pipeline.yml:10:5: error: reports names \"html\" twice",
        ])
        #expect(try messages("reports: {md: yes}") == [
            "pipeline.yml:8:10: error: reports must be a list of report formats, e.g. [md, xlsx, html]",
        ])
        #expect(try messages("report: [md]") == [
            "pipeline.yml:8:1: error: unknown key \"report\"; did you mean \"reports\"?; known keys: year, prior_years, municipalities, jobcenter, cutoff, number_style, inputs, output, reports, flags, forecast, peers",
        ])
    }
}
