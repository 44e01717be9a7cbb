import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one temporary folder of a test process: every scenario, fixture copy and scratch file a
/// test makes lives under `caseload-tests-<pid>` in the system's temporary folder, which is
/// removed when the process exits. A test run used to leave about a thousand folders behind in
/// `/tmp` (a `Scenario` has no place to clean up after itself); now a run leaves none, and the
/// folder of a run that crashed is removed by the next run (its process no longer exists).
enum TestScratch {
    /// The prefix of every test process's folder.
    static let prefix = "caseload-tests-"

    /// This process's folder, made (and the leftovers of dead test processes removed) on first use.
    static let root: URL = {
        let system = FileManager.default.temporaryDirectory
        removeLeftovers(in: system)
        let folder = system.appendingPathComponent("\(prefix)\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        // A failure here shows up as the first test's own failure to write into the folder.
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestScratch.root) }
        return folder
    }()

    /// Removes the folders of test processes that no longer run (a crashed or killed run).
    static func removeLeftovers(in system: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: system.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: system.appendingPathComponent(name))
            }
        }
    }
}
