import CaseloadKit
import Foundation
import Testing

/// The frozen copy of Beskæftigelsesplan 2017 (`Fixtures/plan-2017/`): pipeline.yml, the
/// `Input/` files the 2017 run reads, and in `expected/` the golden result files of that run.
///
/// Tests never read the project's live `Input/`: it is the user's data, and a data pull
/// request that changes it must keep the test suite green. Every run happens in a copy of the
/// fixture in a fresh temporary folder, so a test may change the copy's inputs freely.
///
/// `CASELOAD_RECORD_GOLDEN=1 swift test --filter PublishedBilag1Tests` rewrites `expected/`
/// from what the code now produces (then look at `git diff` before committing).
struct PlanFixture {
    /// The fixture as committed (never written to, except `expected/` when recording).
    static let source = fixture("plan-2017")
    /// The golden result files.
    static let expectedFolder = source.appendingPathComponent("expected")
    /// True when the golden files are to be re-recorded instead of compared.
    static var recording: Bool { ProcessInfo.processInfo.environment["CASELOAD_RECORD_GOLDEN"] == "1" }

    /// The copy's folder (holds pipeline.yml and Input/).
    let folder: URL

    /// Copies pipeline.yml and Input/ of the fixture into a new temporary folder.
    init() throws {
        folder = TestScratch.root.appendingPathComponent("caseload-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in ["pipeline.yml", "Input"] {
            try FileManager.default.copyItem(at: Self.source.appendingPathComponent(item), to: folder.appendingPathComponent(item))
        }
    }

    /// The copy's pipeline.yml.
    var configURL: URL { folder.appendingPathComponent("pipeline.yml") }

    /// Loads the copy's pipeline.yml and evaluates the run without writing.
    func evaluate() throws -> RunOutcome {
        try Pipeline.evaluate(try ConfigLoader.load(configURL))
    }

    /// Replaces the one occurrence of `old` in the copy's file at `path` with `new`.
    func replace(_ old: String, with new: String, in path: String) throws {
        let url = folder.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let parts = text.components(separatedBy: old)
        try #require(parts.count == 2, "\(path) should hold \"\(old)\" once")
        try Data(parts.joined(separator: new).utf8).write(to: url)
    }

    /// A result file the copy's run wrote, from `Output/2017/`.
    func written(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent("Output/2017").appendingPathComponent(name))
    }

    /// The 2017 run of an unchanged copy of the fixture, which must succeed.
    static func evaluated() throws -> RunOutcome {
        let outcome = try PlanFixture().evaluate()
        #expect(outcome.succeeded, "\(outcome.diagnostics.rendered())")
        return outcome
    }

    /// The golden result files by name.
    static func expected() throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: expectedFolder.path)
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: expectedFolder.appendingPathComponent($0))) })
    }

    /// Replaces the golden files with `files` (`CASELOAD_RECORD_GOLDEN=1`).
    static func record(_ files: [OutputFile]) throws {
        if FileManager.default.fileExists(atPath: expectedFolder.path) {
            try FileManager.default.removeItem(at: expectedFolder)
        }
        try FileManager.default.createDirectory(at: expectedFolder, withIntermediateDirectories: true)
        for file in files {
            try file.data.write(to: expectedFolder.appendingPathComponent(file.name))
        }
    }

    /// The differences between `files` and the golden files, one line each (empty: all match).
    static func goldenDifferences(_ files: [String: Data]) throws -> [String] {
        let expected = try expected()
        var differences: [String] = []
        for name in Set(expected.keys).union(files.keys).sorted() {
            switch (expected[name], files[name]) {
            case (nil, _?): differences.append("\(name): written, but not in expected/")
            case (_?, nil): differences.append("\(name): in expected/, but not written")
            case let (golden?, made?) where golden != made: differences.append("\(name): differs from expected/\(name)")
            default: break
            }
        }
        return differences
    }
}
