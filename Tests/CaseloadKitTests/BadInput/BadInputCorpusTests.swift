import CaseloadKit
import Foundation
import Testing

/// The corpus of bad inputs under Fixtures/bad: each folder holds input files that replace or
/// join a valid baseline, and `expected.txt` with the run's result and its exact diagnostics.
///
/// To record a new case, add its folder and run the tests once with CASELOAD_RECORD_CORPUS=1;
/// read every message it wrote before committing it.
@Suite struct BadInputCorpusTests {
    static let corpus = fixture("bad")

    static let baseline: [String: String] = [
        "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000\n",
        // Every municipality of pipeline.yml needs a budget; cases replace b.csv, not this.
        "Input/budget/v.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;2.000\n",
        "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n*;2017;Kontanthjælp;146.949\n",
    ]

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
    }

    /// The case's files, by path relative to its folder.
    static func files(of name: String) throws -> [String: Data] {
        let folder = corpus.appendingPathComponent(name)
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue, path != "expected.txt" {
                files[path] = try Data(contentsOf: folder.appendingPathComponent(path))
            }
        }
        return files
    }

    @Test func theCorpusHasTheCasesTheIssueNames() {
        #expect(Self.cases.count >= 45)
    }

    @Test(arguments: cases)
    func eachBadInputGivesItsExpectedMessages(name: String) throws {
        // The case's files replace or join the baseline; pipeline.yml names the folders they fill.
        // A case may bring its own pipeline.yml (for errors in it).
        var files = Self.baseline.mapValues { Data($0.utf8) }.merging(try Self.files(of: name)) { $1 }
        let pipeline = files.removeValue(forKey: "pipeline.yml").map { String(decoding: $0, as: UTF8.self) }
        let scenario = try Scenario(bytes: files, pipeline: pipeline)

        let actual: String
        let outcome: RunOutcome
        do {
            outcome = try scenario.evaluate()
        } catch let failure as ConfigLoader.Failure {
            actual = (["result: pipeline.yml refused"] + failure.diagnostics.map(\.description)).joined(separator: "\n") + "\n"
            try check(name, actual)
            return
        }
        actual = (["result: \(outcome.succeeded ? "succeeded" : "failed")"]
            + outcome.diagnostics.diagnostics.map(\.description)).joined(separator: "\n") + "\n"
        try check(name, actual)
        // Every row is accounted for, whatever went wrong.
        #expect(outcome.ledger.total.balances, "\(name): read ≠ used + ignored + rejected")
    }

    private func check(_ name: String, _ actual: String) throws {
        let expectedURL = Self.corpus.appendingPathComponent(name).appendingPathComponent("expected.txt")
        if ProcessInfo.processInfo.environment["CASELOAD_RECORD_CORPUS"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected, "\(name):\n\(actual)")
    }
}
