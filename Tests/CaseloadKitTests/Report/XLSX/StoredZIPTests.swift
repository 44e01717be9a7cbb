@testable import CaseloadKit
import Foundation
import Testing
import ZIPFoundation

/// The workbook's ZIP writer: the bytes ZIPFoundation wrote for the same entries, which
/// ZIPFoundation (and so openpyxl and Excel) reads back, CRC-32 checked.
@Suite struct StoredZIPTests {
    static let entries: [(path: String, text: String)] = [
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"),
        ("xl/worksheets/sheet1.xml", String(repeating: "<row r=\"1\">æøå</row>", count: 5_000)),
        ("tom.xml", ""),
    ]

    /// The archive as the workbook wrote it with ZIPFoundation until 0.10.0.
    static func zipFoundationBytes() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in entries {
            let data = Data(entry.text.utf8)
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 315_532_800), permissions: 0o644,
                                 compressionMethod: .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    static func storedZIPBytes() throws -> Data {
        try MemorySink.collect { sink in
            var zip = StoredZIP(writingInto: sink)
            for entry in entries {
                try zip.addEntry(path: entry.path, contents: Array(entry.text.utf8))
            }
            try zip.finish()
        }
    }

    /// The entries streamed through a buffer of `bufferSize` bytes, their headers patched.
    static func streamedBytes(bufferSize: Int) throws -> Data {
        try MemorySink.collect { sink in
            var zip = StoredZIP(writingInto: sink, bufferSize: bufferSize)
            for entry in entries {
                try zip.addEntry(path: entry.path) { $0.append(entry.text) }
            }
            try zip.finish()
        }
    }

    @Test func bytesAreZIPFoundationsBytes() throws {
        #expect(try Self.storedZIPBytes() == (try Self.zipFoundationBytes()))
    }

    /// A part larger than the buffer streams with a placeholder header, patched afterwards;
    /// one that fits is written with its header complete: the bytes are the same either way.
    @Test func streamedEntriesAreTheSameBytes() throws {
        let expected = try Self.zipFoundationBytes()
        for size in [16, 4096, OutputBytes.bufferSize] {
            #expect(try Self.streamedBytes(bufferSize: size) == expected, "buffer of \(size) bytes")
        }
    }

    /// Streamed into a staging file: the header patched with pwrite, the hash from the final bytes.
    @Test func aStagedArchiveIsHashedFromItsFinalBytes() throws {
        let url = TestScratch.root.appendingPathComponent("zip-\(UUID().uuidString).xlsx")
        let file = try StagedFile(url: url)
        var zip = StoredZIP(writingInto: file, bufferSize: 64)
        for entry in Self.entries {
            try zip.addEntry(path: entry.path) { $0.append(entry.text) }
        }
        try zip.finish()
        let sha256 = try file.finish()
        let written = try Data(contentsOf: url)
        #expect(written == (try Self.zipFoundationBytes()))
        #expect(sha256 == ContentHash.of(written).hex)
    }

    @Test func pastSixtyFiveThousandPartsIsAnError() throws {
        let sink = MemorySink()
        var zip = StoredZIP(writingInto: sink)
        for index in 0..<StoredZIP.entryLimit {
            try zip.addEntry(path: "p\(index)", contents: [])
        }
        let error = #expect(throws: CaseloadError.self) { try zip.addEntry(path: "one-more", contents: []) }
        #expect(error?.exitCode == .outputFailed)
        #expect(error?.rendered(.en) == "error: afstemning.xlsx is too large for a ZIP file without ZIP64 (at most 65,535 parts and 4 GiB); leave xlsx out of reports: in pipeline.yml")
    }

    /// A sink already 4 GiB in: an entry's offset no longer fits the ZIP field.
    @Test func pastFourGibibytesIsAnError() throws {
        final class FarSink: OutputSink, @unchecked Sendable {
            var offset = 1 << 32
            func write(_ bytes: UnsafeRawBufferPointer) { offset += bytes.count }
            func holdForPatch() {}
            func overwrite(_ bytes: UnsafeRawBufferPointer, at offset: Int) {}
            func settle() {}
        }
        var zip = StoredZIP(writingInto: FarSink())
        #expect(throws: CaseloadError(.outputFailed, error: .workbookTooLarge)) { try zip.addEntry(path: "a", contents: [1]) }
        #expect(throws: CaseloadError(.outputFailed, error: .workbookTooLarge)) { try zip.addEntry(path: "b") { $0.append("x") } }
    }

    @Test func zipFoundationReadsItBackWithCheckedCRCs() throws {
        let archive = try Archive(data: try Self.storedZIPBytes(), accessMode: .read)
        let read = try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            return (entry.path, String(decoding: bytes, as: UTF8.self), entry.checksum)
        }
        #expect(read.map(\.0) == Self.entries.map(\.path))
        #expect(read.map(\.1) == Self.entries.map(\.text))
        #expect(read.map(\.2) == Self.entries.map { StoredZIP.crc32(ArraySlice($0.text.utf8)) })
    }

    @Test func crc32IsTheStandardOne() {
        // The check value of CRC-32 (ISO-HDLC), as in every CRC catalogue.
        #expect(StoredZIP.crc32(ArraySlice("123456789".utf8)) == 0xCBF4_3926)
        #expect(StoredZIP.crc32([]) == 0)
    }
}
