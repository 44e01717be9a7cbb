import Foundation

/// A throwaway git repository for tests of `caseload diff`: git with a fixed identity and
/// no user or system configuration.
struct GitFixture {
    let folder: URL

    /// The environment for git (and for caseload when it runs git): nothing from the machine's config.
    static let environment = [
        "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
    ]

    /// Runs `git init` in `folder`.
    init(_ folder: URL) throws {
        self.folder = folder
        try git("init", "-q")
    }

    /// Stages everything and commits it.
    func commitAll(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    /// Runs git in the repository and returns its standard output; throws if it fails.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(Self.environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw GitFailure(arguments: arguments, status: process.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }
}

struct GitFailure: Error {
    let arguments: [String]
    let status: Int32
}
