import Foundation

/// A hook for the crash-safety test: with `CASELOAD_TEST_PAUSE_MS` set, the run reports
/// `test-hook: staged N` on stderr after staging each result file and sleeps that long, so a
/// test can kill it mid-write at a known point. Unset, it does nothing.
enum TestHooks {
    static let pauseMilliseconds: UInt32 = {
        guard let text = ProcessInfo.processInfo.environment["CASELOAD_TEST_PAUSE_MS"] else { return 0 }
        return UInt32(text) ?? 0
    }()

    nonisolated(unsafe) static var staged = 0

    static func pause() {
        guard pauseMilliseconds > 0 else { return }
        staged += 1
        Console.error("test-hook: staged \(staged)")
        usleep(pauseMilliseconds * 1000)
    }

    /// Called between swapping in the results and updating the lock file.
    static func published() {
        guard pauseMilliseconds > 0 else { return }
        Console.error("test-hook: published")
        usleep(pauseMilliseconds * 1000)
    }
}
