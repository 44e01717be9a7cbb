import ArgumentParser
import CaseloadKit
import Foundation

/// `caseload run --dry-run`: reads and checks everything a run would, prints what it would
/// read and write, and writes nothing (not even the output folder or its lock).
enum DryRun {
    static func run(config path: String, strict: Bool = false, caseReading: CaseReadTuning = CaseReadTuning()) throws {
        let config: PipelineConfig
        do {
            config = try ConfigLoader.load(URL(fileURLWithPath: path), shownAs: path)
        } catch {
            Console.configFailure(error, config: path)
            throw ExitCode(2)
        }
        let store = LockStore(config: config)
        let changes = store.changesNow()
        var outcome = try Pipeline.evaluate(config, caseReading: caseReading)
        outcome.applyStrict(strict)
        let rendered = outcome.diagnostics.rendered()
        if !rendered.isEmpty { Console.error(rendered) }
        print("Dry run: nothing is written.")
        print("Would read \(config.file) and \(config.inputs.all.count) input file\(config.inputs.all.count == 1 ? "" : "s"):")
        for input in config.inputs.all { print("  \(VisibleText.escape(input.path))") }
        if outcome.stoppedByWarnings {
            print(Message.strictWouldStop(outcome.diagnostics.warningCount).en)
        } else if outcome.succeeded {
            print("Would write \(config.yearFolderShown): \(outcome.files.map(\.name).joined(separator: ", ")), and \(store.name).")
        } else {
            print("Would write nothing: \(outcome.diagnostics.errorCount) error\(outcome.diagnostics.errorCount == 1 ? "" : "s") in the inputs.")
        }
        if !outcome.stoppedByWarnings, outcome.diagnostics.warningCount > 0 {
            print(Message.warningsListed(outcome.diagnostics.warningCount).en)
        }
        print(StatusReport.render(changes, store: store))
        if !outcome.succeeded || outcome.stoppedByWarnings { throw ExitCode(1) }
    }
}
