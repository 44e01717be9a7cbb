import ArgumentParser
import CaseloadKit
import Foundation

/// The entry point of `caseload`: parses the command line, runs the command, and is the one
/// place that renders an error and turns the outcome into an exit code.
public enum CommandLineTool {
    /// Runs the command the arguments name and exits. `hooks` reach `caseload run` (the
    /// shipped binary passes none; see `RunHooks`).
    ///
    /// A command throws a `CaseloadError` for every outcome but success: it is rendered here,
    /// once, in the language the command chose, and its exit code is the process's. Usage
    /// errors are ArgumentParser's, rendered by it; they exit with 2 as documented (its own
    /// default is 64), which is why this is written by hand rather than as `main()`.
    public static func main(hooks: RunHooks = RunHooks()) -> Never {
        var language = Language.from(environment: ProcessInfo.processInfo.environment)
        do {
            var command = try CaseloadCommand.parseAsRoot()
            if let chooser = command as? ChoosesLanguage { language = chooser.sprog.language }
            if let run = command as? RunCommand {
                try run.run(hooks: hooks)
            } else {
                try command.run()
            }
        } catch let error as CaseloadError {
            exit(with: error, language)
        } catch {
            let code = CaseloadCommand.exitCode(for: error)
            if code == .success {
                print(CaseloadCommand.fullMessage(for: error))
                Foundation.exit(0)
            }
            Console.standardError(CaseloadCommand.fullMessage(for: error))
            Foundation.exit(CaseloadError.ExitCode.usage.rawValue)
        }
        Foundation.exit(CaseloadError.ExitCode.success.rawValue)
    }

    /// Writes `error` to standard error in `language` (unless the command already reported
    /// it) and exits with its code.
    static func exit(with error: CaseloadError, _ language: Language) -> Never {
        if let text = error.rendered(language) { Console.standardError(text) }
        Foundation.exit(error.exitCode.rawValue)
    }
}
