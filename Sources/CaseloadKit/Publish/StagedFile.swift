import Crypto
import Foundation

/// One result file being written into the run's staging folder: an `OutputSink` that writes
/// the bytes with write(2) as the renderer's buffer drains, hashes them (SHA-256, as the lock
/// file records it) as they are written, and flushes the file to disk at `finish()`. A result
/// is never whole in memory and never read back, but for a ZIP entry's header patched after
/// its entry (`holdForPatch()`): the bytes held are hashed at `settle()` from the file.
///
/// A failed write is kept (the first one) and thrown by `finish()`; what comes after it is
/// dropped. Used by one renderer at a time.
final class StagedFile: OutputSink, @unchecked Sendable {
    // @unchecked: the renderer that writes the file is its only user (OutputSink's contract).
    /// The file's name, for messages.
    let name: String
    private var descriptor: Int32
    private var hasher = SHA256()
    /// Bytes written so far.
    private(set) var offset = 0
    /// Bytes hashed so far: all of them, but while a patch is held.
    private var hashed = 0
    private var holding = false
    /// The first failure, thrown by `finish()`.
    private var failure: StagingFolder.WriteFailure?

    /// Creates (or empties) the file at `url` for writing.
    init(url: URL) throws(StagingFolder.WriteFailure) {
        name = url.lastPathComponent
        // Read and write: the bytes held for a patch are read back to be hashed (`settle()`).
        descriptor = open(url.path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw StagingFolder.WriteFailure(reason: Message.cannotCreateFile(name).en) }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, !bytes.isEmpty else { return }
        if !holding {
            hasher.update(bufferPointer: bytes)
            hashed += bytes.count
        }
        var rest = bytes
        while !rest.isEmpty, failure == nil {
            let written = Foundation.write(descriptor, rest.baseAddress, rest.count)
            if written < 0 {
                if errno != EINTR { fail(errno) }
            } else {
                rest = UnsafeRawBufferPointer(rebasing: rest[written...])
            }
        }
        offset += bytes.count
    }

    func holdForPatch() {
        holding = true
    }

    func overwrite(_ bytes: UnsafeRawBufferPointer, at position: Int) {
        guard failure == nil else { return }  // the bytes to patch may not have been written
        precondition(holding && position >= hashed && position + bytes.count <= offset, "a patch of bytes already hashed")
        var done = 0
        while done < bytes.count, failure == nil {
            let written = pwrite(descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(position + done))
            if written < 0 {
                if errno != EINTR { fail(errno) }
            } else {
                done += written
            }
        }
    }

    func settle() {
        holding = false
        guard failure == nil, hashed < offset else { return }
        // The bytes held are in the page cache: read back in pieces of one buffer's size.
        var chunk = [UInt8](repeating: 0, count: min(offset - hashed, OutputBytes.bufferSize))
        chunk.withUnsafeMutableBytes { buffer in
            while hashed < offset, failure == nil {
                let read = pread(descriptor, buffer.baseAddress, min(buffer.count, offset - hashed), off_t(hashed))
                if read > 0 {
                    hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<read]))
                    hashed += read
                } else if read == 0 {
                    fail(EIO)
                } else if errno != EINTR {
                    fail(errno)
                }
            }
        }
    }

    /// Flushes the file to disk and closes it; its SHA-256 (hex). Throws the first failure.
    func finish() throws(StagingFolder.WriteFailure) -> String {
        if holding { settle() }
        if failure == nil, fsync(descriptor) != 0 { fail(errno) }
        let closed = close(descriptor)
        descriptor = -1
        if failure == nil, closed != 0 { fail(errno) }
        if let failure { throw failure }
        return ContentHash.finished(hasher).hex
    }

    private func fail(_ code: Int32) {
        if failure == nil { failure = StagingFolder.WriteFailure(reason: String(cString: strerror(code))) }
    }
}
