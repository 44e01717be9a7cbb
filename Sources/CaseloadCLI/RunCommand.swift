import ArgumentParser
import CaseloadKit
import Foundation

/// `caseload run`: the main job, on pipeline.yml in the current folder.
struct RunCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read the inputs named in pipeline.yml and write <output>/<year>/ and the lock file.",
        discussion: """
        When nothing changed since the lock file (caseload.lock beside pipeline.yml), the run \
        does no work and says so. Runs on one output folder take turns: a second run waits for \
        the first to finish (or, with --no-wait, stops with exit code 3). With --strict, a \
        warning stops the run like an error (exit 1, nothing written); an up-to-date strict run \
        still reads and checks the inputs.
        """
    )

    @Option(name: .long, help: "The pipeline file.")
    var config = "pipeline.yml"

    @Flag(name: .long, help: "If another run is writing the same output folder, stop (exit 3) instead of waiting for it.")
    var noWait = false

    @Flag(name: .long, help: "Run even if nothing changed, and replace <output>/<year>/ even if it holds files caseload did not write (they are deleted, each named in a warning).")
    var force = false

    @Flag(name: .long, help: "Print what a run would read and write, and write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Exit with 4 when the results have flags (they are written all the same), for CI.")
    var failOnFlags = false

    @Flag(name: .long, help: "Treat warnings as errors: with any warning, write nothing and exit 1 (also when up to date: the inputs are read and checked).")
    var strict = false

    @OptionGroup var reading: CaseReadingOptions

    @OptionGroup var sprog: LanguageOption

    func run() throws {
        try run(hooks: RunHooks())
    }

    /// Runs with `hooks` called at the points tests kill a run at (`CommandLineTool.main`).
    /// Throws a `CaseloadError` for every outcome other than success.
    func run(hooks: RunHooks) throws {
        let language = sprog.language
        if dryRun { return try DryRun.run(config: config, strict: strict, caseReading: reading.tuning(), language: language) }
        let result: RunResult
        do {
            result = try Pipeline.run(
                configURL: URL(fileURLWithPath: config), shownAs: config,
                options: RunOptions(wait: !noWait, force: force, strict: strict, caseReading: reading.tuning()),
                waiting: { Console.standardError(.waitingForOtherRun, language) },
                pause: hooks.staged, published: hooks.published)
        } catch let failure as ConfigLoader.Failure {
            throw CaseloadError(failure, config: config, in: .run)
        } catch let failure as OutputWriter.Failure {
            throw CaseloadError(failure)
        } catch let failure as FingerprintFailure {
            throw CaseloadError(failure, in: .run)
        }
        switch result {
        case .upToDate(let config, let store):
            print(Message.runUpToDate(String(config.yearFolderShown.dropLast()), lock: store.name).text(language))
            if failOnFlags { try FailOnFlags.check(count: FailOnFlags.published(in: config), config: config) }
        case .ran(let outcome):
            let rendered = outcome.diagnostics.rendered(language)
            if !rendered.isEmpty { Console.standardError(rendered) }
            print(RunSummary.render(outcome, language: language))
            if !outcome.succeeded || outcome.stoppedByWarnings { throw CaseloadError.reported(.inputErrors) }
            if failOnFlags { try FailOnFlags.check(count: outcome.report?.flags.count ?? 0, config: outcome.config) }
        }
    }
}
