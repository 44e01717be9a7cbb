import CSystemZlib
import Foundation

/// A ZIP archive of stored (uncompressed) entries, written into one growing `Data`: each
/// entry's local header (with its CRC-32 and size, known from its bytes), then its bytes.
/// Stored, not deflated: the bytes then do not depend on the zlib version, and the workbook
/// stays small anyway.
///
/// Our own writer, not ZIPFoundation's (which the workbook reader still uses): an in-memory
/// ZIPFoundation archive rewrote the central directory after every entry and copied each part
/// in 16 KB chunks. The bytes are the ones ZIPFoundation wrote (`StoredZIPTests` compares
/// them): version 2.0 needed, UTF-8 names (flag bit 11), made by Unix 2.1, `-rw-r--r--`,
/// entry dates 1980-01-01 00:00, no extra fields, no ZIP64 (a workbook never nears 4 GiB or
/// 65,535 parts).
struct StoredZIP {
    /// The archive so far: the local headers and contents of the entries added.
    private(set) var data = Data()
    /// The central directory's records of the entries added, appended to `data` by `finished`.
    private var directory: [UInt8] = []
    private var entryCount = 0

    /// DOS time 00:00:00 and date 1980-01-01 (the first date ZIP can hold: a fixed date keeps the bytes the same on every run).
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    /// Version needed to extract: 2.0.
    private static let versionNeeded: UInt16 = 20
    /// Version made by: Unix (3) in the high byte, 2.1 in the low.
    private static let versionMadeBy: UInt16 = 0x0315
    /// General purpose flags: bit 11, the name is UTF-8.
    private static let utf8Names: UInt16 = 0x0800
    /// External attributes: a regular file, `-rw-r--r--`, in the high 16 bits (Unix mode).
    private static let fileAttributes = UInt32(0o100644) << 16

    /// Adds a stored entry named `path` holding `contents`.
    mutating func addEntry(path: String, contents: [UInt8]) throws {
        let name = Array(path.utf8)
        guard let size = UInt32(exactly: contents.count), let offset = UInt32(exactly: data.count), entryCount < Int(UInt16.max) else {
            throw CocoaError(.fileWriteUnknown)  // past what a ZIP without ZIP64 holds
        }
        let checksum = Self.crc32(contents[...])
        var header: [UInt8] = []
        header.reserveCapacity(30 + name.count)
        Self.append32(0x0403_4B50, to: &header)
        Self.append16(Self.versionNeeded, to: &header)
        Self.append16(Self.utf8Names, to: &header)
        Self.append16(0, to: &header)  // stored
        Self.append16(Self.dosTime, to: &header)
        Self.append16(Self.dosDate, to: &header)
        Self.append32(checksum, to: &header)
        Self.append32(size, to: &header)  // compressed size: stored, the same
        Self.append32(size, to: &header)
        Self.append16(UInt16(name.count), to: &header)
        Self.append16(0, to: &header)  // no extra field
        header += name
        data.append(contentsOf: header)
        data.append(contentsOf: contents)
        appendDirectoryRecord(name: name, checksum: checksum, size: size, offset: offset)
        entryCount += 1
    }

    /// The whole archive: the entries, the central directory and its end record.
    consuming func finished() throws -> Data {
        guard let directoryStart = UInt32(exactly: data.count), let directorySize = UInt32(exactly: directory.count) else {
            throw CocoaError(.fileWriteUnknown)
        }
        var end = directory
        Self.append32(0x0605_4B50, to: &end)
        Self.append16(0, to: &end)  // this disk
        Self.append16(0, to: &end)  // the disk the directory starts on
        Self.append16(UInt16(entryCount), to: &end)
        Self.append16(UInt16(entryCount), to: &end)
        Self.append32(directorySize, to: &end)
        Self.append32(directoryStart, to: &end)
        Self.append16(0, to: &end)  // no comment
        data.append(contentsOf: end)
        return data
    }

    private mutating func appendDirectoryRecord(name: [UInt8], checksum: UInt32, size: UInt32, offset: UInt32) {
        Self.append32(0x0201_4B50, to: &directory)
        Self.append16(Self.versionMadeBy, to: &directory)
        Self.append16(Self.versionNeeded, to: &directory)
        Self.append16(Self.utf8Names, to: &directory)
        Self.append16(0, to: &directory)  // stored
        Self.append16(Self.dosTime, to: &directory)
        Self.append16(Self.dosDate, to: &directory)
        Self.append32(checksum, to: &directory)
        Self.append32(size, to: &directory)
        Self.append32(size, to: &directory)
        Self.append16(UInt16(name.count), to: &directory)
        Self.append16(0, to: &directory)  // no extra field
        Self.append16(0, to: &directory)  // no comment
        Self.append16(0, to: &directory)  // disk number
        Self.append16(0, to: &directory)  // internal attributes
        Self.append32(Self.fileAttributes, to: &directory)
        Self.append32(offset, to: &directory)
        directory += name
    }

    /// zlib's CRC-32 of `content` (the one every ZIP tool uses).
    static func crc32(_ content: ArraySlice<UInt8>) -> UInt32 {
        content.withUnsafeBufferPointer { buffer in
            var checksum = CSystemZlib.crc32(0, nil, 0)
            var rest = UnsafeBufferPointer(rebasing: buffer[...])
            // zlib takes a 32-bit length: feed it at most 1 GiB at a time.
            while !rest.isEmpty {
                let chunk = min(rest.count, 1 << 30)
                checksum = CSystemZlib.crc32(checksum, rest.baseAddress, uInt(chunk))
                rest = UnsafeBufferPointer(rebasing: rest[chunk...])
            }
            return UInt32(truncatingIfNeeded: checksum)
        }
    }

    private static func append16(_ value: UInt16, to buffer: inout [UInt8]) {
        buffer.append(UInt8(truncatingIfNeeded: value))
        buffer.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    private static func append32(_ value: UInt32, to buffer: inout [UInt8]) {
        Self.append16(UInt16(truncatingIfNeeded: value), to: &buffer)
        Self.append16(UInt16(truncatingIfNeeded: value >> 16), to: &buffer)
    }
}
