import Foundation

/// A growable byte buffer filled from a file descriptor: the window of a case file being read.
/// Memory is the buffer's capacity, whatever the file's size (it grows only for a record
/// longer than the buffer).
final class ReadBuffer {
    /// The bytes held.
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    /// How many bytes are held.
    private(set) var count = 0
    private(set) var capacity: Int
    /// True once the end of the file is in the buffer.
    private(set) var eof = false
    private let descriptor: Int32

    /// A read that failed.
    struct Failure: Error {}

    init(descriptor: Int32, capacity: Int) {
        self.descriptor = descriptor
        self.capacity = max(capacity, 16)
        bytes = .allocate(capacity: self.capacity)
    }

    deinit { bytes.deallocate() }

    /// Reads until the buffer is full or the file ends; a full buffer is doubled first.
    func fill() throws {
        if count == capacity {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.update(from: bytes, count: count)
            bytes.deallocate()
            bytes = larger
            capacity *= 2
        }
        while count < capacity, !eof {
            let got = Foundation.read(descriptor, bytes + count, capacity - count)
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure()
            }
            if got == 0 { eof = true } else { count += got }
        }
    }

    /// Drops the bytes before `offset`, moving the rest to the front.
    func discard(upTo offset: Int) {
        guard offset > 0 else { return }
        memmove(bytes, bytes + offset, count - offset)
        count -= offset
    }
}
