import ArgumentParser
import Foundation

// A hand-written entry point, so that usage errors exit with 2 as documented
// (ArgumentParser's own default is 64).
do {
    var command = try CaseloadCommand.parseAsRoot()
    try command.run()
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
