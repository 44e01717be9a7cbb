import ArgumentParser
import Foundation

/// The entry point of `caseload`: parses the command line, runs the command, and is the one
/// place that turns its outcome into an exit code.
public enum CommandLineTool {
    /// Runs the command the arguments name and exits. `hooks` reach `caseload run` (the
    /// shipped binary passes none; see `RunHooks`).
    ///
    /// Written by hand rather than ArgumentParser's `main()`, so that usage errors exit with 2
    /// as documented (ArgumentParser's own default is 64).
    public static func main(hooks: RunHooks = RunHooks()) -> Never {
        do {
            var command = try CaseloadCommand.parseAsRoot()
            if let run = command as? RunCommand {
                try run.run(hooks: hooks)
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = CaseloadCommand.exitCode(for: error)
            if code == .success {
                print(CaseloadCommand.fullMessage(for: error))
                Foundation.exit(0)
            }
            Console.error(CaseloadCommand.fullMessage(for: error))
            Foundation.exit(2)
        }
        Foundation.exit(0)
    }
}
