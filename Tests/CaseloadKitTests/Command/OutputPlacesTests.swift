import CaseloadKit
import Foundation
import Testing

/// Where results go: absolute paths used as given, an Output/ that is a symbolic link to
/// another file system, and the user's own files in Output/<year>.
@Suite(.serialized) struct OutputPlacesTests {
    static let valid = RunCommandTests.valid

    static func temporaryFolder(in parent: String = TestScratch.root.path) throws -> URL {
        let url = URL(fileURLWithPath: parent).appendingPathComponent("caseload-places-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func absolutePathsInPipelineYmlAreUsedAsGiven() throws {
        let scenario = try Scenario(Self.valid)
        let elsewhere = try Self.temporaryFolder()
        // Inputs outside the project, named by absolute paths; results to an absolute folder.
        try FileManager.default.moveItem(at: scenario.folder.appendingPathComponent("Input/takster"),
                                         to: elsewhere.appendingPathComponent("takster"))
        let output = elsewhere.appendingPathComponent("srv/caseload/out")
        // An absolute output folder is created only in a folder that exists (OutputSafetyTests).
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        try scenario.write("pipeline.yml", """
        year: 2017
        municipalities: [Vallensbæk, Ishøj]
        inputs:
          catalog: \(scenario.folder.path)/Input/ydelser.csv
          budget: Input/budget
          rates: \(elsewhere.path)/takster
        output: \(output.path)

        """)
        let result = try CaseloadProcess.run(in: scenario.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote \(output.path)/2017/: afstemning.csv (2 rows), bilag1.md, afstemning.xlsx, rapport.html, flag.csv (0 flags), inddata.csv."))
        #expect(result.stdout.contains("  \(elsewhere.path)/takster/t.csv"))
        #expect(try snapshot(output).keys.sorted() == ["2017/afstemning.csv", "2017/afstemning.xlsx", "2017/bilag1.md", "2017/flag.csv", "2017/inddata.csv", "2017/rapport.html"])
        // Nothing went to <project>/srv/… as it used to.
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("srv").path))
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("Output").path))
    }

    @Test func aMissingAbsoluteInputIsNamedAsGiven() throws {
        let scenario = try Scenario(Self.valid)
        try scenario.write("pipeline.yml", "year: 2017\nmunicipalities: [Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: /nowhere/budget\n  rates: Input/takster\n")
        let result = try CaseloadProcess.run(in: scenario.folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("pipeline.yml:5:11: error: inputs.budget: \"/nowhere/budget\" does not exist\n"))
    }

    @Test func outputAsASymlinkToAnotherFileSystemIsSwappedThere() throws {
        // /dev/shm is a tmpfs: another file system than the temporary folder's on Linux.
        let shm = "/dev/shm"
        guard FileManager.default.fileExists(atPath: shm) else { return }
        let scenario = try Scenario(Self.valid)
        let share = try Self.temporaryFolder(in: shm)
        defer { try? FileManager.default.removeItem(at: share) }
        let link = scenario.folder.appendingPathComponent("Output")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: share)

        for arguments in [["run"], ["run", "--force"]] {  // the first run creates 2017/, the second swaps it
            let result = try CaseloadProcess.run(arguments, in: scenario.folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Wrote Output/2017/"))
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == share.path)
        #expect(try snapshot(share).keys.sorted() == ["2017/afstemning-total.csv", "2017/afstemning.csv", "2017/afstemning.xlsx", "2017/bilag1.md", "2017/flag.csv", "2017/inddata.csv", "2017/rapport.html"])
        #expect(stagingFolders(in: share).isEmpty)
        #expect(stagingFolders(in: scenario.folder).isEmpty)
    }

    @Test func aYearFolderThatIsASymlinkIsSwappedWhereItPoints() throws {
        let shm = "/dev/shm"
        guard FileManager.default.fileExists(atPath: shm) else { return }
        let scenario = try Scenario(Self.valid)
        let share = try Self.temporaryFolder(in: shm)
        defer { try? FileManager.default.removeItem(at: share) }
        let real = share.appendingPathComponent("budget-2017")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: scenario.folder.appendingPathComponent("Output"), withIntermediateDirectories: true)
        let link = scenario.folder.appendingPathComponent("Output/2017")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)

        let result = try CaseloadProcess.run(in: scenario.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(try snapshot(real).keys.sorted() == ["afstemning-total.csv", "afstemning.csv", "afstemning.xlsx", "bilag1.md", "flag.csv", "inddata.csv", "rapport.html"])
        #expect(stagingFolders(in: share).isEmpty)
    }

    @Test func aFileCaseloadDidNotWriteStopsTheRunUnlessForced() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        try scenario.write("Output/2017/noter.txt", "mine\n")
        try scenario.write("Input/budget/b.csv", "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;2.000\nVallensbæk;2017;Sygedagpenge;2.000\n")
        let before = try snapshot(scenario.folder.appendingPathComponent("Output"))

        let refused = try CaseloadProcess.run(in: scenario.folder)
        #expect(refused.status == 3)
        #expect(refused.stderr == "error: Output/2017/ holds a file that caseload did not write: \"noter.txt\"; a run replaces the whole folder, so it would be lost. Move it elsewhere, or run with --force to delete it. Nothing was written\n")
        #expect(try snapshot(scenario.folder.appendingPathComponent("Output")) == before)

        let forced = try CaseloadProcess.run(["run", "--force"], in: scenario.folder)
        #expect(forced.status == 0)
        let after = try snapshot(scenario.folder.appendingPathComponent("Output"))
        #expect(after["2017/noter.txt"] == nil)
        #expect(String(decoding: after["2017/afstemning.csv"]!, as: UTF8.self).contains("Ishøj,a-dagpenge,A-dagpenge,2000.00"))
    }

    @Test func aYearFolderThatIsAFileIsReportedPlainly() throws {
        let scenario = try Scenario(Self.valid)
        try scenario.write("Output/2017", "not a folder\n")
        let result = try CaseloadProcess.run(in: scenario.folder)
        #expect(result.status == 3)
        #expect(result.stderr == "error: Output/2017 is a file, not a folder; move it away and run again\n")
        #expect(stagingFolders(in: scenario.folder.appendingPathComponent("Output")).isEmpty)
    }

    @Test func configPathsAreNamedAsGiven() throws {
        let scenario = try Scenario(Self.valid)
        try scenario.write("sub/dir/file.yml", "year: 2017\nyear: 2018\n")
        let duplicate = try CaseloadProcess.run(["run", "--config", "sub/dir/file.yml"], in: scenario.folder)
        #expect(duplicate.status == 2)
        #expect(duplicate.stderr == """
        sub/dir/file.yml:2:1: error: key "year" appears twice (first at line 1); keep one
        No results written: sub/dir/file.yml has 1 error.

        """)
        let folder = try CaseloadProcess.run(["run", "--config", "sub/dir"], in: scenario.folder)
        #expect(folder.status == 2)
        #expect(folder.stderr.hasPrefix("sub/dir: error: sub/dir is a folder, not a pipeline file; pass the file, e.g. --config sub/dir/pipeline.yml\n"))
        let missing = try CaseloadProcess.run(["run", "--config", "sub/none.yml"], in: scenario.folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("sub/none.yml: error: sub/none.yml does not exist; run caseload in the folder that holds pipeline.yml, or pass its path with --config\n"))
    }
}
