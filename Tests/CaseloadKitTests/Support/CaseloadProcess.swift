import Foundation
import Testing

/// The built `caseload` executable, run as a user would (tests of exit codes, stdout/stderr,
/// and of killing a run mid-write).
struct CaseloadProcess {
    /// The shipped executable beside the test bundle (`swift test` builds it too).
    static func executable() throws -> URL {
        try built("caseload")
    }

    /// `caseload-testhooks`: the commands of `caseload` with the pause hooks that
    /// `CASELOAD_TEST_PAUSE_MS` turns on (`Tests/caseload-testhooks`; never shipped).
    static func testHooksExecutable() throws -> URL {
        try built("caseload-testhooks")
    }

    private static func built(_ name: String) throws -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name),
            repositoryRoot.appendingPathComponent(".build/debug/\(name)"),
        ]
        return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                            "the \(name) executable is not built; run swift build")
    }

    /// The test process's environment without the locale variables (`LANG`, `LC_*`), so a
    /// run speaks English whatever the machine's locale; a test that wants Danish passes
    /// `LANG` (or `--sprog da`) itself.
    static var neutralEnvironment: [String: String] {
        ProcessInfo.processInfo.environment.filter { key, _ in key != "LANG" && key != "LANGUAGE" && !key.hasPrefix("LC_") }
    }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `caseload-testhooks` in `folder` with the hooks' pauses on, and kills it with
    /// SIGKILL as soon as it has written `marker` (e.g. `test-hook: staged 2`) to standard
    /// error. Returns what it wrote there and whether it died of the signal.
    static func kill(in folder: URL, when marker: String) throws -> (stderr: String, killed: Bool) {
        let process = Process()
        process.executableURL = try testHooksExecutable()
        process.currentDirectoryURL = folder
        process.environment = neutralEnvironment.merging(["CASELOAD_TEST_PAUSE_MS": "300"]) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = ""
        while !seen.contains(marker + "\n") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return (seen, process.terminationReason == .uncaughtSignal)
    }

    /// Runs `caseload` with `arguments` in `folder` and waits for it; `environment` is added
    /// to the neutral (English) one.
    static func run(_ arguments: [String] = [], in folder: URL, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = neutralEnvironment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// Every file under a folder, by path relative to it; caseload's own hidden bookkeeping
/// (`.caseload-run.lock`, a killed run's `.caseload-staging-*`) is left out unless asked for.
func snapshot(_ folder: URL, internals: Bool = false) throws -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
    while let path = enumerator.nextObject() as? String {
        if !internals, path.split(separator: "/").contains(where: { $0.hasPrefix(".caseload-") }) { continue }
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
        if !isFolder.boolValue { files[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
    }
    return files
}

/// The staging folders (`.caseload-staging-*`) in a folder.
func stagingFolders(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".caseload-staging") }.sorted()
}
