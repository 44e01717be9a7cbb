import ArgumentParser
import CaseloadKit

extension FingerprintFailure {
    /// The exit code of `run` (and `run --dry-run`) for a file that cannot be fingerprinted,
    /// by what the file is: 1 an input, 2 pipeline.yml, 3 a result file.
    var runExitCode: ExitCode {
        switch role {
        case .input: ExitCode(1)
        case .settings: ExitCode(2)
        case .result: ExitCode(3)
        }
    }
}
