import Foundation

/// A run's staging folder beside the year folder (`OutputWriter.startStaging(year:)`): each
/// result file is written into it, flushed and hashed as soon as it is rendered, and dropped,
/// so a run never holds all its results in memory at once. `OutputWriter.swapIn(_:)` then puts
/// the folder in place of the year folder in one step, or `OutputWriter.abandon(_:because:)`
/// removes it: publishing stays all or nothing.
///
/// The renderers hand their files over from several threads at once: `write(_:)` may be called
/// concurrently; each file is hashed on its caller's thread, then written under a lock, one at
/// a time.
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
        let target = url.appendingPathComponent(file.name)
        let sha256 = try file.withBytes { bytes in
            let sha256 = ContentHash.of(bytes).hex
            // One file at a time, each followed by its pause: the folder holds exactly the
            // files staged so far when a test kills the process in a pause.
            try lock.withLock {
                try Self.write(bytes, to: target)
                staged.append(file.name)
                pause()
            }
            return sha256
        }
        return Staged(name: file.name, sha256: sha256)
    }

    /// Creates (or empties) `url`, writes `bytes` and flushes them.
    private static func write(_ bytes: UnsafeRawBufferPointer, to url: URL) throws(WriteFailure) {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: url.path) else {
            throw WriteFailure(reason: Message.cannotCreateFile(url.lastPathComponent).en)
        }
        defer { try? handle.close() }  // after synchronize succeeded, the bytes are on disk
        do {
            try handle.write(contentsOf: bytes)
            try handle.synchronize()
        } catch {
            throw WriteFailure(reason: OutputWriter.reason(error))
        }
    }
}
