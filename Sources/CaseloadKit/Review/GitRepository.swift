import Foundation

/// A git repository, read with the `git` command (run as a child process): revisions are
/// resolved and files read with `git show REV:path`, never by checking anything out.
public struct GitRepository: Sendable {
    /// The repository's top-level folder, symbolic links resolved.
    public let topLevel: URL

    /// The repository that holds `folder`; a failure if there is none or git cannot run.
    public static func containing(_ folder: URL) throws(ReviewFailure) -> GitRepository {
        let result = try run(["rev-parse", "--show-toplevel"], in: folder)
        guard result.status == 0, let path = String(data: result.stdout, encoding: .utf8)?.trimmingWhitespace(), !path.isEmpty else {
            throw ReviewFailure(.notInGitRepository)
        }
        return GitRepository(topLevel: URL(fileURLWithPath: path).resolvingSymlinksInPath())
    }

    /// The commit that `revision` names (`HEAD`, `HEAD~1`, `main`, a hash, a tag).
    public func commit(_ revision: String) throws(ReviewFailure) -> String {
        let unknown = ReviewFailure(.unknownRevision(revision))
        guard !revision.isEmpty, !revision.hasPrefix("-") else { throw unknown }
        let result = try Self.run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: topLevel)
        guard result.status == 0, let hash = String(data: result.stdout, encoding: .utf8)?.trimmingWhitespace(), !hash.isEmpty else {
            throw unknown
        }
        return hash
    }

    /// The path of `url` relative to the top-level folder, as `git show` wants it; a failure
    /// if it lies outside the repository.
    public func relativePath(of url: URL) throws(ReviewFailure) -> String {
        let top = topLevel.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path == top { return "" }
        guard path.hasPrefix(top.hasSuffix("/") ? top : top + "/") else {
            throw ReviewFailure(.outsideGitRepository)
        }
        return String(path.dropFirst(top.count + (top.hasSuffix("/") ? 0 : 1)))
    }

    /// The bytes of `path` (relative to the top level) at `commit`, through `git show`;
    /// `nil` if there is no such file at that commit.
    public func show(commit: String, path: String) throws(ReviewFailure) -> Data? {
        let object = "\(commit):\(path)"
        let type = try Self.run(["cat-file", "-t", object], in: topLevel)
        guard type.status == 0, String(data: type.stdout, encoding: .utf8)?.trimmingWhitespace() == "blob" else { return nil }
        let shown = try Self.run(["show", object], in: topLevel)
        guard shown.status == 0 else {
            throw ReviewFailure(.gitShowFailed(object, stderr: String(decoding: shown.stderr, as: UTF8.self).trimmingWhitespace()))
        }
        return shown.stdout
    }

    private struct Output {
        let status: Int32
        let stdout: Data
        let stderr: Data
    }

    /// Runs `git -C folder arguments…` and waits for it.
    private static func run(_ arguments: [String], in folder: URL) throws(ReviewFailure) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "--no-pager", "-C", folder.path] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ReviewFailure(.cannotRunGit(error.localizedDescription))
        }
        // git's messages are short; the file comes on stdout, read to its end first.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 {
            throw ReviewFailure(.gitNotInstalled)
        }
        return Output(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }
}
