import Foundation

/// Makes runs on one output folder take turns: an advisory lock (`flock`) on the file
/// `.caseload-run.lock` in the output folder, held from before the inputs are read until the
/// results are published. A second run waits for the first, or stops at once if asked to.
///
/// The lock file is never deleted: deleting it while another run waits on it would let a
/// third run lock a new file beside it. It is hidden and holds nothing.
public final class RunLock {
    /// The lock file's name inside the output folder.
    public static let fileName = ".caseload-run.lock"

    private let descriptor: Int32

    /// Takes the lock of `outputFolder`, creating the folder if need be. If another run holds
    /// it: with `wait`, calls `waiting` once and blocks until it is free; without, throws.
    /// `shownAs` names the folder in messages.
    public init(outputFolder: URL, shownAs: String, wait: Bool, waiting: () -> Void) throws(OutputWriter.Failure) {
        do {
            try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        } catch {
            throw OutputWriter.Failure(.cannotCreateOutputFolder(shownAs, reason: OutputWriter.reason(error)))
        }
        let path = outputFolder.appendingPathComponent(Self.fileName).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputWriter.Failure(.cannotCreateLockFile("\(shownAs)/\(Self.fileName)", reason: String(cString: strerror(errno))))
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK else {
                close(descriptor)
                throw OutputWriter.Failure(.cannotLockUnsupported("\(shownAs)/\(Self.fileName)", reason: String(cString: strerror(code))))
            }
            guard wait else {
                close(descriptor)
                throw OutputWriter.Failure(.anotherRunBusy(shownAs), busy: true)
            }
            waiting()
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let code = errno
                    close(descriptor)
                    throw OutputWriter.Failure(.cannotLock("\(shownAs)/\(Self.fileName)", reason: String(cString: strerror(code))))
                }
            }
        }
        self.descriptor = descriptor
    }

    deinit {
        // Closing the descriptor releases the lock; so does the process ending, however it ends.
        close(descriptor)
    }
}
