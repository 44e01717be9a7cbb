import CaseloadKit
import Foundation
import Testing

/// The README's exit codes, each through the built binary: the code, and the message on
/// standard error exactly once (the entry point renders a command's error; no command prints
/// it as well). One test a documented code, in the order of the README's sentence.
@Suite(.serialized) struct ExitCodeTests {
    static let valid = RunCommandTests.valid
    static let badKey = "year: 2017\nmunicipalities: [Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: Input/budget\n  rates: Input/takster\n  rate: x\n"
    static let badKeyDiagnostic = "pipeline.yml:7:3: error: unknown key \"inputs.rate\"; did you mean \"rates\"?; known keys: catalog, budget, rates, actuals, cases, goals, labour_force, jobindsats_measure"
    static let badBudget = "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.0.0\nVallensbæk;2017;A-dagpenge;2.000\n"
    static let badBudgetDiagnostics = """
    Input/budget/b.csv:2:23: error: beløb "1.0.0" is not a number in Danish style (e.g. 39.038.328 or 1.234,56)
    note: no budget lines were found for Ishøj; that is checked again once the errors in the budget files are fixed
    """

    /// How often `text` occurs in both streams together.
    static func occurrences(_ text: String, in result: CaseloadProcess.Result) -> Int {
        (result.stdout + result.stderr).components(separatedBy: text).count - 1
    }

    @Test func zeroSuccessSaysNothingOnStandardError() throws {
        let scenario = try Scenario(Self.valid)
        for arguments in [["run"], ["status"], ["run"], ["explain", "Ishøj", "A-dagpenge"], ["run", "--dry-run"]] {
            let result = try CaseloadProcess.run(arguments, in: scenario.folder)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.stderr == "", "\(arguments)")
        }
    }

    @Test func oneInputErrorsOnceEach() throws {
        let scenario = try Scenario(Self.valid.merging(["Input/budget/b.csv": Self.badBudget]) { $1 })
        let run = try CaseloadProcess.run(["run"], in: scenario.folder)
        #expect(run.status == 1)
        #expect(run.stderr == Self.badBudgetDiagnostics + "\n")
        #expect(run.stdout.hasSuffix("No results written: 1 error; Output/ is as it was.\n"))

        let dryRun = try CaseloadProcess.run(["run", "--dry-run"], in: scenario.folder)
        #expect(dryRun.status == 1)
        #expect(dryRun.stderr == Self.badBudgetDiagnostics + "\n")
        #expect(Self.occurrences("is not a number in Danish style", in: dryRun) == 1)

        let explain = try CaseloadProcess.run(["explain", "Ishøj", "A-dagpenge"], in: scenario.folder)
        #expect(explain.status == 1)
        #expect(explain.stdout == "")
        #expect(explain.stderr == """
        \(Self.badBudgetDiagnostics)
        Nothing explained: the inputs have 1 error; run caseload run to see them with the summary.

        """)
    }

    @Test func oneWarningsWithStrict() throws {
        let scenario = try Scenario(Self.valid.merging(["Input/budget/b.csv": StrictRunTests.gap]) { $1 })
        let result = try CaseloadProcess.run(["run", "--strict"], in: scenario.folder)
        #expect(result.status == 1)
        #expect(result.stderr == StrictRunTests.warning)
        #expect(Self.occurrences("has no row for Sygedagpenge", in: result) == 1)
    }

    @Test func oneStatusStaleAndDiffChanges() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(["run"], in: scenario.folder).status == 0)
        try FileManager.default.copyItem(at: scenario.folder.appendingPathComponent("Output"),
                                         to: scenario.folder.appendingPathComponent("before"))
        try scenario.write("Input/budget/b.csv", "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.500\nVallensbæk;2017;A-dagpenge;2.000\n")
        let stale = try CaseloadProcess.run(["status"], in: scenario.folder)
        #expect(stale.status == 1)
        #expect(stale.stderr == "")
        #expect(Self.occurrences("input modified: Input/budget/b.csv", in: stale) == 1)

        #expect(try CaseloadProcess.run(["run"], in: scenario.folder).status == 0)
        let changed = try CaseloadProcess.run(["diff", "--against", "before"], in: scenario.folder)
        #expect(changed.status == 1)
        #expect(changed.stderr == "")
        let same = try CaseloadProcess.run(["diff", "--against", "Output"], in: scenario.folder)
        #expect(same.status == 0)
        #expect(same.stderr == "")
    }

    @Test func twoPipelineErrorsInEveryCommand() throws {
        let scenario = try Scenario(Self.valid)
        try scenario.write("pipeline.yml", Self.badKey)
        let closing = "No results written: pipeline.yml has 1 error."
        let expected: [([String], String)] = [
            (["run"], "\(Self.badKeyDiagnostic)\n\(closing)\n"),
            (["run", "--dry-run"], "\(Self.badKeyDiagnostic)\n\(closing)\n"),
            (["status"], "\(Self.badKeyDiagnostic)\n\(closing)\n"),
            (["explain", "Ishøj", "A-dagpenge"], "\(Self.badKeyDiagnostic)\nNothing explained: pipeline.yml has 1 error.\n"),
            (["diff", "--against", "Output"], "\(Self.badKeyDiagnostic)\n"),
        ]
        for (arguments, stderr) in expected {
            let result = try CaseloadProcess.run(arguments, in: scenario.folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout == "", "\(arguments)")
            #expect(result.stderr == stderr, "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("Output").path))
    }

    @Test func twoUsageErrorsAndExplainNamesThatMatchNothing() throws {
        let scenario = try Scenario(Self.valid)
        let usage = try CaseloadProcess.run(["run", "--no-such-flag"], in: scenario.folder)
        #expect(usage.status == 2)
        #expect(Self.occurrences("Unknown option '--no-such-flag'", in: usage) == 1)
        let missing = try CaseloadProcess.run(["status", "--config", "missing.yml"], in: scenario.folder)
        #expect(missing.status == 2)
        #expect(Self.occurrences("missing.yml: error:", in: missing) == 1)
        let unknown = try CaseloadProcess.run(["explain", "Ishøj", "A-dagpenne"], in: scenario.folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: unknown benefit \"A-dagpenne\"; did you mean \"A-dagpenge\"?\n")
        let diff = try CaseloadProcess.run(["diff", "--against", "Input"], in: scenario.folder)
        #expect(diff.status == 2)
        #expect(Self.occurrences("error:", in: diff) == 1)
    }

    @Test func threeResultsNotWritten() throws {
        let scenario = try Scenario(Self.valid)
        try scenario.write("Output/2017/noter.txt", "mine\n")
        let foreign = try CaseloadProcess.run(["run"], in: scenario.folder)
        #expect(foreign.status == 3)
        #expect(foreign.stdout == "")
        #expect(foreign.stderr == "error: Output/2017/ holds a file that caseload did not write: \"noter.txt\"; a run replaces the whole folder, so it would be lost. Move it elsewhere, or run with --force to delete it. Nothing was written\n")

        let busy = try Scenario(Self.valid)
        let lock = try RunLock(outputFolder: busy.folder.appendingPathComponent("Output"), shownAs: "Output/", wait: false, waiting: {})
        let noWait = try CaseloadProcess.run(["run", "--no-wait"], in: busy.folder)
        withExtendedLifetime(lock) {}
        #expect(noWait.status == 3)
        #expect(Self.occurrences("another caseload run is writing Output/ right now", in: noWait) == 1)
    }

    @Test func threeFlagFileThatCannotBeCounted() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(["run"], in: scenario.folder).status == 0)
        try FingerprintFailureTests.makeUnreadable("Output/2017/flag.csv", in: scenario)
        // The lock cannot fingerprint it either: the run stops before counting (exit 3 as well).
        let result = try CaseloadProcess.run(["run", "--fail-on-flags"], in: scenario.folder)
        #expect(result.status == 3)
        #expect(result.stderr == "error: cannot read Output/2017/flag.csv to compare it with caseload.lock (Input/output error); nothing was written\n")
    }

    @Test func fourFlagsWithFailOnFlagsInTheChosenLanguage() throws {
        let scenario = try Scenario(ExplainCommandTests.files.merging(["Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nIshøj;2015;A-dagpenge;0\n"]) { $1 })
        let ran = try CaseloadProcess.run(["run", "--fail-on-flags"], in: scenario.folder)
        #expect(ran.status == 4)
        #expect(ran.stderr == "1 flag (see Output/2017/flag.csv); exit code 4 because of --fail-on-flags.\n")
        let danish = try CaseloadProcess.run(["run", "--fail-on-flags", "--sprog", "da"], in: scenario.folder)
        #expect(danish.status == 4)
        #expect(danish.stderr == Message.failOnFlags(1, folder: "Output/2017/").da + "\n")
        let locale = try CaseloadProcess.run(["run", "--fail-on-flags"], in: scenario.folder, environment: ["LANG": "da_DK.UTF-8"])
        #expect(locale.status == 4)
        #expect(locale.stderr == danish.stderr)
    }
}
