import ArgumentParser
import CaseloadKit
import Foundation

/// `caseload run`: the main job, on pipeline.yml in the current folder.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read the inputs named in pipeline.yml and write <output>/<year>/."
    )

    @Option(name: .long, help: "The pipeline file.")
    var config = "pipeline.yml"

    func run() throws {
        let url = URL(fileURLWithPath: config)
        let outcome: RunOutcome
        do {
            outcome = try Pipeline.run(configURL: url, pause: TestHooks.pause)
        } catch let failure as ConfigLoader.Failure {
            for diagnostic in failure.diagnostics { Console.error(diagnostic.description) }
            Console.error("No results written: \(url.lastPathComponent) has \(failure.diagnostics.count) error\(failure.diagnostics.count == 1 ? "" : "s").")
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
