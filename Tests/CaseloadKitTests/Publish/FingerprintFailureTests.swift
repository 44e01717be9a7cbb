@testable import CaseloadKit
import Foundation
import Testing

/// A file the lock needs a fingerprint of and cannot read is an error naming it, never an
/// empty fingerprint: `run` exits 1 for an input and 3 for a result file, `status` exits 1,
/// and nothing is written.
@Suite(.serialized) struct FingerprintFailureTests {
    static let valid = RunCommandTests.valid

    /// Points `path` in the scenario at /proc/self/mem: a regular file that opens and then
    /// fails to read (root reads every ordinary file, so this is the read error a test can make).
    static func makeUnreadable(_ path: String, in scenario: Scenario) throws {
        let url = scenario.folder.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "/proc/self/mem")
    }

    @Test func anInputThatVanishedIsNamed() throws {
        let scenario = try Scenario(Self.valid)
        let store = LockStore(config: try ConfigLoader.load(scenario.configURL))
        try FileManager.default.removeItem(at: scenario.folder.appendingPathComponent("Input/budget/b.csv"))
        let expected = FingerprintFailure(role: .input, path: "Input/budget/b.csv", reason: "No such file or directory", lock: "caseload.lock")
        #expect(throws: expected) { try store.fingerprints() }
        #expect(expected.message == Message(
            en: "cannot read Input/budget/b.csv to compare it with caseload.lock (No such file or directory)",
            da: "kan ikke læse Input/budget/b.csv for at sammenligne den med caseload.lock (No such file or directory)"))
    }

    @Test func anUnreadableInputStopsTheRunWithExitOne() throws {
        let scenario = try Scenario(Self.valid)
        try Self.makeUnreadable("Input/budget/c.csv", in: scenario)
        let result = try CaseloadProcess.run(in: scenario.folder)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: cannot read Input/budget/c.csv to compare it with caseload.lock (Input/output error); nothing was written\n")
        #expect(try snapshot(scenario.folder.appendingPathComponent("Output")).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("caseload.lock").path))

        let status = try CaseloadProcess.run(["status"], in: scenario.folder)
        #expect(status.status == 1)
        #expect(status.stderr == "error: cannot read Input/budget/c.csv to compare it with caseload.lock (Input/output error)\n")
        let dryRun = try CaseloadProcess.run(["run", "--dry-run"], in: scenario.folder)
        #expect(dryRun.status == 1)
        #expect(dryRun.stderr == "error: cannot read Input/budget/c.csv to compare it with caseload.lock (Input/output error)\n")
    }

    @Test func anUnreadableResultFileStopsTheRunWithExitThree() throws {
        let scenario = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        try Self.makeUnreadable("Output/2017/flag.csv", in: scenario)
        let lock = try Data(contentsOf: scenario.folder.appendingPathComponent("caseload.lock"))

        let result = try CaseloadProcess.run(in: scenario.folder)
        #expect(result.status == 3)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: cannot read Output/2017/flag.csv to compare it with caseload.lock (Input/output error); nothing was written\n")
        #expect(try Data(contentsOf: scenario.folder.appendingPathComponent("caseload.lock")) == lock)

        let status = try CaseloadProcess.run(["status"], in: scenario.folder)
        #expect(status.status == 1)
        #expect(status.stderr == "error: cannot read Output/2017/flag.csv to compare it with caseload.lock (Input/output error)\n")
    }

    /// A forced run hashes its inputs while it reads them. An input that changes meanwhile (here
    /// b.csv, grown by a line as it is hashed) may have been read in one state and hashed in
    /// another: the run stops with the file named and writes nothing; run again, it publishes.
    @Test func anInputChangedWhileAForcedRunReadsItStopsTheRun() throws {
        let scenario = try Scenario(Self.valid)
        let hasher = FileHasher(cacheURL: nil, verify: true, hash: { url throws(ChunkedFile.Failure) in
            if url.lastPathComponent == "b.csv" { Self.appendLine(to: url) }
            return try ContentHash.ofFile(at: url)
        })
        let expected = FingerprintFailure(changedWhileRead: "Input/budget/b.csv", role: .input, lock: "caseload.lock")
        #expect(throws: expected) {
            try Pipeline.run(configURL: scenario.configURL, options: RunOptions(force: true), hasher: hasher)
        }
        #expect(expected.message == Message(
            en: "Input/budget/b.csv changed while the run read it, so the results could not be matched with caseload.lock; run again",
            da: "Input/budget/b.csv blev ændret, mens kørslen læste den, så resultaterne kunne ikke knyttes til caseload.lock; kør igen"))
        #expect(try snapshot(scenario.folder.appendingPathComponent("Output")).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("caseload.lock").path))

        guard case .ran(let outcome) = try Pipeline.run(configURL: scenario.configURL, options: RunOptions(force: true)) else {
            Issue.record("the forced run found the results up to date")
            return
        }
        #expect(outcome.succeeded)
        let status = try LockStore(config: try ConfigLoader.load(scenario.configURL)).changesNow()
        #expect(status == [])
    }

    /// What the forced run asks its hasher after reading: is each file as it was hashed?
    @Test func aHasherTellsAFileChangedSinceItWasHashed() throws {
        let scenario = try Scenario(Self.valid)
        let budget = scenario.folder.appendingPathComponent("Input/budget/b.csv")
        let rates = scenario.folder.appendingPathComponent("Input/takster/t.csv")
        let hasher = FileHasher(cacheURL: nil, verify: true)
        _ = try hasher.hash(budget)
        #expect(hasher.unchangedSinceHashed(budget))
        #expect(!hasher.unchangedSinceHashed(rates))  // never hashed: nothing says it is unchanged
        Self.appendLine(to: budget)
        #expect(!hasher.unchangedSinceHashed(budget))
        _ = try hasher.hash(budget)
        #expect(hasher.unchangedSinceHashed(budget))
    }

    /// Appends an empty line to the file at `url` (an edit that changes its size).
    static func appendLine(to url: URL) {
        let descriptor = open(url.path, O_WRONLY | O_APPEND)
        #expect(descriptor >= 0, "cannot open \(url.path)")
        guard descriptor >= 0 else { return }
        #expect(write(descriptor, "\n", 1) == 1)
        close(descriptor)
    }
}
