import CaseloadKit
import Foundation
import Testing

/// The lock file: a rerun with nothing changed does no work, `status` says what changed, and
/// the lock never disagrees with the results, even when a run is killed.
@Suite(.serialized) struct LockTests {
    static let valid = RunCommandTests.valid

    static func lock(_ scenario: Scenario) throws -> String {
        try String(contentsOf: scenario.folder.appendingPathComponent("caseload.lock"), encoding: .utf8)
    }

    @Test func theLockListsToolSettingsInputsAndOutputsSorted() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        let lines = try Self.lock(scenario).split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.replacing(/sha256:[0-9a-f]{64}/, with: "sha256:…") }
        #expect(lines == [
            "tool     sha256:… \(ToolVersion.current)",
            "settings sha256:… pipeline.yml",
            "input    sha256:… Input/budget/b.csv",
            "input    sha256:… Input/takster/t.csv",
            "input    sha256:… Input/ydelser.csv",
            "output   sha256:… Output/2017/afstemning-total.csv",
            "output   sha256:… Output/2017/afstemning.csv",
            "output   sha256:… Output/2017/afstemning.xlsx",
            "output   sha256:… Output/2017/bilag1.md",
            "output   sha256:… Output/2017/flag.csv",
            "output   sha256:… Output/2017/inddata.csv",
            "output   sha256:… Output/2017/rapport.html",
        ])
        let budget = try Data(contentsOf: scenario.folder.appendingPathComponent("Input/budget/b.csv"))
        #expect(try Self.lock(scenario).contains("input    sha256:\(ContentHash.of(budget).hex) Input/budget/b.csv\n"))
    }

    @Test func aSecondRunWithNothingChangedDoesNoWork() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        // Only the stat cache (local, not a result) may be rewritten.
        let before = try snapshot(scenario.folder, internals: true).filter { $0.key != "Output/.caseload-cache" }
        let again = try CaseloadProcess.run(in: scenario.folder)
        #expect(again.status == 0)
        #expect(again.stdout == "Output/2017 is up to date: nothing changed since caseload.lock (--force runs anyway).\n")
        #expect(try snapshot(scenario.folder, internals: true).filter { $0.key != "Output/.caseload-cache" } == before)
        let status = try CaseloadProcess.run(["status"], in: scenario.folder)
        #expect(status.status == 0)
        #expect(status.stdout == "Output/2017 is up to date: nothing changed since caseload.lock.\n")
        let forced = try CaseloadProcess.run(["run", "--force"], in: scenario.folder)
        #expect(forced.stdout.contains("Wrote Output/2017/"))
    }

    @Test func statusListsEachChangeAndExitsOne() throws {
        let scenario = try Scenario(Self.valid.merging(["Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nIshøj;2015;A-dagpenge;3\n"]) { $1 })
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        try scenario.write("Input/budget/b.csv", "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.001\nVallensbæk;2017;Sygedagpenge;2.000\n")
        try scenario.write("Input/budget/c.csv", "kommune;år;ydelse;beløb\nIshøj;2017;Kontanthjælp;5\n")
        try FileManager.default.removeItem(at: scenario.folder.appendingPathComponent("Input/faktisk/f.csv"))
        try scenario.write("Input/faktisk/g.csv", "kommune;år;ydelse;helårspersoner\nIshøj;2015;A-dagpenge;3\n")
        try scenario.write("pipeline.yml", (try String(contentsOf: scenario.configURL, encoding: .utf8)) + "# a comment\n")
        try scenario.write("Output/2017/bilag1.md", "edited\n")
        try FileManager.default.removeItem(at: scenario.folder.appendingPathComponent("Output/2017/inddata.csv"))
        let status = try CaseloadProcess.run(["status"], in: scenario.folder)
        #expect(status.status == 1)
        #expect(status.stdout == """
        Output/2017 is stale: 7 changes since caseload.lock
          settings changed: pipeline.yml
          input modified: Input/budget/b.csv
          input added: Input/budget/c.csv
          input removed: Input/faktisk/f.csv
          input added: Input/faktisk/g.csv
          output edited by hand: Output/2017/bilag1.md
          output missing: Output/2017/inddata.csv
        Run `caseload run` to bring it up to date.

        """)
    }

    @Test func aToolVersionChangeAndAMissingLockAreStale() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(["status"], in: scenario.folder).stdout.contains("  no lock file: caseload.lock\n"))
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        let old = try Self.lock(scenario).replacing(ToolVersion.current, with: "caseload 0.0.1")
        try scenario.write("caseload.lock", old)
        let status = try CaseloadProcess.run(["status"], in: scenario.folder)
        #expect(status.status == 1)
        #expect(status.stdout.contains("  tool version changed: caseload 0.0.1 → \(ToolVersion.current)\n"))
        #expect(try CaseloadProcess.run(in: scenario.folder).stdout.contains("Wrote Output/2017/"))
    }

    @Test func statusExitsTwoOnAPipelineError() throws {
        let scenario = try Scenario(Self.valid)
        try scenario.write("pipeline.yml", "year: 17\n")
        let status = try CaseloadProcess.run(["status"], in: scenario.folder)
        #expect(status.status == 2)
        #expect(status.stderr.hasPrefix("pipeline.yml:1:7: error: year \"17\" is not a year"))
    }

    @Test func aRunKilledBetweenTheResultsAndTheLockLeavesThemAgreeing() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        let oldLock = try Self.lock(scenario)
        try scenario.write("Input/budget/b.csv", "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;7.000\nVallensbæk;2017;Sygedagpenge;2.000\n")

        let (seen, killed) = try CaseloadProcess.kill(in: scenario.folder, when: "test-hook: published")
        #expect(killed)
        #expect(seen.contains("test-hook: published"))
        // The new results are in place; the lock beside them is still the old one, with the
        // new one pending. The pending one is the lock in force, since the results are its.
        #expect(try Self.lock(scenario) == oldLock)
        #expect(FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("caseload.lock.new").path))
        let status = try CaseloadProcess.run(["status"], in: scenario.folder)
        #expect(status.status == 0, "\(status.stdout)")
        let rerun = try CaseloadProcess.run(in: scenario.folder)
        #expect(rerun.stdout.hasPrefix("Output/2017 is up to date"))
        #expect(try Self.lock(scenario) != oldLock)
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("caseload.lock.new").path))
    }

    @Test func aRunKilledBeforeTheSwapLeavesTheOldLockInForce() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        let oldLock = try Self.lock(scenario)
        try scenario.write("Input/budget/b.csv", "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;7.000\nVallensbæk;2017;Sygedagpenge;2.000\n")
        let (seen, killed) = try CaseloadProcess.kill(in: scenario.folder, when: "test-hook: staged 2")
        #expect(killed)
        #expect(seen.contains("test-hook: staged 2"))
        let status = try CaseloadProcess.run(["status"], in: scenario.folder)
        #expect(status.status == 1)
        #expect(status.stdout.contains("  input modified: Input/budget/b.csv\n"))
        #expect(!status.stdout.contains("output"))
        #expect(try Self.lock(scenario) == oldLock)
        #expect(try CaseloadProcess.run(in: scenario.folder).stdout.contains("Wrote Output/2017/"))
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("caseload.lock.new").path))
    }

    @Test func aDryRunPrintsWhatItWouldDoAndWritesNothing() throws {
        let scenario = try Scenario(Self.valid)
        let before = try snapshot(scenario.folder, internals: true)
        let result = try CaseloadProcess.run(["run", "--dry-run"], in: scenario.folder)
        #expect(result.status == 0)
        #expect(result.stdout == """
        Dry run: nothing is written.
        Would read pipeline.yml and 3 input files:
          Input/ydelser.csv
          Input/budget/b.csv
          Input/takster/t.csv
        Would write Output/2017/: afstemning.csv, afstemning-total.csv, bilag1.md, afstemning.xlsx, rapport.html, flag.csv, inddata.csv, and caseload.lock.
        Output/2017 is stale: 1 change since caseload.lock
          no lock file: caseload.lock
        Run `caseload run` to bring it up to date.

        """)
        #expect(try snapshot(scenario.folder, internals: true) == before)
    }

    @Test func aHeaderOnlyActualsFileWarnsAndTheRunSucceeds() throws {
        let scenario = try Scenario(Self.valid.merging([
            "Input/faktisk/f-2017.csv": "kommune;år;ydelse;helårspersoner;måned\n",
            "Input/sager/s.csv": "sagsid;kommune;ydelse;fra;til;omfang\r\n",
        ]) { $1 })
        let result = try CaseloadProcess.run(in: scenario.folder)
        #expect(result.status == 0)
        #expect(result.stderr == """
        Input/faktisk/f-2017.csv:2: warning: the file has a header but no data rows yet; it adds nothing to the results
        Input/sager/s.csv:2: warning: the file has a header but no data rows yet; it adds nothing to the results
        pipeline.yml:2:15: warning: prior year 2015 has no actuals in the files read (Input/faktisk/f-2017.csv, Input/sager/s.csv): its column stays empty and gives no flags (add its actuals, or remove 2015 from prior_years)

        """)
        #expect(result.stdout.contains("Wrote Output/2017/"))
    }
}
