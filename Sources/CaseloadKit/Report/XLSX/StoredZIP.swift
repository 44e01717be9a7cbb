import CSystemZlib

/// A ZIP archive of stored (uncompressed) entries, written straight into an `OutputSink` (the
/// staging file): each entry's local header, then its bytes; the central directory at the end.
/// A part that fits in one buffer is written with its header complete; a larger one (a sheet)
/// streams through its buffer with a placeholder header that is patched in place once its
/// CRC-32 and size are known (the staging file is seekable). No data descriptors: some readers
/// reject them on stored entries. Stored, not deflated: the bytes then do not depend on the
/// zlib version, and the workbook stays small anyway.
///
/// Our own writer, not ZIPFoundation's (which the workbook reader still uses): an in-memory
/// ZIPFoundation archive rewrote the central directory after every entry and copied each part
/// in 16 KB chunks. The bytes are the ones ZIPFoundation wrote (`StoredZIPTests` compares
/// them): version 2.0 needed, UTF-8 names (flag bit 11), made by Unix 2.1, `-rw-r--r--`,
/// entry dates 1980-01-01 00:00, no extra fields, no ZIP64 (past 65,535 parts or 4 GiB it
/// throws `Message.workbookTooLarge`).
struct StoredZIP {
    private let sink: any OutputSink
    private let bufferSize: Int
    /// The central directory's records of the entries added, written by `finish()`.
    private var directory: [UInt8] = []
    private var entryCount = 0

    /// The most entries a ZIP without ZIP64 holds.
    static let entryLimit = Int(UInt16.max)
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
    /// Where the CRC-32 is in a local header (the two sizes follow it).
    private static let checksumOffset = 14

    /// An archive written into `sink`; a part is streamed through a buffer of `bufferSize` bytes.
    init(writingInto sink: any OutputSink, bufferSize: Int = OutputBytes.bufferSize) {
        self.sink = sink
        self.bufferSize = bufferSize
    }

    /// Adds a stored entry named `path` holding `contents`.
    mutating func addEntry(path: String, contents: [UInt8]) throws(CaseloadError) {
        let name = Array(path.utf8)
        let offset = try Self.limited(sink.offset)
        let checksum = contents.withUnsafeBytes { Self.crc32($0) }
        let size = try Self.limited(contents.count)
        try countEntry()
        sink.write(Self.localHeader(name: name, checksum: checksum, size: size))
        sink.write(contents)
        appendDirectoryRecord(name: name, checksum: checksum, size: size, offset: offset)
    }

    /// Adds a stored entry named `path` holding what `write` appends to its buffer, streamed
    /// into the archive as the buffer fills.
    mutating func addEntry(path: String, write body: (inout OutputBytes) -> Void) throws(CaseloadError) {
        let name = Array(path.utf8)
        let start = sink.offset
        let offset = try Self.limited(start)
        let entry = ZIPEntrySink(into: sink, placeholder: Self.localHeader(name: name, checksum: 0, size: 0))
        var out = OutputBytes(drainingInto: entry, bufferSize: bufferSize)
        body(&out)
        // Nothing drained: the whole part is in the buffer, and its header can be written complete.
        guard entry.size > 0 else { return try addEntry(path: path, contents: out.bytes) }
        out.drain()
        let size = try Self.limited(entry.size)
        try countEntry()
        var patch: [UInt8] = []
        Self.append32(entry.checksum, to: &patch)
        Self.append32(size, to: &patch)  // compressed size: stored, the same
        Self.append32(size, to: &patch)
        patch.withUnsafeBytes { sink.overwrite($0, at: start + Self.checksumOffset) }
        sink.settle()
        appendDirectoryRecord(name: name, checksum: entry.checksum, size: size, offset: offset)
    }

    /// Writes the central directory and its end record: the archive is complete.
    consuming func finish() throws(CaseloadError) {
        let directoryStart = try Self.limited(sink.offset)
        let directorySize = try Self.limited(directory.count)
        var end = directory
        Self.append32(0x0605_4B50, to: &end)
        Self.append16(0, to: &end)  // this disk
        Self.append16(0, to: &end)  // the disk the directory starts on
        Self.append16(UInt16(entryCount), to: &end)
        Self.append16(UInt16(entryCount), to: &end)
        Self.append32(directorySize, to: &end)
        Self.append32(directoryStart, to: &end)
        Self.append16(0, to: &end)  // no comment
        _ = try Self.limited(sink.offset + end.count)
        sink.write(end)
    }

    /// One more entry, if the archive can hold it.
    private mutating func countEntry() throws(CaseloadError) {
        guard entryCount < Self.entryLimit else { throw Self.tooLarge }
        entryCount += 1
    }

    /// `value` as a ZIP field (an offset or a size), if it fits in 32 bits.
    private static func limited(_ value: Int) throws(CaseloadError) -> UInt32 {
        guard let field = UInt32(exactly: value) else { throw tooLarge }
        return field
    }

    private static var tooLarge: CaseloadError {
        CaseloadError(.outputFailed, error: .workbookTooLarge)
    }

    private static func localHeader(name: [UInt8], checksum: UInt32, size: UInt32) -> [UInt8] {
        var header: [UInt8] = []
        header.reserveCapacity(30 + name.count)
        append32(0x0403_4B50, to: &header)
        append16(versionNeeded, to: &header)
        append16(utf8Names, to: &header)
        append16(0, to: &header)  // stored
        append16(dosTime, to: &header)
        append16(dosDate, to: &header)
        append32(checksum, to: &header)
        append32(size, to: &header)  // compressed size: stored, the same
        append32(size, to: &header)
        append16(UInt16(name.count), to: &header)
        append16(0, to: &header)  // no extra field
        return header + name
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
        content.withUnsafeBytes { crc32($0) }
    }

    /// zlib's CRC-32 of `content` following the bytes whose CRC-32 is `checksum` (the CRC-32
    /// of nothing, 0, to start).
    static func crc32(_ content: UnsafeRawBufferPointer, continuing checksum: UInt32 = 0) -> UInt32 {
        var checksum = uLong(checksum)
        var rest = content
        // zlib takes a 32-bit length: feed it at most 1 GiB at a time.
        while let base = rest.baseAddress, !rest.isEmpty {
            let chunk = min(rest.count, 1 << 30)
            checksum = CSystemZlib.crc32(checksum, base.assumingMemoryBound(to: Bytef.self), uInt(chunk))
            rest = UnsafeRawBufferPointer(rebasing: rest[chunk...])
        }
        return UInt32(truncatingIfNeeded: checksum)
    }

    private static func append16(_ value: UInt16, to buffer: inout [UInt8]) {
        buffer.append(UInt8(truncatingIfNeeded: value))
        buffer.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    static func append32(_ value: UInt32, to buffer: inout [UInt8]) {
        append16(UInt16(truncatingIfNeeded: value), to: &buffer)
        append16(UInt16(truncatingIfNeeded: value >> 16), to: &buffer)
    }
}
