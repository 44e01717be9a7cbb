import Foundation

/// A hook for the crash-safety test: with `CASELOAD_TEST_PAUSE_MS` set, the run sleeps that
/// long after staging each result file, so a test can kill it mid-write. Unset, it does nothing.
enum TestHooks {
    static let pauseMilliseconds: UInt32 = {
        guard let text = ProcessInfo.processInfo.environment["CASELOAD_TEST_PAUSE_MS"] else { return 0 }
        return UInt32(text) ?? 0
    }()

    static func pause() {
        if pauseMilliseconds > 0 { usleep(pauseMilliseconds * 1000) }
    }
}
