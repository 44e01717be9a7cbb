import CaseloadKit
import Foundation
import Testing

/// What an input folder contributes: hidden and Office lock files are skipped silently, other
/// file types with a warning, and an entry that is not a regular file is an error, not a hang.
@Suite struct InputResolverTests {
    static let valid = RunCommandTests.valid

    @Test func hiddenAndLockFilesAreSkippedSilentlyOtherTypesWithAWarning() throws {
        let scenario = try Scenario(Self.valid.merging([
            "Input/budget/.~lock.b.csv#": "x",
            "Input/budget/.hidden.csv": "not;a;budget\n",
            "Input/budget/~$ishoej-2017.csv": "lock",
            "Input/budget/ishoej-2017.ods": "PK",
            "Input/budget/noter.txt": "notes",
        ]) { $1 })
        let outcome = try scenario.evaluate()
        #expect(outcome.succeeded)
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [
            "Input/budget/ishoej-2017.ods: warning: skipped: inputs.budget reads only *.csv, *.xml or *.xlsx files from a folder; to use this workbook, save it as an Excel workbook (.xlsx) or as \"CSV UTF-8\"",
            "Input/budget/noter.txt: warning: skipped: inputs.budget reads only *.csv, *.xml or *.xlsx files from a folder",
        ])
        #expect(outcome.ledger.files == ["Input/ydelser.csv", "Input/budget/b.csv", "Input/takster/t.csv"])
    }

    @Test func aFIFOInAnInputFolderIsAnErrorNotAHang() throws {
        let scenario = try Scenario(Self.valid)
        let fifo = scenario.folder.appendingPathComponent("Input/budget/pipe.csv")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        #expect(throws: ConfigLoader.Failure.self) { try scenario.evaluate() }
        do {
            _ = try ConfigLoader.load(scenario.configURL)
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "Input/budget/pipe.csv: error: inputs.budget: \"Input/budget/pipe.csv\" is a FIFO (named pipe), not a file; remove it from the folder",
            ])
        }
    }

    @Test func aFIFONamedDirectlyIsAnErrorToo() throws {
        let scenario = try Scenario(Self.valid)
        #expect(mkfifo(scenario.folder.appendingPathComponent("Input/takster.csv").path, 0o644) == 0)
        try scenario.write("pipeline.yml", "year: 2017\nmunicipalities: [Vallensbæk, Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: Input/budget\n  rates: Input/takster.csv\n")
        do {
            _ = try ConfigLoader.load(scenario.configURL)
            Issue.record("a FIFO was accepted")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "pipeline.yml:6:10: error: inputs.rates: \"Input/takster.csv\" is a FIFO (named pipe), not a file; name a CSV file or a folder of them",
            ])
        }
    }

    @Test func anEmptyListForAnOptionalInputIsNoInput() throws {
        let scenario = try Scenario(Self.valid)
        try scenario.write("pipeline.yml", "year: 2017\nmunicipalities: [Vallensbæk, Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: Input/budget\n  rates: Input/takster\n  actuals: []\n")
        #expect(try scenario.evaluate().succeeded)
    }

    @Test func aHostileFileNameNeverReachesTheTerminalRaw() throws {
        let scenario = try Scenario(Self.valid.merging([
            "Input/budget/x\u{1B}[2J\ty.csv": "kommune;år;ydelse;beløb\nIshøj;2016;A-dagpenge;1\n",
        ]) { $1 })
        let result = try CaseloadProcess.run(in: scenario.folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("  Input/budget/x<U+001B>[2J<U+0009>y.csv"))
        #expect(!result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{1B}"))
    }
}
