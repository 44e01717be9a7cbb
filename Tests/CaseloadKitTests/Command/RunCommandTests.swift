import Foundation
import Testing

/// The command line as a user meets it: exit codes, messages, and Output/ that a failed or
/// killed run never touches.
@Suite(.serialized) struct RunCommandTests {
    static let valid: [String: String] = [
        "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000\nVallensbæk;2017;A-dagpenge;2.000\n",
        "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n*;2017;Sygedagpenge;100\n",
    ]

    @Test func successExitsZeroAndPrintsTheSummary() throws {
        let scenario = try Scenario(Self.valid)
        let result = try CaseloadProcess.run(in: scenario.folder)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("Read 3 files, 8 rows: 8 used, 0 ignored, 0 rejected."))
        #expect(result.stdout.contains("Wrote Output/2017/: afstemning.csv (2 rows), afstemning-total.csv (1 row), bilag1.md, afstemning.xlsx, rapport.html, flag.csv (0 flags), inddata.csv."))
    }

    @Test func inputErrorsExitOneAndLeaveOutputAsItWas() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        let before = try snapshot(scenario.folder.appendingPathComponent("Output"))
        try scenario.write("Input/budget/b.csv", "kommune;år;ydelse;beløb\nIshøj;2017;Kontanthjalp;1.234.5\nVallensbæk;2017;Sygedagpenge;2.000\n")
        let result = try CaseloadProcess.run(in: scenario.folder)
        #expect(result.status == 1)
        #expect(result.stderr == """
        Input/budget/b.csv:2:12: error: unknown benefit "Kontanthjalp"; did you mean "Kontanthjælp"?
        Input/budget/b.csv:2:25: error: beløb "1.234.5" is not a number in Danish style (e.g. 39.038.328 or 1.234,56)
        note: no budget lines were found for Ishøj; that is checked again once the errors in the budget files are fixed

        """)
        #expect(result.stdout.hasSuffix("No results written: 2 errors; Output/ is as it was.\n"))
        #expect(try snapshot(scenario.folder.appendingPathComponent("Output")) == before)
    }

    @Test func pipelineErrorsExitTwo() throws {
        let scenario = try Scenario(Self.valid)
        try scenario.write("pipeline.yml", "year: 2017\nmunicipalities: [Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: Input/budget\n  rates: Input/takster\n  rate: x\n")
        let result = try CaseloadProcess.run(in: scenario.folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("pipeline.yml:7:3: error: unknown key \"inputs.rate\"; did you mean \"rates\"?"))
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("Output").path))
    }

    @Test func usageErrorsExitTwo() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(["--no-such-flag"], in: scenario.folder).status == 2)
        #expect(try CaseloadProcess.run(["run", "--config", "missing.yml"], in: scenario.folder).status == 2)
        #expect(try CaseloadProcess.run(["--help"], in: scenario.folder).status == 0)
    }

    @Test func aRunKilledMidWriteLeavesThePreviousOutputByteForByte() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        let output = scenario.folder.appendingPathComponent("Output")
        let before = try snapshot(output)
        // New input, so a finished run would change the results.
        try scenario.write("Input/budget/b.csv", "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;9.999\nVallensbæk;2017;Sygedagpenge;2.000\n")

        // Kill after each number of staged files: mid-write (1–4) and just before the swap (5).
        for stagedFiles in 1...5 {
            let (seen, killed) = try CaseloadProcess.kill(in: scenario.folder, when: "test-hook: staged \(stagedFiles)")
            #expect(killed)
            #expect(seen.contains("test-hook: staged \(stagedFiles)"))
            // The half-written results sit in the run's own staging folder beside Output/2017,
            // never in it.
            let staging = stagingFolders(in: output)
            #expect(staging.count == 1)
            #expect(staging.first?.hasPrefix(".caseload-staging-2017-") == true)
            // The files staged so far, and those other threads were rendering into it at that moment.
            let staged = try snapshot(output.appendingPathComponent(staging.first ?? "-"), internals: true)
            #expect(staged.count >= stagedFiles)
            #expect(try snapshot(output) == before, "killed after \(stagedFiles) staged files")
        }

        // The next run clears what the killed ones left and publishes the new results.
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        let after = try snapshot(output)
        #expect(after != before)
        #expect(String(decoding: after["2017/afstemning.csv"]!, as: UTF8.self).contains("Ishøj,a-dagpenge,A-dagpenge,9999.00,100.00,99.9900"))
        #expect(stagingFolders(in: output).isEmpty)
    }
}
