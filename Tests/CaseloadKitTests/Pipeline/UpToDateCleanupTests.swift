import CaseloadKit
import Foundation
import Testing

/// A run that finds the results up to date still clears the staging folders a killed run left
/// in Output/ (it holds the run lock, so no other run is using them).
@Suite struct UpToDateCleanupTests {
    @Test func anUpToDateRunRemovesThisYearsStagingLeftovers() throws {
        let scenario = try Scenario(RunCommandTests.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        let output = scenario.folder.appendingPathComponent("Output")
        // What a run killed mid-write leaves: its staging folder beside the year folder.
        try scenario.write("Output/.caseload-staging-2017-4242-17/afstemning.csv", "half\n")
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".caseload-staging-2017-4243-18"), withIntermediateDirectories: false)
        // Another year's run is not this run's business.
        try scenario.write("Output/.caseload-staging-2018-4244-19/afstemning.csv", "other year\n")
        let before = try snapshot(output)

        let again = try CaseloadProcess.run(in: scenario.folder)
        #expect(again.status == 0)
        #expect(again.stdout == "Output/2017 is up to date: nothing changed since caseload.lock (--force runs anyway).\n")
        #expect(stagingFolders(in: output) == [".caseload-staging-2018-4244-19"])
        #expect(try snapshot(output) == before)
    }

    @Test func theWriterRemovesLeftoversBesideTheRealYearFolder() throws {
        let folder = try OutputPlacesTests.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("2017"), withIntermediateDirectories: true)
        for name in [".caseload-staging-2017-1-2", ".caseload-staging-2016-1-2", "noter.txt"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: false)
        }
        OutputWriter(outputFolder: folder, shownAs: "Output").removeLeftovers(year: 2017)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".caseload-staging-2016-1-2", "2017", "noter.txt"])
    }
}
