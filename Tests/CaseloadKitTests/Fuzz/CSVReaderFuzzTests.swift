@testable import CaseloadKit
import Foundation
import Testing

/// Random and mutated files against the CSV reader: records or a located failure, every time.
@Suite(.timeLimit(.minutes(1))) struct CSVReaderFuzzTests {
    static func read(_ bytes: [UInt8], encoding: TextEncoding = .utf8) throws -> [[String]] {
        let url = TestScratch.root.appendingPathComponent("fuzz-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var records: [[String]] = []
        try CSVReader(url: url, delimiter: UInt8(ascii: ";"), encoding: encoding).forEachRecord { records.append($0.fields) }
        return records
    }

    /// Writes fields as RFC 4180, quoting where needed.
    static func write(_ records: [[String]]) -> String {
        records.map { fields in
            fields.map { field in
                // Scalars, not Characters: "\r\n" is one Character in Swift.
                field.unicodeScalars.contains(where: { ";\"\n\r".unicodeScalars.contains($0) }) || field.first == " "
                    ? "\"" + field.replacing("\"", with: "\"\"") + "\"" : field
            }.joined(separator: ";")
        }.joined(separator: "\r\n") + "\r\n"
    }

    @Test func writtenRecordsReadBackExactly() throws {
        var random = SeededRandom(seed: 7)
        let alphabet: [Character] = Array("ab;\"\n\r ,.1æøå€")
        for _ in 0..<300 {
            let width = Int.random(in: 1...5, using: &random)
            var records = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                (0..<width).map { _ in random.string(from: alphabet, maxLength: 8) }
            }
            // Rows of only empty or blank fields are skipped by design; keep one field non-blank.
            records = records.map { $0.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } ? ["x"] + $0.dropFirst() : $0 }
            let written = Self.write(records)
            let read = try Self.read(Array(written.utf8))
            #expect(read == records, "\(written.debugDescription) read as \(read)")
        }
    }

    @Test func mutatedFilesGiveRecordsOrALocatedFailure() throws {
        var random = SeededRandom(seed: 11)
        let seed = Array("kommune;år;ydelse;beløb\r\nIshøj;2017;\"Fleksjob, gl. ordning\";1.234,56\r\n\"a\"\"b\";2017;x;1\r\n".utf8)
        for _ in 0..<1000 {
            let bytes = random.mutate(seed, interesting: Array(";\"\r\n".utf8) + [0xC3, 0xF8, 0xEF])
            for encoding in [TextEncoding.utf8, .windows1252] {
                do {
                    _ = try Self.read(bytes, encoding: encoding)
                } catch let failure as CSVReader.Failure {
                    #expect(failure.line >= 1 && failure.column >= 1)
                }
            }
        }
    }
}
