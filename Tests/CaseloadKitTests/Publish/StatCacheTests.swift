import CaseloadKit
import Foundation
import Testing

/// `status` and a no-change run hash a file again only when its size, modification time,
/// inode or device changed since it was hashed (the stat cache in `Output/.caseload-cache`);
/// `--verify` hashes everything. Hashes are counted with `FileHasher.hashedFiles`, not timed.
@Suite(.serialized) struct StatCacheTests {
    static let valid = RunCommandTests.valid
    /// pipeline.yml, the catalog, 2 inputs and 7 result files.
    static let allFiles = 11

    /// A project that was run, with every file's modification time an hour back (not racy).
    static func ranScenario() throws -> Scenario {
        let scenario = try Scenario(valid)
        _ = try Pipeline.run(configURL: scenario.configURL)
        let hourAgo = FileStat.now() - 3_600_000_000_000
        for path in try allPaths(scenario) { try setModified(scenario.folder.appendingPathComponent(path), hourAgo) }
        return scenario
    }

    static func allPaths(_ scenario: Scenario) throws -> [String] {
        let inputs = ["pipeline.yml", "Input/ydelser.csv", "Input/budget/b.csv", "Input/takster/t.csv"]
        let outputs = try FileManager.default.contentsOfDirectory(atPath: scenario.folder.appendingPathComponent("Output/2017").path)
        return inputs + outputs.map { "Output/2017/\($0)" }
    }

    static func setModified(_ url: URL, _ nanoseconds: Int64) throws {
        let time = timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        let times = [time, time]
        #expect(utimensat(AT_FDCWD, url.path, times, 0) == 0)
    }

    /// One `status`: the changes and how many files were read to hash them; saves the cache.
    static func status(_ scenario: Scenario, verify: Bool = false) throws -> (changes: [LockChange], hashed: Int) {
        let store = LockStore(config: try ConfigLoader.load(scenario.configURL), verify: verify)
        let changes = try store.changesNow()
        store.saveCache()
        return (changes, store.hasher.hashedFiles)
    }

    static func budget(_ scenario: Scenario) -> URL { scenario.folder.appendingPathComponent("Input/budget/b.csv") }

    @Test func anUnchangedFileIsNotHashedAgain() throws {
        let scenario = try Self.ranScenario()
        #expect(try Self.allPaths(scenario).count == Self.allFiles)
        let first = try Self.status(scenario)
        #expect(first.changes.isEmpty)
        #expect(first.hashed == Self.allFiles)
        let second = try Self.status(scenario)
        #expect(second.changes.isEmpty)
        #expect(second.hashed == 0)
    }

    @Test func aChangedSizeModificationTimeOrInodeIsHashedAgain() throws {
        let scenario = try Self.ranScenario()
        _ = try Self.status(scenario)
        let url = Self.budget(scenario)
        let original = try Data(contentsOf: url)
        let stat = try #require(FileStat.of(url))

        // Same bytes, another modification time: hashed again, unchanged.
        try Self.setModified(url, stat.modified - 1)
        #expect(try Self.status(scenario) == ([], 1))
        // Same bytes and time in a new file (another inode): hashed again, unchanged.
        try original.write(to: url, options: .atomic)  // a new file renamed over the old one
        try Self.setModified(url, stat.modified - 1)
        #expect(try #require(FileStat.of(url)).inode != stat.inode)
        #expect(try Self.status(scenario) == ([], 1))
        // Another size: hashed again, changed.
        try (original + Data("Ishøj;2017;Sygedagpenge;5\n".utf8)).write(to: url)
        try Self.setModified(url, stat.modified - 1)
        let changed = try Self.status(scenario)
        #expect(changed.hashed == 1)
        #expect(changed.changes == [LockChange(.inputModified, "Input/budget/b.csv")])
    }

    /// The documented trade-off: the same size, inode and modification time pass for unchanged;
    /// `--verify` reads every file and finds the edit.
    @Test func anEditKeepingSizeAndTimeIsMissedButVerifyFindsIt() throws {
        let scenario = try Self.ranScenario()
        _ = try Self.status(scenario)
        let url = Self.budget(scenario)
        let stat = try #require(FileStat.of(url))
        let edited = String(decoding: try Data(contentsOf: url), as: UTF8.self).replacingOccurrences(of: "2.000", with: "3.000")
        let handle = try FileHandle(forWritingTo: url)  // in place: same inode
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
        try Self.setModified(url, stat.modified)
        #expect(FileStat.of(url) == stat)

        #expect(try Self.status(scenario) == ([], 0))
        let verified = try Self.status(scenario, verify: true)
        #expect(verified.hashed == Self.allFiles)
        #expect(verified.changes == [LockChange(.inputModified, "Input/budget/b.csv")])
    }

    /// A file modified within 2 s of the cache's write is racy: the same edit is then caught.
    @Test func aRacyFileIsHashedAgain() throws {
        let scenario = try Self.ranScenario()
        let url = Self.budget(scenario)
        try Self.setModified(url, FileStat.now())
        #expect(try Self.status(scenario) == ([], Self.allFiles))
        let stat = try #require(FileStat.of(url))
        let edited = String(decoding: try Data(contentsOf: url), as: UTF8.self).replacingOccurrences(of: "2.000", with: "3.000")
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
        try Self.setModified(url, stat.modified)

        let next = try Self.status(scenario)
        #expect(next.hashed == 1)
        #expect(next.changes == [LockChange(.inputModified, "Input/budget/b.csv")])
    }

    @Test func aCorruptOrForeignCacheIsIgnored() throws {
        let scenario = try Self.ranScenario()
        let cache = scenario.folder.appendingPathComponent("Output/.caseload-cache")
        _ = try Self.status(scenario)
        let valid = try String(contentsOf: cache, encoding: .utf8)
        #expect(valid.hasPrefix("caseload-cache 2 \(ToolVersion.current)\n"))
        #expect(valid.hasSuffix("\nend \(Self.allFiles)\n"))

        for broken in ["\u{0}\u{0}garbage", String(valid.dropLast(30)),
                       valid.replacingOccurrences(of: ToolVersion.current, with: "caseload 0.0.1"),
                       valid.replacingOccurrences(of: "caseload-cache 2 ", with: "caseload-cache 1 ")] {
            try Data(broken.utf8).write(to: cache)
            #expect(try Self.status(scenario) == ([], Self.allFiles))
            #expect(try Self.status(scenario) == ([], 0))
        }
        try FileManager.default.removeItem(at: cache)
        #expect(try Self.status(scenario) == ([], Self.allFiles))
    }

    @Test func theCacheRoundTripsAndRacyEntriesAreNotTrusted() {
        let stat = FileStat(device: 2049, inode: 77, size: 120, modified: 1_700_000_000_123_456_789)
        let hex = String(repeating: "ab", count: 32)
        let entry = StatCache.Entry(stat: stat, sha256: hex)
        let cache = StatCache(entries: ["/p/a b.csv": entry])
        #expect(StatCache.parse(cache.rendered()) == cache)
        #expect(cache.rendered() == "caseload-cache 2 \(ToolVersion.current)\n2049 77 120 1700000000123456789 \(hex) /p/a b.csv\nend 1\n")
        #expect(cache.hash(of: "/p/a b.csv", now: stat) == hex)
        #expect(cache.hash(of: "/p/other.csv", now: stat) == nil)
        #expect(!entry.isRacy(written: stat.modified + 2_000_000_000))
        #expect(entry.isRacy(written: stat.modified + 1_999_999_999))
        let moved = FileStat(device: 2050, inode: 77, size: 120, modified: stat.modified)
        #expect(cache.hash(of: "/p/a b.csv", now: moved) == nil)
    }

    /// The cache is the user's machine's: status stays up to date beside it, the lock does not
    /// mention it, and `run --dry-run` writes none.
    @Test func theCacheIsNotAResultAndDryRunWritesNone() throws {
        let scenario = try Scenario(Self.valid)
        let cache = scenario.folder.appendingPathComponent("Output/.caseload-cache")
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        try? FileManager.default.removeItem(at: cache)
        #expect(try CaseloadProcess.run(["run", "--dry-run"], in: scenario.folder).status == 0)
        #expect(!FileManager.default.fileExists(atPath: cache.path))
        let lock = try Data(contentsOf: scenario.folder.appendingPathComponent("caseload.lock"))
        for arguments in [["status"], ["status"], ["status", "--verify"]] {
            let status = try CaseloadProcess.run(arguments, in: scenario.folder)
            #expect(status.status == 0)
            #expect(status.stdout == "Output/2017 is up to date: nothing changed since caseload.lock.\n")
        }
        #expect(FileManager.default.fileExists(atPath: cache.path))
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        #expect(try Data(contentsOf: scenario.folder.appendingPathComponent("caseload.lock")) == lock)
    }
}
