@testable import CaseloadKit
import Testing

/// `CaseloadError`: what a command stops with, rendered once by the entry point.
@Suite struct CaseloadErrorTests {
    static let located = Diagnostic(.error, Message(en: "bad value", da: "forkert værdi"), at: SourceLocation(file: "pipeline.yml", line: 3, column: 5))

    @Test func theExitCodesAreTheReadmes() {
        let codes: [CaseloadError.ExitCode] = [.success, .inputErrors, .changed, .usage, .outputFailed, .flagged]
        #expect(codes.map(\.rawValue) == [0, 1, 1, 2, 3, 4])
    }

    @Test func diagnosticsThenTheSummaryInTheLanguageAsked() {
        let error = CaseloadError(.usage, diagnostics: [Self.located], summary: [.configFailed("pipeline.yml", errors: 1)])
        #expect(error.rendered(.en) == "pipeline.yml:3:5: error: bad value\nNo results written: pipeline.yml has 1 error.")
        #expect(error.rendered(.da) == "pipeline.yml:3:5: fejl: forkert værdi\nIngen resultater skrevet: pipeline.yml har 1 fejl.")
        #expect(error.exitCode == .usage)
        #expect(error.description == "pipeline.yml:3:5: error: bad value\nNo results written: pipeline.yml has 1 error. [exit 2]")
    }

    @Test func anErrorWithoutAPlace() {
        let error = CaseloadError(.outputFailed, error: Message(en: "disk full\u{00A0}now", da: "disken er fuld"))
        // Invisible characters are spelled out, as in every diagnostic.
        #expect(error.rendered(.en) == "error: disk full<U+00A0>now")
        #expect(error.rendered(.da) == "fejl: disken er fuld")
    }

    @Test func aReportedOutcomeHasNothingToSay() {
        let error = CaseloadError.reported(.changed)
        #expect(error.rendered(.en) == nil)
        #expect(error.rendered(.da) == nil)
        #expect(error.exitCode.rawValue == 1)
    }

    @Test func theEngineCountsWhatItDidNotKeep() {
        let engine = DiagnosticEngine(limit: 1)
        engine.error(Message(en: "one", da: "en"), at: nil)
        engine.error(Message(en: "two", da: "to"), at: nil)
        engine.error(Message(en: "three", da: "tre"), at: nil)
        #expect(engine.unshown == [.moreErrorsNotShown(2)])
        #expect(engine.rendered(.en) == "error: one\n" + Message.moreErrorsNotShown(2).en)
        #expect(DiagnosticEngine().unshown.isEmpty)
    }
}
