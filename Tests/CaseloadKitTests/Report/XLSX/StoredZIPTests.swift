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
        var zip = StoredZIP()
        for entry in entries {
            try zip.addEntry(path: entry.path, contents: Array(entry.text.utf8))
        }
        return try zip.finished()
    }

    @Test func bytesAreZIPFoundationsBytes() throws {
        #expect(try Self.storedZIPBytes() == (try Self.zipFoundationBytes()))
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
