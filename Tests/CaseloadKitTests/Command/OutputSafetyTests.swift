@testable import CaseloadKit
import Foundation
import Testing

/// Nothing of the user's is deleted unnamed: `run --force` names each file and folder it
/// deletes, `status` reports them, a run stops on them, and an absolute output folder whose
/// parent is missing (an unmounted share) is a pipeline.yml error, not a new tree on the local disk.
@Suite(.serialized) struct OutputSafetyTests {
    static let valid = RunCommandTests.valid
    static let changedBudget = "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;2.000\nVallensbæk;2017;Sygedagpenge;2.000\n"

    @Test func forceNamesEveryFileAndFolderItDeletes() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        try scenario.write("Output/2017/noter.txt", "mine\n")
        try scenario.write("Output/2017/gammelt/udkast.xlsx", "old\n")
        let forced = try CaseloadProcess.run(["run", "--force"], in: scenario.folder)
        #expect(forced.status == 0)
        #expect(forced.stderr == """
        Output/2017/gammelt/: warning: deleted by --force with everything in it: caseload did not write this folder
        Output/2017/noter.txt: warning: deleted by --force: caseload did not write this file

        """)
        #expect(forced.stdout.contains("Wrote Output/2017/"))
        let after = try snapshot(scenario.folder.appendingPathComponent("Output"))
        #expect(after["2017/noter.txt"] == nil)
        #expect(after["2017/gammelt/udkast.xlsx"] == nil)
        // caseload's own files are replaced without a word.
        let again = try CaseloadProcess.run(["run", "--force"], in: scenario.folder)
        #expect(again.stderr == "")
    }

    @Test func aRunStopsOnSeveralForeignFilesAndNamesThem() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        try scenario.write("Output/2017/noter.txt", "mine\n")
        try scenario.write("Output/2017/gammelt/udkast.xlsx", "old\n")
        try scenario.write("Input/budget/b.csv", Self.changedBudget)
        let before = try snapshot(scenario.folder.appendingPathComponent("Output"))
        let refused = try CaseloadProcess.run(in: scenario.folder)
        #expect(refused.status == 3)
        #expect(refused.stderr == "error: Output/2017/ holds 2 files that caseload did not write: \"gammelt/\", \"noter.txt\"; a run replaces the whole folder, so they would be lost. Move them elsewhere, or run with --force to delete them. Nothing was written\n")
        #expect(try snapshot(scenario.folder.appendingPathComponent("Output")) == before)
    }

    @Test func aYearFolderHoldingOnlyAForeignFileIsRefusedNotDeleted() throws {
        let scenario = try Scenario(Self.valid)
        try scenario.write("Output/2017/noter.txt", "mine\n")
        let refused = try CaseloadProcess.run(in: scenario.folder)
        #expect(refused.status == 3)
        #expect(refused.stderr == "error: Output/2017/ holds a file that caseload did not write: \"noter.txt\"; a run replaces the whole folder, so it would be lost. Move it elsewhere, or run with --force to delete it. Nothing was written\n")
        #expect(try snapshot(scenario.folder.appendingPathComponent("Output")) == ["2017/noter.txt": Data("mine\n".utf8)])
        #expect(stagingFolders(in: scenario.folder.appendingPathComponent("Output")).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("caseload.lock").path))
    }

    @Test func statusReportsAForeignFileAndExitsOne() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        try scenario.write("Output/2017/noter.txt", "mine\n")
        let status = try CaseloadProcess.run(["status"], in: scenario.folder)
        #expect(status.status == 1)
        #expect(status.stdout == """
        Output/2017 is up to date with caseload.lock, but holds a file that caseload did not write:
          foreign file in output: Output/2017/noter.txt
        Move it out of Output/2017/: a run replaces the folder as a whole, so it stops while the file is there (run --force deletes it).

        """)
        // A run with nothing changed leaves it alone.
        let run = try CaseloadProcess.run(in: scenario.folder)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Output/2017 is up to date"))
        #expect(FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("Output/2017/noter.txt").path))
    }

    @Test func statusListsForeignFilesBesideTheChanges() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        try scenario.write("Output/2017/noter.txt", "mine\n")
        try scenario.write("Output/2017/gammelt/udkast.xlsx", "old\n")
        try scenario.write("Input/budget/b.csv", Self.changedBudget)
        let status = try CaseloadProcess.run(["status"], in: scenario.folder)
        #expect(status.status == 1)
        #expect(status.stdout == """
        Output/2017 is stale: 3 changes since caseload.lock
          input modified: Input/budget/b.csv
          foreign file in output: Output/2017/gammelt/
          foreign file in output: Output/2017/noter.txt
        Run `caseload run` to bring it up to date.
        Move them out of Output/2017/: a run replaces the folder as a whole, so it stops while the files are there (run --force deletes them).

        """)
    }

    @Test func anAbsoluteOutputWhoseParentIsMissingIsAPipelineError() throws {
        let scenario = try Scenario(Self.valid)
        let missing = TestScratch.root.appendingPathComponent("caseload-unmounted-\(UUID().uuidString)")
        let output = missing.appendingPathComponent("out").path
        try scenario.write("pipeline.yml", "year: 2017\nmunicipalities: [Vallensbæk, Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: Input/budget\n  rates: Input/takster\noutput: \(output)\n")
        for arguments in [["run"], ["run", "--force"], ["status"]] {
            let result = try CaseloadProcess.run(arguments, in: scenario.folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == """
            pipeline.yml:7:9: error: output "\(output)": the folder "\(missing.path)" does not exist, so nothing was created there (a network drive that is not mounted?); create it or fix the path
            No results written: pipeline.yml has 1 error.

            """, "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing.path))

        // Its parent a file: named as such.
        try scenario.write("plain", "x\n")
        let underFile = scenario.folder.appendingPathComponent("plain/out").path
        try scenario.write("pipeline.yml", "year: 2017\nmunicipalities: [Vallensbæk, Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: Input/budget\n  rates: Input/takster\noutput: \(underFile)\n")
        let result = try CaseloadProcess.run(in: scenario.folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("pipeline.yml:7:9: error: output \"\(underFile)\": \"\(scenario.folder.appendingPathComponent("plain").path)\" is a file, not a folder; name a folder that exists\n"))
    }

    @Test func anAbsoluteOutputInAnExistingFolderAndARelativeOneAreCreated() throws {
        let scenario = try Scenario(Self.valid)
        let parent = try OutputPlacesTests.temporaryFolder()
        let absolute = parent.appendingPathComponent("out")
        try scenario.write("pipeline.yml", "year: 2017\nmunicipalities: [Vallensbæk, Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: Input/budget\n  rates: Input/takster\noutput: \(absolute.path)\n")
        let first = try CaseloadProcess.run(in: scenario.folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: absolute.appendingPathComponent("2017/afstemning.csv").path))

        try scenario.write("pipeline.yml", "year: 2017\nmunicipalities: [Vallensbæk, Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: Input/budget\n  rates: Input/takster\noutput: resultater/budget/ud\n")
        let relative = try CaseloadProcess.run(in: scenario.folder)
        #expect(relative.status == 0, "\(relative.stderr)")
        #expect(FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("resultater/budget/ud/2017/afstemning.csv").path))
    }

    @Test func theMessagesHaveDanishText() {
        #expect(Message.foreignFilesStopTheRun(folder: "Output/2017/", names: ["noter.txt"]).da
            == "Output/2017/ indeholder en fil, som caseload ikke har skrevet: \"noter.txt\"; en kørsel erstatter hele mappen, så den ville gå tabt. Flyt den et andet sted hen, eller kør med --force for at slette den. Intet er skrevet")
        #expect(Message.foreignFilesStopTheRun(folder: "Output/2017/", names: ["gammelt/", "noter.txt"]).da
            == "Output/2017/ indeholder 2 filer, som caseload ikke har skrevet: \"gammelt/\", \"noter.txt\"; en kørsel erstatter hele mappen, så de ville gå tabt. Flyt dem et andet sted hen, eller kør med --force for at slette dem. Intet er skrevet")
        #expect(Diagnostic(.warning, .deletedByForce(folder: false), at: SourceLocation(file: "Output/2017/noter.txt")).rendered(.da)
            == "Output/2017/noter.txt: advarsel: slettet af --force: caseload har ikke skrevet denne fil")
        #expect(Message.deletedByForce(folder: true).da == "slettet af --force med alt indhold: caseload har ikke skrevet denne mappe")
        #expect(Message.statusForeignOnly(folder: "Output/2017", count: 1, lock: "caseload.lock").da
            == "Output/2017 er ajour med caseload.lock, men indeholder en fil, som caseload ikke har skrevet:")
        #expect(Message.statusForeignAdvice(folder: "Output/2017/", count: 2).da
            == "Flyt dem ud af Output/2017/: en kørsel erstatter hele mappen og stopper derfor, så længe filerne ligger der (run --force sletter dem).")
        #expect(Message.outputParentMissing(output: "/mnt/finnesikke/out", parent: "/mnt/finnesikke", isFile: false).da
            == "output \"/mnt/finnesikke/out\": mappen \"/mnt/finnesikke\" findes ikke, så intet er oprettet (et netværksdrev, der ikke er tilsluttet?); opret mappen, eller ret stien")
        #expect(Message.yearFolderUnlistable("Output/2017", reason: "Permission denied").da
            == "kan ikke se indholdet af Output/2017 for at finde filer, som caseload ikke har skrevet (Permission denied); intet er skrevet")
    }
}
