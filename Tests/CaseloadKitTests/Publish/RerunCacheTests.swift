@testable import CaseloadKit
import Foundation
import Testing

/// A run leaves the stat cache filled with the inputs it hashed and the results it wrote, so the
/// next run or `status` hashes nothing that did not change; the racy rule is judged when the
/// cache is written (as git judges it when it writes its index). Which files are read is
/// recorded by an injected hash function and clock, not timed.
@Suite(.serialized) struct RerunCacheTests {
    /// Records the files read and moves the clock on when told to.
    final class Probe: @unchecked Sendable {
        private let lock = NSLock()
        private var read: [String] = []
        private var offset: Int64 = 0

        /// The paths read, relative to `folder`, sorted.
        func paths(in folder: URL) -> [String] {
            let prefix = folder.standardizedFileURL.path + "/"
            return lock.withLock { read }.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }.sorted()
        }

        func moveClock(by nanoseconds: Int64) { lock.withLock { offset += nanoseconds } }

        func hasher(_ scenario: Scenario, verify: Bool = false) -> FileHasher {
            FileHasher(cacheURL: scenario.folder.appendingPathComponent("Output/.caseload-cache"), verify: verify,
                       hash: { url throws(ChunkedFile.Failure) in
                           self.lock.withLock { self.read.append(url.standardizedFileURL.path) }
                           return try ContentHash.ofFile(at: url)
                       },
                       clock: { FileStat.now() + self.lock.withLock { self.offset } })
        }
    }

    static let inputs = ["Input/budget/b.csv", "Input/takster/t.csv", "Input/ydelser.csv", "pipeline.yml"]
    static let results = ["afstemning-total.csv", "afstemning.csv", "afstemning.xlsx", "bilag1.md", "flag.csv",
                          "inddata.csv", "rapport.html"].map { "Output/2017/" + $0 }

    /// A project whose inputs were last modified an hour ago (not racy).
    static func scenario() throws -> Scenario {
        let scenario = try Scenario(RunCommandTests.valid)
        let hourAgo = FileStat.now() - 3_600_000_000_000
        for path in inputs { try StatCacheTests.setModified(scenario.folder.appendingPathComponent(path), hourAgo) }
        return scenario
    }

    /// One run with `probe`'s hasher; returns the files it read.
    static func run(_ scenario: Scenario, force: Bool = false, probe: Probe = Probe()) throws -> (upToDate: Bool, read: [String]) {
        let result = try Pipeline.run(configURL: scenario.configURL, options: RunOptions(force: force),
                                      hasher: probe.hasher(scenario, verify: force))
        if case .upToDate = result { return (true, probe.paths(in: scenario.folder)) }
        return (false, probe.paths(in: scenario.folder))
    }

    /// One `status` with `probe`'s hasher; returns the changes and the files it read.
    static func status(_ scenario: Scenario, probe: Probe = Probe()) throws -> (changes: [LockChange], read: [String]) {
        let store = LockStore(config: try ConfigLoader.load(scenario.configURL), hasher: probe.hasher(scenario))
        let changes = try store.changesNow()
        store.saveCache()
        return (changes, probe.paths(in: scenario.folder))
    }

    @Test func aRunAfterARunOrAForcedRunReadsNothing() throws {
        let scenario = try Self.scenario()
        #expect(try Self.run(scenario) == (false, Self.inputs))
        #expect(try Self.run(scenario) == (true, []))
        #expect(try Self.status(scenario) == ([], []))
        // --force reads every input but not the previous results (it replaces them without
        // comparing), and leaves the inputs and the new results known.
        #expect(try Self.run(scenario, force: true) == (false, Self.inputs))
        #expect(try Self.run(scenario) == (true, []))
        #expect(try Self.run(scenario) == (true, []))
        #expect(try Self.status(scenario) == ([], []))
    }

    /// The previous run wrote the results and knows their hashes: a run that finds an input
    /// changed compares the results through the stat cache, reading none of them; the new
    /// results are hashed from the bytes written, never read back.
    @Test func aRunDoesNotReadUnchangedResults() throws {
        let scenario = try Self.scenario()
        _ = try Self.run(scenario)
        try scenario.write("Input/budget/b.csv", "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;7.000\nVallensbæk;2017;Sygedagpenge;2.000\n")
        try StatCacheTests.setModified(scenario.folder.appendingPathComponent("Input/budget/b.csv"), FileStat.now() - 3_000_000_000_000)
        #expect(try Self.run(scenario) == (false, ["Input/budget/b.csv"]))
        #expect(try Self.status(scenario) == ([], []))
    }

    @Test func anEditedResultIsReadAndFound() throws {
        let scenario = try Self.scenario()
        _ = try Self.run(scenario, force: true)
        try Data("kommune\n".utf8).write(to: scenario.folder.appendingPathComponent("Output/2017/flag.csv"))
        let status = try Self.status(scenario)
        #expect(status.read == ["Output/2017/flag.csv"])
        #expect(status.changes == [LockChange(.outputEdited, "Output/2017/flag.csv")])
    }

    /// An input generated just before the run (modified within 2 s of its hash) is kept when the
    /// cache is written more than 2 s after it was modified: racy relative to the cache's write.
    @Test func anInputModifiedJustBeforeTheRunIsKeptIfTheRunEndsLater() throws {
        let scenario = try Self.scenario()
        _ = try Self.run(scenario, force: true)
        let budget = scenario.folder.appendingPathComponent("Input/budget/b.csv")
        try StatCacheTests.setModified(budget, FileStat.now() - 500_000_000)
        let probe = Probe()
        let store = LockStore(config: try ConfigLoader.load(scenario.configURL), hasher: probe.hasher(scenario))
        #expect(try store.changesNow().isEmpty)
        probe.moveClock(by: 3_000_000_000)  // a long run: the cache is written 3 s later
        store.saveCache()
        #expect(probe.paths(in: scenario.folder) == ["Input/budget/b.csv"])
        #expect(try Self.status(scenario) == ([], []))
    }

    /// Written at once, the same entry is racy: the file is read again next time, and then kept.
    @Test func anInputModifiedWithin2SecondsOfTheCacheWriteIsReadAgainOnce() throws {
        let scenario = try Self.scenario()
        _ = try Self.run(scenario, force: true)
        let budget = scenario.folder.appendingPathComponent("Input/budget/b.csv")
        let modified = FileStat.now()
        try StatCacheTests.setModified(budget, modified)  // two quick statuses follow, well within 2 s
        #expect(try Self.status(scenario) == ([], ["Input/budget/b.csv"]))
        #expect(try Self.status(scenario) == ([], ["Input/budget/b.csv"]))
        let later = Probe()
        later.moveClock(by: 3_000_000_000)
        #expect(try Self.status(scenario, probe: later) == ([], ["Input/budget/b.csv"]))
        #expect(try Self.status(scenario) == ([], []))
    }

    /// With a whole-second modification time (a file system that may tick every second or two),
    /// an edit after the hash could have kept it: an entry racy at its hash is never kept.
    @Test func aWholeSecondTimeRacyAtItsHashIsNotKept() throws {
        let scenario = try Self.scenario()
        _ = try Self.run(scenario, force: true)
        let budget = scenario.folder.appendingPathComponent("Input/budget/b.csv")
        try StatCacheTests.setModified(budget, (FileStat.now() / 1_000_000_000 - 1) * 1_000_000_000)
        let probe = Probe()
        let store = LockStore(config: try ConfigLoader.load(scenario.configURL), hasher: probe.hasher(scenario))
        #expect(try store.changesNow().isEmpty)
        probe.moveClock(by: 5_000_000_000)
        store.saveCache()
        #expect(try Self.status(scenario) == ([], ["Input/budget/b.csv"]))
    }

    @Test func theRacyRuleAtTheCacheWrite() {
        let second: Int64 = 1_000_000_000
        let written = 1_700_000_100 * second
        func entry(_ modified: Int64) -> StatCache.Entry {
            StatCache.Entry(stat: FileStat(device: 1, inode: 2, size: 3, modified: modified), sha256: String(repeating: "0", count: 64))
        }
        let fine = written - 10 * second + 123_456_789
        // Settled entries (from the cache, or results past the file system's clock) are kept.
        #expect(FileHasher.keeps(entry(written - 1), checked: nil, written: written))
        // Modified long before its hash: kept.
        #expect(FileHasher.keeps(entry(fine), checked: fine + 2 * second, written: written))
        // Modified within 2 s of the cache's write: not kept.
        #expect(!FileHasher.keeps(entry(written - second), checked: written - second + 1, written: written))
        // Modified within 2 s of its hash, a fine time, 20 ms or more before it: kept.
        #expect(FileHasher.keeps(entry(fine), checked: fine + 20_000_000, written: written))
        #expect(!FileHasher.keeps(entry(fine), checked: fine + 19_999_999, written: written))
        // A whole-second time within 2 s of its hash: not kept.
        let whole = written - 10 * second
        #expect(!FileHasher.keeps(entry(whole), checked: whole + second, written: written))
        #expect(FileHasher.keeps(entry(whole), checked: whole + 2 * second, written: written))
    }

    /// Publishing moves the staging folder's time past every result's before the swap.
    @Test func publishingStampsTheResultsPastTheClock() throws {
        let scenario = try Self.scenario()
        let writer = OutputWriter(outputFolder: scenario.folder.appendingPathComponent("Output"), shownAs: "Output")
        let files = [OutputFile(name: "a.csv", data: Data("a\n".utf8)), OutputFile(name: "b.csv", data: Data("b\n".utf8))]
        let stamp = try #require(try writer.publish(files, year: 2017))
        for name in ["a.csv", "b.csv"] {
            let stat = try #require(FileStat.of(scenario.folder.appendingPathComponent("Output/2017/\(name)")))
            #expect(stat.modified < stamp.modified)
            #expect(stat.device == stamp.device)
        }
    }
}
