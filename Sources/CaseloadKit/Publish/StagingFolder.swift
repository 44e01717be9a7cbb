import Foundation

/// A run's staging folder beside the year folder (`OutputWriter.startStaging(year:)`): each
/// result file is rendered straight into it through a fixed buffer (`StagedFile`), hashed as
/// it is written and flushed at its end, so a run never holds a whole result in memory. `OutputWriter.swapIn(_:)` then puts
/// the folder in place of the year folder in one step, or `OutputWriter.abandon(_:because:)`
/// removes it: publishing stays all or nothing.
///
/// The renderers write their files from several threads at once: `write(_:render:)` may be
/// called concurrently, each file written and hashed on its caller's thread; only the list of
/// files staged is kept under a lock.
public final class StagingFolder: @unchecked Sendable {
    /// A result file written into the folder: its name and the SHA-256 (hex) of its bytes,
    /// as the lock file records it.
    public struct Staged: Sendable, Equatable {
        /// The file name, e.g. `afstemning.csv`.
        public let name: String
        /// The SHA-256 of the bytes written, hex.
        public let sha256: String
    }

    /// A file that could not be written into the folder, with the reason.
    struct WriteFailure: Error {
        let reason: String
    }

    /// The folder.
    public let url: URL
    /// The real year folder it is to replace (symbolic links resolved when it was made).
    let target: URL
    /// That year folder as messages name it (`Output/2017`).
    let shownYear: String
    private let pause: @Sendable () -> Void
    private let lock = NSLock()
    private var staged: [String] = []

    /// A staging folder at `url` (already created); `pause` is called after each file is
    /// staged, one call at a time (tests use it to kill the process mid-write).
    init(url: URL, target: URL, shownYear: String, pause: @escaping @Sendable () -> Void) {
        self.url = url
        self.target = target
        self.shownYear = shownYear
        self.pause = pause
    }

    /// The names of the files written so far, in the order they were written.
    public var names: [String] { lock.withLock { staged } }

    /// Writes `file` into the folder, flushed to disk, and returns its hash, taken from the
    /// same bytes as they are written (a result is hashed once, never read back).
    @discardableResult
    public func write(_ file: OutputFile) throws -> Staged {
        try write(file.name) { sink in file.withBytes { sink.write($0) } }
    }

    /// Creates the file `name` in the folder, lets `render` write it through its sink (written
    /// and hashed as the renderer's buffer drains), flushes it to disk and returns its hash. An
    /// error of `render` or of a write is thrown; the folder then holds part of the file, and
    /// the caller abandons it (`OutputWriter.abandon(_:because:)`).
    /// May be called from several threads at once, one file each.
    @discardableResult
    public func write(_ name: String, render: (any OutputSink) throws -> Void) throws -> Staged {
        let file = try StagedFile(url: url.appendingPathComponent(name))
        try render(file)
        let sha256 = try file.finish()
        // One file at a time, each followed by its pause: the staged names are the files
        // finished so far when a test kills the process in a pause (other threads may be
        // writing theirs).
        lock.withLock {
            staged.append(name)
            pause()
        }
        return Staged(name: name, sha256: sha256)
    }
}
