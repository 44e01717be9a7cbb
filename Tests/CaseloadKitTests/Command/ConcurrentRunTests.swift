import CaseloadKit
import Foundation
import Testing

/// Runs at the same time on one project (a scheduled run and a manual one): they take turns
/// on the output folder, and a run that says it wrote results has written exactly them.
@Suite(.serialized) struct ConcurrentRunTests {
    static let valid = RunCommandTests.valid

    /// Starts `caseload` without waiting for it.
    static func start(_ arguments: [String], in folder: URL, stderr: Pipe) throws -> Process {
        let process = Process()
        process.executableURL = try CaseloadProcess.executable()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = CaseloadProcess.neutralEnvironment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        try process.run()
        return process
    }

    @Test func twoRunsAtOnceManyTimesLeaveExactlyTheExpectedResults() throws {
        let scenario = try Scenario(Self.valid)
        let output = scenario.folder.appendingPathComponent("Output")
        #expect(try CaseloadProcess.run(in: scenario.folder).status == 0)
        let expected = try snapshot(output.appendingPathComponent("2017"))
        #expect(expected.count == 7)

        var waits = 0
        for round in 1...30 {
            let errors = [Pipe(), Pipe()]
            // --force: both really run and write (without it the second finds nothing changed).
            let processes = try errors.map { try Self.start(["run", "--force"], in: scenario.folder, stderr: $0) }
            let messages = errors.map { String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
            for process in processes { process.waitUntilExit() }
            for (process, message) in zip(processes, messages) {
                // Both succeed: the second waits for the first instead of failing or clobbering it.
                #expect(process.terminationStatus == 0, "round \(round): \(message)")
                if message.contains("waiting for it to finish") { waits += 1 }
            }
            #expect(try snapshot(output.appendingPathComponent("2017")) == expected, "round \(round)")
            #expect(stagingFolders(in: output).isEmpty, "round \(round)")
            #expect(stagingFolders(in: scenario.folder).isEmpty, "round \(round)")
        }
        // Not asserted: how often the two overlapped depends on the machine.
        print("ConcurrentRunTests: a run waited for the other in \(waits) of 30 rounds")
    }

    @Test func aRunWaitsForTheLockAndSaysSo() throws {
        let scenario = try Scenario(Self.valid)
        let output = scenario.folder.appendingPathComponent("Output")
        var lock: RunLock? = try RunLock(outputFolder: output, shownAs: "Output/", wait: false, waiting: {})
        let error = Pipe()
        let process = try Self.start(["run"], in: scenario.folder, stderr: error)
        // The run waits: it has said so, and has not written anything.
        var seen = ""
        while !seen.contains("\n") {
            let chunk = error.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        #expect(seen == "Another caseload run is writing the same output folder; waiting for it to finish (--no-wait stops instead).\n")
        #expect(process.isRunning)
        #expect(try snapshot(output).isEmpty)
        lock = nil
        process.waitUntilExit()
        #expect(lock == nil)
        #expect(process.terminationStatus == 0)
        #expect(try snapshot(output).count == 7)
    }

    @Test func noWaitStopsWithExitThreeWhileAnotherRunHoldsTheFolder() throws {
        let scenario = try Scenario(Self.valid)
        let output = scenario.folder.appendingPathComponent("Output")
        let lock = try RunLock(outputFolder: output, shownAs: "Output/", wait: false, waiting: {})
        let result = try CaseloadProcess.run(["run", "--no-wait"], in: scenario.folder)
        withExtendedLifetime(lock) {}
        #expect(result.status == 3)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: another caseload run is writing Output/ right now; nothing was done. Run again when it has finished, or leave out --no-wait to wait for it\n")
        #expect(try snapshot(output).isEmpty)
    }
}
