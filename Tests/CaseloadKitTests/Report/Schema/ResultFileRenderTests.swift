@testable import CaseloadKit
import Testing

/// A run renders its result files together (one shared layout, on every core); each file must
/// be what it is when rendered alone, in the run's order.
@Suite struct ResultFileRenderTests {
    @Test func filesRenderedTogetherAreTheFilesRenderedAlone() throws {
        let outcome = try MixedGrundlagScenario.outcome()
        let report = try #require(outcome.report)
        let written = ResultFile.written(reports: ReportFormat.allCases)
        let alone = try written.compactMap { try $0.render(report, ledger: outcome.ledger) }
        for _ in 0..<3 {
            let together = try ResultFile.render(written, report: report, ledger: outcome.ledger)
            #expect(together.map(\.name) == alone.map(\.name))
            #expect(together == alone)
        }
        let run = try ResultFile.written(reports: outcome.config.reports).compactMap { try $0.render(report, ledger: outcome.ledger) }
        #expect(outcome.files == run)
        #expect(try ResultFile.render([.inddata, .afstemning], report: report, ledger: outcome.ledger).map(\.name)
            == ["inddata.csv", "afstemning.csv"])
    }
}
