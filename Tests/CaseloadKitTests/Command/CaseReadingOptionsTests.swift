import CaseloadKit
@testable import CaseloadCLI
import Foundation
import Testing

/// `--threads` and `CASELOAD_THREADS`: read by the command line only, passed to the library.
@Suite struct CaseReadingOptionsTests {
    @Test func theOptionComesBeforeTheEnvironment() throws {
        let options = try CaseReadingOptions.parse(["--threads", "3"])
        #expect(options.tuning(environment: ["CASELOAD_THREADS": "5"]).threads == 3)
    }

    @Test func theEnvironmentCountsWithoutTheOption() throws {
        let options = try CaseReadingOptions.parse([])
        #expect(options.tuning(environment: ["CASELOAD_THREADS": "5"]).threads == 5)
        #expect(options.tuning(environment: ["CASELOAD_THREADS": "500"]).threads == 64)
        // Not a count: the library's default, as without the variable.
        #expect(options.tuning(environment: ["CASELOAD_THREADS": "0"]).threads == CaseReadTuning.defaultThreads)
        #expect(options.tuning(environment: ["CASELOAD_THREADS": "many"]).threads == CaseReadTuning.defaultThreads)
        #expect(options.tuning(environment: [:]).threads == CaseReadTuning.defaultThreads)
    }

    @Test func aCountOutOfRangeIsAUsageError() throws {
        let scenario = try Scenario(RunCommandTests.valid)
        let result = try CaseloadProcess.run(["run", "--threads", "0"], in: scenario.folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: --threads must be from 1 to 64, not 0\n"))
        #expect(try snapshot(scenario.folder.appendingPathComponent("Output")).isEmpty)
    }

    @Test func theThreadsGiveTheSameResults() throws {
        let scenario = try Scenario(RunCommandTests.valid)
        #expect(try CaseloadProcess.run(["run", "--threads", "1"], in: scenario.folder).status == 0)
        let one = try snapshot(scenario.folder.appendingPathComponent("Output"))
        let forced = try CaseloadProcess.run(["run", "--force", "--threads", "7"], in: scenario.folder)
        #expect(forced.status == 0)
        #expect(try snapshot(scenario.folder.appendingPathComponent("Output")) == one)
    }
}
