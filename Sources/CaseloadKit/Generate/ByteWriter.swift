import Foundation

/// Appends bytes to a file through a 1 MiB buffer: generated files of gigabytes are written
/// without a `String` per row.
final class ByteWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    /// Creates (or truncates) the file at `url`.
    init(_ url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: url.path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    /// Appends text as UTF-8.
    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        flushIfFull()
    }

    /// Appends raw bytes.
    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        flushIfFull()
    }

    /// Appends one byte.
    func write(byte: UInt8) { buffer.append(byte) }

    /// Appends a non-negative integer, zero-padded to `width` digits.
    func write(number: Int, width: Int = 1) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var value = number
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[count] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
                value /= 10
                count += 1
            } while value > 0
            while count < width { raw[count] = 0x30; count += 1 }
            for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(raw[index]) }
        }
    }

    private func flushIfFull() {
        if buffer.count >= 1 << 20 { flush() }
    }

    /// Writes what is buffered.
    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file.
    func close() throws {
        flush()
        try handle.close()
    }
}
