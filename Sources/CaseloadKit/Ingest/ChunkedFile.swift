import Foundation

/// A file read front to back in chunks of a fixed size, so that a file of gigabytes is never
/// held whole. A file that cannot be opened, or a read that fails part-way, is an error: a
/// caller never sees part of a file as if it were the whole.
///
/// Plain POSIX `open`/`read` rather than `FileHandle`: one buffer for the whole file, and the
/// system's reason (`No such file or directory`, `Is a directory`) for the message.
public enum ChunkedFile {
    /// Why a file could not be read to its end.
    public struct Failure: Error, Sendable, Equatable {
        /// The system's words for the error, e.g. `No such file or directory`.
        public let reason: String

        /// A failure with the system's reason.
        public init(reason: String) {
            self.reason = reason
        }

        /// The failure of the last system call (`errno`).
        static func lastError() -> Failure {
            Failure(reason: String(cString: strerror(errno)))
        }
    }

    /// The default chunk: 1 MiB.
    public static let defaultChunkSize = 1 << 20

    /// Calls `body` with each chunk of the file at `url` in order (the last may be shorter;
    /// an empty file gives no chunk). The buffer is reused: `body` must not keep it.
    public static func read(_ url: URL, chunkSize: Int = defaultChunkSize,
                            _ body: (UnsafeRawBufferPointer) -> Void) throws(Failure) {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure.lastError() }
        defer { close(descriptor) }  // read-only: nothing is lost if closing fails
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, chunkSize), alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure.lastError()
            }
            if count == 0 { return }
            body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}
