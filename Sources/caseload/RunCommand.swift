import ArgumentParser
import CaseloadKit
import Foundation

/// `caseload run`: the main job, on pipeline.yml in the current folder.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read the inputs named in pipeline.yml and write <output>/<year>/.",
        discussion: """
        Runs on one output folder take turns: a second run waits for the first to finish \
        (or, with --no-wait, stops with exit code 3).
        """
    )

    @Option(name: .long, help: "The pipeline file.")
    var config = "pipeline.yml"

    @Flag(name: .long, help: "If another run is writing the same output folder, stop (exit 3) instead of waiting for it.")
    var noWait = false

    @Flag(name: .long, help: "Replace <output>/<year>/ even if it holds files caseload did not write (they are deleted).")
    var force = false

    func run() throws {
        let url = URL(fileURLWithPath: config)
        let outcome: RunOutcome
        do {
            outcome = try Pipeline.run(
                configURL: url, shownAs: config, options: RunOptions(wait: !noWait, force: force),
                waiting: { Console.error("Another caseload run is writing the same output folder; waiting for it to finish (--no-wait stops instead).") },
                pause: TestHooks.pause)
        } catch let failure as ConfigLoader.Failure {
            for diagnostic in failure.diagnostics { Console.error(diagnostic.description) }
            Console.error("No results written: \(config) has \(failure.diagnostics.count) error\(failure.diagnostics.count == 1 ? "" : "s").")
            throw ExitCode(2)
        } catch let failure as OutputWriter.Failure {
            Console.error("error: \(failure.description)")
            throw ExitCode(3)
        }
        let rendered = outcome.diagnostics.rendered()
        if !rendered.isEmpty { Console.error(rendered) }
        print(RunSummary.render(outcome))
        if !outcome.succeeded { throw ExitCode(1) }
    }
}
