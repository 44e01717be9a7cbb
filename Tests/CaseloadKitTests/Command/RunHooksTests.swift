import Foundation
import Testing

/// The pause hooks live in the test-only `caseload-testhooks`; the shipped binary ignores
/// `CASELOAD_TEST_PAUSE_MS`.
@Suite struct RunHooksTests {
    @Test func theShippedBinaryHasNoPauseHook() throws {
        let scenario = try Scenario(RunCommandTests.valid)
        let result = try CaseloadProcess.run(in: scenario.folder, environment: ["CASELOAD_TEST_PAUSE_MS": "1"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
    }

    @Test func theTestExecutableReportsEachHook() throws {
        let scenario = try Scenario(RunCommandTests.valid)
        let process = Process()
        process.executableURL = try CaseloadProcess.testHooksExecutable()
        process.currentDirectoryURL = scenario.folder
        process.environment = CaseloadProcess.neutralEnvironment.merging(["CASELOAD_TEST_PAUSE_MS": "1"]) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(stderr == (1...7).map { "test-hook: staged \($0)\n" }.joined() + "test-hook: published\n")
    }
}
