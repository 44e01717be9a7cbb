import CaseloadCLI
import Foundation

/// The pause hooks of the crash-safety tests: with `CASELOAD_TEST_PAUSE_MS` set, the run
/// reports `test-hook: staged N` on standard error after staging each result file, and
/// `test-hook: published` between the swap and the lock update, and sleeps that long after
/// each, so that a test can kill it at a known point. Unset, the run is a plain `caseload run`.
enum PauseHooks {
    /// The hooks `CASELOAD_TEST_PAUSE_MS` asks for (none when unset or not a number).
    static func fromEnvironment() -> RunHooks {
        guard let text = ProcessInfo.processInfo.environment["CASELOAD_TEST_PAUSE_MS"],
              let milliseconds = UInt32(text), milliseconds > 0 else { return RunHooks() }
        let staged = Counter()
        return RunHooks(
            staged: { report("test-hook: staged \(staged.next())", pause: milliseconds) },
            published: { report("test-hook: published", pause: milliseconds) }
        )
    }

    private static func report(_ line: String, pause milliseconds: UInt32) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
        usleep(milliseconds * 1000)
    }

    /// Counts the staged files (the run calls its hooks from one thread at a time).
    private final class Counter: @unchecked Sendable {
        private var value = 0

        func next() -> Int {
            value += 1
            return value
        }
    }
}
