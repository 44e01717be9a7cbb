import CaseloadKit
import Foundation
import Testing

/// A data pull request in miniature: a figure changed in a copy of the 2017 plan is run as a
/// user runs it, the copy's results show the new figure, and the fixture's own golden checks
/// stay green (tests do not depend on the data a user changes).
@Suite struct PlanCopyTests {
    @Test func aChangedBudgetFigureShowsInTheCopyAndTheGoldensStayGreen() throws {
        let copy = try PlanFixture()
        try copy.replace("Ishøj;2017;Integrationsydelse;8.863.660;brutto", with: "Ishøj;2017;Integrationsydelse;9.000.000;brutto",
                         in: "Input/budget/ishoej-2017.csv")
        let result = try CaseloadProcess.run(["run"], in: copy.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote Output/2017/"))

        let rows = parseCSV(String(decoding: try copy.written("afstemning.csv"), as: UTF8.self))
        let row = try #require(rows.first { $0["kommune"] == "Ishøj" && $0["ydelse_id"] == "integrationsydelse" })
        #expect(row["budget_kr"] == "9000000.00")
        #expect(row["kr_pr_helaarsperson"] == "136364.00")
        #expect(row["helaarspersoner_budget"] == "65.9998")
        let bilag1 = String(decoding: try copy.written("bilag1.md"), as: UTF8.self)
        #expect(bilag1.contains("| Integrationsydelse | 9.000.000 | 66 |"))

        // Only the changed figure's files differ from the goldens; the fixture itself is untouched.
        let written = try snapshot(copy.folder.appendingPathComponent("Output/2017"))
        #expect(try PlanFixture.goldenDifferences(written) == [
            "afstemning-total.csv: differs from expected/afstemning-total.csv",
            "afstemning.csv: differs from expected/afstemning.csv",
            "afstemning.xlsx: differs from expected/afstemning.xlsx",
            "bilag1.md: differs from expected/bilag1.md",
            "flag.csv: differs from expected/flag.csv",
            "rapport.html: differs from expected/rapport.html",
        ])
        let fixtureBudget = try String(contentsOf: PlanFixture.source.appendingPathComponent("Input/budget/ishoej-2017.csv"), encoding: .utf8)
        #expect(fixtureBudget.contains("Ishøj;2017;Integrationsydelse;8.863.660;brutto"))
        let pristine = try PlanFixture.evaluated()
        #expect(try PlanFixture.goldenDifferences(Dictionary(uniqueKeysWithValues: pristine.files.map { ($0.name, $0.data) })) == [])
    }

    @Test func anUnchangedCopyRunAsAUserWouldWritesExactlyTheGoldenFiles() throws {
        let copy = try PlanFixture()
        let result = try CaseloadProcess.run(["run"], in: copy.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try PlanFixture.goldenDifferences(try snapshot(copy.folder.appendingPathComponent("Output/2017"))) == [])
        let status = try CaseloadProcess.run(["status"], in: copy.folder)
        #expect(status.status == 0)
        #expect(status.stdout == "Output/2017 is up to date: nothing changed since caseload.lock.\n")
    }
}
