import CaseloadKit
import Foundation

/// `caseload run --dry-run`: reads and checks everything a run would, prints what it would
/// read and write, and writes nothing (not even the output folder or its lock). Throws a
/// `CaseloadError` for every outcome other than success.
enum DryRun {
    static func run(config path: String, strict: Bool = false, caseReading: CaseReadTuning = CaseReadTuning(), language: Language) throws {
        let config: PipelineConfig
        do {
            config = try ConfigLoader.load(URL(fileURLWithPath: path), shownAs: path)
        } catch {
            throw CaseloadError(error, config: path, in: .dryRun)
        }
        let store = LockStore(config: config)
        let changes: [LockChange]
        do {
            changes = try store.changesNow()
        } catch {
            throw CaseloadError(error, in: .dryRun)
        }
        var outcome = try Pipeline.evaluate(config, caseReading: caseReading)
        outcome.applyStrict(strict)
        let rendered = outcome.diagnostics.rendered(language)
        if !rendered.isEmpty { Console.standardError(rendered) }
        print(Message.dryRunNothingWritten.text(language))
        print(Message.dryRunWouldRead(config.file, inputs: config.inputs.all.count).text(language))
        for input in config.inputs.all { print("  \(VisibleText.escape(input.path))") }
        if outcome.stoppedByWarnings {
            print(Message.strictWouldStop(outcome.diagnostics.warningCount).text(language))
        } else if outcome.succeeded {
            print(Message.dryRunWouldWrite(config.yearFolderShown, files: outcome.resultNames, lock: store.name).text(language))
        } else {
            print(Message.dryRunWouldWriteNothing(errors: outcome.diagnostics.errorCount).text(language))
        }
        if !outcome.stoppedByWarnings, outcome.diagnostics.warningCount > 0 {
            print(Message.warningsListed(outcome.diagnostics.warningCount).text(language))
        }
        print(StatusReport.render(changes, store: store, language: language))
        if !outcome.succeeded || outcome.stoppedByWarnings { throw CaseloadError.reported(.inputErrors) }
    }
}
