import CaseloadKit
import Foundation
import Testing

/// `run --strict`: a warning stops the run like an error (exit 1, nothing written, the
/// previous Output/ untouched), also in a dry run and when the results are up to date.
@Suite(.serialized) struct StrictRunTests {
    static let valid = RunCommandTests.valid
    /// Ishøj has no Sygedagpenge row, which Vallensbæk's budget has.
    static let gap = "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000\nVallensbæk;2017;A-dagpenge;2.000\nVallensbæk;2017;Sygedagpenge;3.000\n"
    static let warning = "Input/budget/b.csv: warning: the budget for Ishøj has no row for Sygedagpenge, which the budget for Vallensbæk has (Input/budget/b.csv:4): Ishøj gets no row for Sygedagpenge, so the municipalities' rows differ (add the row, with 0 if that is meant)\n"

    @Test func theSummaryLinesInBothLanguages() {
        #expect(Message.warningsListed(1).da == "1 advarsel (vist ovenfor): se, hvad den siger er antaget; run --strict stopper ved advarsler.")
        #expect(Message.warningsListed(3).en == "3 warnings (listed above): check what each says was assumed; run --strict stops on warnings.")
        #expect(Message.warningsListed(3).da == "3 advarsler (vist ovenfor): se, hvad hver af dem siger er antaget; run --strict stopper ved advarsler.")
        #expect(Message.strictStopped(2, output: "Output/").da == "Ingen resultater skrevet: 2 advarsler (vist ovenfor) og --strict; Output/ er som før.")
        #expect(Message.strictWouldStop(1).da == "Ville ikke skrive noget: 1 advarsel (vist ovenfor) og --strict.")
    }

    @Test func aPlainRunWritesAndCountsItsWarningsLast() throws {
        let scenario = try Scenario(Self.valid.merging(["Input/budget/b.csv": Self.gap]) { $1 })
        let result = try CaseloadProcess.run(in: scenario.folder)
        #expect(result.status == 0)
        #expect(result.stderr == Self.warning)
        #expect(result.stdout.hasSuffix("""
        Wrote Output/2017/: afstemning.csv (3 rows), afstemning-total.csv (2 rows), bilag1.md, afstemning.xlsx, rapport.html, flag.csv (0 flags), inddata.csv.
        1 warning (listed above): check what it says was assumed; run --strict stops on warnings.

        """))
    }

    @Test func aStrictRunStopsOnAWarningAndLeavesOutputAsItWas() throws {
        let scenario = try Scenario(Self.valid)
        let clean = try CaseloadProcess.run(in: scenario.folder)
        #expect(clean.status == 0)
        #expect(!clean.stdout.contains("warning"))
        let before = try snapshot(scenario.folder)
        try scenario.write("Input/budget/b.csv", Self.gap)
        let result = try CaseloadProcess.run(["run", "--strict"], in: scenario.folder)
        #expect(result.status == 1)
        #expect(result.stderr == Self.warning)
        #expect(result.stdout.hasSuffix("No results written: 1 warning (listed above) and --strict; Output/ is as it was.\n"))
        var after = try snapshot(scenario.folder)
        after["Input/budget/b.csv"] = before["Input/budget/b.csv"]
        #expect(after == before)
    }

    @Test func aStrictRunWithoutWarningsWrites() throws {
        let scenario = try Scenario(Self.valid)
        let result = try CaseloadProcess.run(["run", "--strict"], in: scenario.folder)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("Wrote Output/2017/"))
    }

    @Test func anUpToDateStrictRunStillReportsTheWarningsOfTheInputs() throws {
        let scenario = try Scenario(Self.valid.merging(["Input/budget/b.csv": Self.gap]) { $1 })
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        let before = try snapshot(scenario.folder)
        // Nothing changed: a plain run does no work …
        let plain = try CaseloadProcess.run(in: scenario.folder)
        #expect(plain.status == 0)
        #expect(plain.stdout == "Output/2017 is up to date: nothing changed since caseload.lock (--force runs anyway).\n")
        // … a strict one reads the inputs and stops on their warning, writing nothing.
        let strict = try CaseloadProcess.run(["run", "--strict"], in: scenario.folder)
        #expect(strict.status == 1)
        #expect(strict.stderr == Self.warning)
        #expect(strict.stdout.hasSuffix("No results written: 1 warning (listed above) and --strict; Output/ is as it was.\n"))
        #expect(try snapshot(scenario.folder) == before)
        // Without warnings an up-to-date strict run says so and exits 0.
        try scenario.write("Input/budget/b.csv", "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000\nVallensbæk;2017;A-dagpenge;2.000\n")
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        let clean = try CaseloadProcess.run(["run", "--strict"], in: scenario.folder)
        #expect(clean.status == 0)
        #expect(clean.stdout == "Output/2017 is up to date: nothing changed since caseload.lock (--force runs anyway).\n")
    }

    @Test func aStrictDryRunSaysItWouldWriteNothing() throws {
        let scenario = try Scenario(Self.valid.merging(["Input/budget/b.csv": Self.gap]) { $1 })
        let plain = try CaseloadProcess.run(["run", "--dry-run"], in: scenario.folder)
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("""
        Would write Output/2017/: afstemning.csv, afstemning-total.csv, bilag1.md, afstemning.xlsx, rapport.html, flag.csv, inddata.csv, and caseload.lock.
        1 warning (listed above): check what it says was assumed; run --strict stops on warnings.

        """))
        let strict = try CaseloadProcess.run(["run", "--dry-run", "--strict"], in: scenario.folder)
        #expect(strict.status == 1)
        #expect(strict.stderr == Self.warning)
        #expect(strict.stdout.contains("Would write nothing: 1 warning (listed above) and --strict.\n"))
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("Output").path))
    }
}
