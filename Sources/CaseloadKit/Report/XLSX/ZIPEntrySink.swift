/// The sink a workbook part drains into while `StoredZIP` streams it into the archive: on the
/// first bytes it writes the entry's local header with a placeholder CRC-32 and size (to be
/// patched, `OutputSink.holdForPatch()`), then passes every byte on to the archive's sink,
/// counting them and keeping the CRC-32 running.
final class ZIPEntrySink: OutputSink, @unchecked Sendable {
    // @unchecked: used by the one renderer writing the entry (OutputSink's contract).
    private let archive: any OutputSink
    /// The local header to write before the first bytes, CRC-32 and sizes zero.
    private let placeholder: [UInt8]
    /// The CRC-32 of the entry's bytes so far.
    private(set) var checksum: UInt32 = 0  // the CRC-32 of nothing
    /// The number of the entry's bytes so far.
    private(set) var size = 0

    /// A sink for an entry of `archive` whose local header is `placeholder`.
    init(into archive: any OutputSink, placeholder: [UInt8]) {
        self.archive = archive
        self.placeholder = placeholder
    }

    /// The offset in the archive: the entry's bytes are written through to it.
    var offset: Int { archive.offset }

    func write(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        if size == 0 {
            archive.holdForPatch()
            archive.write(placeholder)
        }
        checksum = StoredZIP.crc32(bytes, continuing: checksum)
        size += bytes.count
        archive.write(bytes)
    }

    func holdForPatch() { archive.holdForPatch() }

    func overwrite(_ bytes: UnsafeRawBufferPointer, at offset: Int) { archive.overwrite(bytes, at: offset) }

    func settle() { archive.settle() }
}
