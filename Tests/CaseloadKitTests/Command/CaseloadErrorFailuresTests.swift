@testable import CaseloadKit
@testable import CaseloadCLI
import Foundation
import Testing

/// The one place where the library's failures become a `CaseloadError`: the exit code of
/// each, and the commands never print an error or exit themselves.
@Suite struct CaseloadErrorFailuresTests {
    static let diagnostic = Diagnostic(.error, Message(en: "unknown key", da: "ukendt nøgle"), at: SourceLocation(file: "p.yml", line: 2))

    @Test func pipelineErrorsExitTwoWithEachCommandsClosingLine() {
        let failure = ConfigLoader.Failure(diagnostics: [Self.diagnostic])
        let closings: [(FailingCommand, [Message])] = [
            (.run, [.configFailed("p.yml", errors: 1)]),
            (.dryRun, [.configFailed("p.yml", errors: 1)]),
            (.status, [.configFailed("p.yml", errors: 1)]),
            (.explain, [.explainConfigFailed("p.yml", errors: 1)]),
            (.diff, []),
        ]
        for (command, closing) in closings {
            let error = CaseloadError(failure, config: "p.yml", in: command)
            #expect(error == CaseloadError(.usage, diagnostics: [Self.diagnostic], summary: closing), "\(command)")
        }
    }

    @Test func aFileThatCannotBeFingerprintedExitsByWhatItIs() {
        func failure(_ role: FingerprintFailure.Role) -> FingerprintFailure {
            FingerprintFailure(role: role, path: "x", reason: "Input/output error", lock: "caseload.lock")
        }
        let table: [(FailingCommand, FingerprintFailure.Role, Int32)] = [
            (.run, .input, 1), (.run, .settings, 2), (.run, .result, 3),
            (.dryRun, .input, 1), (.dryRun, .settings, 2), (.dryRun, .result, 3),
            (.status, .input, 1), (.status, .settings, 1), (.status, .result, 1),
        ]
        for (command, role, code) in table {
            #expect(CaseloadError(failure(role), in: command).exitCode.rawValue == code, "\(command) \(role)")
        }
        // Only run adds that nothing was written.
        #expect(CaseloadError(failure(.input), in: .run).rendered(.en)
                == "error: cannot read x to compare it with caseload.lock (Input/output error); nothing was written")
        #expect(CaseloadError(failure(.input), in: .status).rendered(.en)
                == "error: cannot read x to compare it with caseload.lock (Input/output error)")
    }

    @Test func theOtherFailures() {
        let message = Message(en: "m", da: "m")
        #expect(CaseloadError(OutputWriter.Failure(message, busy: true)) == CaseloadError(.outputFailed, error: message))
        #expect(CaseloadError(ReviewFailure(message)) == CaseloadError(.usage, error: message))
        #expect(CaseloadError(PublishedFlags.Failure(message: message)).exitCode == .outputFailed)
        #expect(CaseloadError.flagged(2, folder: "Output/2017/") == CaseloadError(.flagged, summary: [.failOnFlags(2, folder: "Output/2017/")]))
        let engine = DiagnosticEngine()
        engine.error(message, at: nil)
        engine.warning(message, at: nil)
        #expect(CaseloadError.explainInputErrors(engine)
                == CaseloadError(.inputErrors, diagnostics: engine.diagnostics, summary: [.explainInputErrors(1)]))
    }

    /// Commands throw; only `CommandLineTool` exits and writes errors.
    @Test func onlyTheEntryPointExits() throws {
        let folder = repositoryRoot.appendingPathComponent("Sources/CaseloadCLI")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(files.contains("CommandLineTool.swift"))
        for file in files where !["CommandLineTool.swift", "Console.swift"].contains(file) {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for forbidden in ["ExitCode(", "exit(", "Diagnostic(.error", "FileHandle.standardError"] {
                #expect(!text.contains(forbidden), "\(file) uses \(forbidden)")
            }
        }
    }
}
