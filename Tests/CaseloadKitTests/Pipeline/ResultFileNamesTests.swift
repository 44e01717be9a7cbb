import CaseloadKit
import Foundation
import Testing

/// A file a run writes but `Pipeline.resultFileNames` does not know would look like the user's
/// own file on the next run (and stop it). Every result file of the 2017 plan's run must be known.
@Suite struct ResultFileNamesTests {
    @Test func everyFileTheShippedRunWritesIsKnown() throws {
        let outcome = try PlanFixture().evaluate()
        #expect(outcome.succeeded)
        for file in outcome.files {
            #expect(Pipeline.resultFileNames.contains(file.name), "\(file.name) is not in Pipeline.resultFileNames")
        }
    }

    @Test func aSecondRealRunIsNotStoppedByTheFirstRunsFiles() throws {
        let scenario = try Scenario(RunCommandTests.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        // Changed input, no --force: the run really replaces Output/2017 and must not take
        // its own earlier files for the user's.
        try scenario.write("Input/budget/b.csv", "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;3.000\nVallensbæk;2017;Sygedagpenge;2.000\n")
        let second = try CaseloadProcess.run(in: scenario.folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Wrote Output/2017/"))
    }
}
