import CaseloadKit
import Foundation
import Testing

/// The frozen 2017 plan (Fixtures/plan-2017, a copy of the inputs that shipped with it) must
/// reproduce Bilag 1 of Beskæftigelsesplan 2017 as published (reference figures copied into
/// Fixtures/bilag1-2017.csv), and its result files must match the golden ones in
/// Fixtures/plan-2017/expected/ (`CASELOAD_RECORD_GOLDEN=1` re-records them).
@Suite struct PublishedBilag1Tests {
    struct Published {
        let kommune: String
        let ydelse: String
        let budget: String
        let helaarspersoner2017: String
        let helaarspersoner2015: String
    }

    static func published() throws -> [Published] {
        let text = try String(contentsOf: fixture("bilag1-2017.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            return Published(kommune: f[0], ydelse: f[1], budget: f[2], helaarspersoner2017: f[3], helaarspersoner2015: f[4])
        }
    }

    /// The run of the frozen 2017 plan.
    static func shippedRun() throws -> RunOutcome {
        try PlanFixture.evaluated()
    }

    @Test func everyPublishedFigureIsReproduced() throws {
        let outcome = try Self.shippedRun()
        let report = try #require(outcome.report)
        let published = try Self.published()
        #expect(published.count == 30)
        #expect(report.rows.count == 30)
        for figure in published {
            // Names in the plan are spelled as each municipality spelled them; the catalog resolves them.
            let row = try #require(report.rows.first { row in
                row.kommune == figure.kommune
                    && ([row.benefit.name] + row.benefit.aliases).contains { $0.lowercased() == figure.ydelse.lowercased() }
            }, "no row for \(figure.kommune) \(figure.ydelse)")
            #expect(NumberFormat.machine.string(row.budget.exact, decimals: 0) == figure.budget, "\(figure.kommune) \(figure.ydelse) budget")
            #expect(NumberFormat.machine.string(row.helaarspersonerBudget.exact, decimals: 0) == figure.helaarspersoner2017,
                    "\(figure.kommune) \(figure.ydelse) helårspersoner 2017")
            let prior = try #require(row.helaarspersonerPrior.first ?? nil)
            #expect(NumberFormat.machine.string(prior.exact, decimals: 0) == figure.helaarspersoner2015,
                    "\(figure.kommune) \(figure.ydelse) helårspersoner 2015")
        }
    }

    @Test func shippedBudgetsUseBothReaders() throws {
        let outcome = try Self.shippedRun()
        let files = outcome.ledger.files
        #expect(files.contains("Input/budget/vallensbaek-2017.xml"))
        #expect(files.contains("Input/budget/ishoej-2017.csv"))
        #expect(outcome.ledger.tallies["Input/budget/vallensbaek-2017.xml"]?.used == 15)
        #expect(outcome.ledger.tallies["Input/budget/ishoej-2017.csv"]?.used == 15)
        #expect(outcome.ledger.total.balances)
    }

    @Test func theResultFilesMatchTheGoldenOnes() throws {
        let outcome = try Self.shippedRun()
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [])
        if PlanFixture.recording {
            try PlanFixture.record(outcome.files)
            return
        }
        let files = Dictionary(uniqueKeysWithValues: outcome.files.map { ($0.name, $0.data) })
        #expect(try PlanFixture.goldenDifferences(files) == [],
                "re-record with CASELOAD_RECORD_GOLDEN=1 swift test --filter PublishedBilag1Tests and review git diff")
    }

    @Test func jobcenterTotalsAddUp() throws {
        let report = try #require(try Self.shippedRun().report)
        let aDagpenge = try #require(report.totals.first { $0.benefit.id.rawValue == "a-dagpenge" })
        #expect(aDagpenge.kommune == "Jobcenter Vallensbæk")
        #expect(aDagpenge.budget == Kroner(kroner: 39_038_328 + 94_082_004))
        #expect(NumberFormat.machine.string(aDagpenge.helaarspersonerBudget.exact, decimals: 4) == "704.0000")
        #expect(aDagpenge.rate == nil)
        #expect(report.totals.count == 15)
    }
}
