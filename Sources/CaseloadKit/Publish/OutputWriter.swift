import CFileSwap
import Foundation

/// Publishes a year's results all at once or not at all.
///
/// The year folder is resolved first (`Output` or `Output/<year>` may be symbolic links to a
/// network drive or another disk). The files are written and flushed in a staging folder of
/// this run's own beside the real year folder, so on the same file system
/// (`.caseload-staging-<year>-<pid>-<n>`), then swapped with it in one atomic step (renameat2
/// RENAME_EXCHANGE). A run that fails or is killed at any moment leaves the previous year
/// folder as it was, byte for byte. The caller holds the output folder's `RunLock`.
public struct OutputWriter {
    /// Why results could not be published.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, in plain words, in both languages.
        public let message: Message
        /// True when another run holds the output folder (and `--no-wait` was given).
        public let busy: Bool

        /// Creates a failure from a catalogue message.
        public init(_ message: Message, busy: Bool = false) {
            self.message = message
            self.busy = busy
        }

        /// What went wrong, in English.
        public var description: String { message.en }
    }

    /// The folder that holds the year folders (`Output`), as configured.
    public let outputFolder: URL
    /// How messages name it (`Output`, or the absolute path pipeline.yml gives).
    public let shownAs: String

    /// A writer for `outputFolder`.
    public init(outputFolder: URL, shownAs: String) {
        self.outputFolder = outputFolder
        self.shownAs = shownAs
    }

    /// The writer for `config`'s output folder, named in messages as pipeline.yml gives it.
    public init(config: PipelineConfig) {
        self.init(outputFolder: config.outputFolder,
                  shownAs: config.output.hasSuffix("/") ? String(config.output.dropLast()) : config.output)
    }

    /// The real year folder, symbolic links resolved: where the results end up.
    public func realYearFolder(_ year: Int) -> URL {
        let configured = outputFolder.appendingPathComponent(String(year))
        if let real = Self.realPath(configured) { return URL(fileURLWithPath: real) }
        if let real = Self.realPath(outputFolder) { return URL(fileURLWithPath: real).appendingPathComponent(String(year)) }
        return configured
    }

    /// The canonical path of an existing file or folder, every symbolic link resolved.
    static func realPath(_ url: URL) -> String? {
        guard let resolved = realpath(url.path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The files and folders in the current year folder that caseload did not write (only
    /// `known` names are its own), sorted, a folder's name ending in `/`; these would be lost
    /// in the swap. A year folder that cannot be listed is a failure: the swap would delete
    /// whatever is in it.
    public func foreignFiles(year: Int, known: Set<String>) throws(Failure) -> [String] {
        let target = realYearFolder(year)
        guard FileKind.of(target) == .folder else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: target.path)
        } catch {
            throw Failure(.yearFolderUnlistable("\(shownAs)/\(year)", reason: Self.reason(error)))
        }
        return names.filter { !known.contains($0) }.sorted().map { name in
            // lstat: a symbolic link is removed as a link, so it is named as a file.
            var info = stat()
            let isFolder = lstat(target.appendingPathComponent(name).path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
            return isFolder ? name + "/" : name
        }
    }

    /// Writes `files` as `<output>/<year>/`, replacing what was there (`startStaging(year:pause:)`,
    /// each file written, then `swapIn(_:)`). `pause` is called after each file is staged
    /// (tests use it to kill the process mid-write). Returns what `swapIn(_:)` returns.
    @discardableResult
    public func publish(_ files: [OutputFile], year: Int, pause: @escaping @Sendable () -> Void = {}) throws(Failure) -> FileStat? {
        let staging = try startStaging(year: year, pause: pause)
        do {
            for file in files { try staging.write(file) }
        } catch {
            throw writeFailure(staging, error)
        }
        return try swapIn(staging)
    }

    /// A new, empty staging folder of this run beside the year folder, for the results to be
    /// written into as they are rendered; the staging folders a killed run left are removed
    /// first. `pause` is called after each file is staged.
    public func startStaging(year: Int, pause: @escaping @Sendable () -> Void = {}) throws(Failure) -> StagingFolder {
        let manager = FileManager.default
        let target = realYearFolder(year)
        let parent = target.deletingLastPathComponent()
        let shownYear = "\(shownAs)/\(year)"
        switch FileKind.of(target) {
        case .file, .other: throw Failure(.yearFolderIsFile(shownYear))
        case .missing, .folder: break
        }
        if FileKind.of(parent) == .missing {
            do {
                try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            } catch {
                throw Failure(.cannotCreate(parent.path, reason: Self.reason(error)))
            }
        }
        removeLeftovers(year: year)
        let staging = parent.appendingPathComponent(".caseload-staging-\(year)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw Failure(.cannotWriteResults(beside: shownYear, in: parent.path, reason: Self.reason(error), leftover: nil))
        }
        return StagingFolder(url: staging, target: target, shownYear: shownYear, pause: pause)
    }

    /// Removes `staging` after `error` stopped the run before the swap, and returns the error to
    /// throw: a file that could not be written as `cannotWriteResults` (saying whether the
    /// staging folder is gone), any other error (a renderer's, the pending lock's) as it is.
    /// The previous year folder is untouched either way.
    public func abandon(_ staging: StagingFolder, because error: any Error) -> any Error {
        guard error is StagingFolder.WriteFailure else {
            // A staging folder that cannot be removed now is cleared by the next run (removeLeftovers).
            _ = discard(staging.url, done: nil)
            return error
        }
        return writeFailure(staging, error)
    }

    /// A file that could not be written into `staging`, after removing the folder.
    private func writeFailure(_ staging: StagingFolder, _ error: any Error) -> Failure {
        let reason = (error as? StagingFolder.WriteFailure)?.reason ?? Self.reason(error)
        return Failure(.cannotWriteResults(beside: staging.shownYear, in: staging.url.deletingLastPathComponent().path,
                                           reason: reason, leftover: discard(staging.url, done: nil)))
    }

    /// Puts the files written into `staging` in place of the year folder, in one atomic step.
    /// Returns the staging folder as stat'ed before the swap, its modification time moved to
    /// the file system's clock then and later than every staged file's (`nil` if that clock
    /// did not move within 25 ms, as on FAT): the results cannot be edited without a later
    /// modification time (`FileHasher.remember(written:sha256:swapped:)`). On failure the
    /// staging folder is removed and the previous year folder is as it was.
    @discardableResult
    public func swapIn(_ staging: StagingFolder) throws(Failure) -> FileStat? {
        let target = staging.target
        let parent = target.deletingLastPathComponent()
        let shownYear = staging.shownYear
        let swapped: FileStat?
        do {
            swapped = Self.clockPast(staging.url, files: staging.names)
            try syncFolder(staging.url)
        } catch {
            throw Failure(.cannotWriteResults(beside: shownYear, in: parent.path, reason: Self.reason(error), leftover: discard(staging.url, done: nil)))
        }

        if FileKind.of(target) == .folder {
            guard caseload_exchange_paths(staging.url.path, target.path) == 0 else {
                let code = errno
                throw Failure(.cannotSwapResults(into: shownYear, problem: Self.swapProblem(code), leftover: discard(staging.url, done: .nothingLeftBehindAnd) ?? .nothingLeftBehindAnd))
            }
        } else if rename(staging.url.path, target.path) != 0 {
            let code = errno
            throw Failure(.cannotMoveResults(into: shownYear, reason: String(cString: strerror(code)), leftover: discard(staging.url, done: .nothingLeftBehind) ?? .nothingLeftBehind))
        }
        try? syncFolder(parent)
        // The staging folder now holds the previous results (or nothing); they are no longer
        // needed. A folder left by a failed removal is cleared by the next run (removeLeftovers).
        try? FileManager.default.removeItem(at: staging.url)
        return swapped
    }

    /// Sets `folder`'s modification time to its file system's clock now, until that is later
    /// than the modification time of every file in `files` (one tick: 1–10 ms on Linux's file
    /// systems); the folder as stat'ed then, or `nil` if the clock did not move within 25 ms.
    static func clockPast(_ folder: URL, files: [String]) -> FileStat? {
        let latest = files.compactMap { FileStat.of(folder.appendingPathComponent($0))?.modified }.max() ?? Int64.min
        for _ in 0..<25 {
            guard utimensat(AT_FDCWD, folder.path, nil, 0) == 0, let now = FileStat.ofFolder(folder) else { return nil }
            if now.modified > latest { return now }
            usleep(1000)
        }
        return nil
    }

    /// Removes a failed run's staging folder and says how that went, for the error message:
    /// `done` if it is gone, else where it is.
    private func discard(_ staging: URL, done: Message?) -> Message? {
        do {
            try FileManager.default.removeItem(at: staging)
            return done
        } catch {
            return .stagingNotRemoved(staging.path, reason: Self.reason(error))
        }
    }

    /// Removes the staging folders of this year that a killed run left behind beside the year
    /// folder (`.caseload-staging-<year>-*`). The caller holds the output folder's `RunLock`, so
    /// no other run is using them; a run that finds the results up to date clears them too.
    /// One that cannot be removed stays for the next run.
    public func removeLeftovers(year: Int) {
        let parent = realYearFolder(year).deletingLastPathComponent()
        let prefix = ".caseload-staging-\(year)-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// The swap's failure in words a finance employee can pass on to IT.
    static func swapProblem(_ code: Int32) -> Message {
        switch code {
        case EINVAL, ENOSYS, ENOTSUP: .swapUnsupported
        case EXDEV: .swapAcrossFileSystems
        case EACCES, EPERM, EROFS: .swapNoPermission(String(cString: strerror(code)))
        default: .swapFailed(String(cString: strerror(code)))
        }
    }

    /// A file-system error as a short reason.
    static func reason(_ error: Error) -> String {
        if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if let failure = error as? Failure { return failure.description }
        return error.localizedDescription
    }

    private func syncFolder(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { throw Failure(.cannotOpenFolder(url.path)) }
        defer { close(descriptor) }
        _ = fsync(descriptor)
    }
}
