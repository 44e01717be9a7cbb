import ArgumentParser
import CaseloadKit
import Foundation

/// `--threads N`: how many threads read the case files. Only the speed depends on it, never
/// the results. Without it, `CASELOAD_THREADS` (for measurements) or one per core, at most 8.
///
/// The command line is the only place that reads the option or the environment variable;
/// the library takes the count through `RunOptions.caseReading`.
struct CaseReadingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Threads that read the case files (default: CASELOAD_THREADS, else one per core, at most 8).", valueName: "n"))
    var threads: Int?

    /// The most threads a count may ask for.
    static let maximum = 64

    func validate() throws {
        if let threads, !(1...Self.maximum).contains(threads) {
            throw ValidationError(Message.threadsOutOfRange(threads, maximum: Self.maximum)
                .text(Language.from(environment: ProcessInfo.processInfo.environment)))
        }
    }

    /// How the case files are read: `--threads`, else a valid `CASELOAD_THREADS`, else the
    /// library's default.
    func tuning(environment: [String: String] = ProcessInfo.processInfo.environment) -> CaseReadTuning {
        if let threads { return CaseReadTuning(threads: threads) }
        if let text = environment["CASELOAD_THREADS"], let value = Int(text), value >= 1 {
            return CaseReadTuning(threads: min(value, Self.maximum))
        }
        return CaseReadTuning()
    }
}
