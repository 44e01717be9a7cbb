@testable import CaseloadKit
import Foundation
import Testing

@Suite struct CSVReaderTests {
    func records(_ bytes: [UInt8], delimiter: Character = ";", encoding: TextEncoding = .utf8) throws -> [CSVRecord] {
        let url = TestScratch.root.appendingPathComponent("csv-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var result: [CSVRecord] = []
        try CSVReader(url: url, delimiter: delimiter.asciiValue!, encoding: encoding).forEachRecord { result.append($0) }
        return result
    }

    func records(_ text: String, delimiter: Character = ";") throws -> [CSVRecord] {
        try records(Array(text.utf8), delimiter: delimiter)
    }

    @Test func quotedFieldsWithDelimitersQuotesAndLineBreaks() throws {
        let rows = try records("a;b;c\n\"x;y\";\"say \"\"hi\"\"\";\"two\nlines\"\nlast;row;here\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["x;y", "say \"hi\"", "two\nlines"], ["last", "row", "here"]])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let rows = try records([0xEF, 0xBB, 0xBF] + Array("år;beløb\r\n2017;1.000\r\n".utf8))
        #expect(rows.map(\.fields) == [["år", "beløb"], ["2017", "1.000"]])
    }

    @Test func aFirstCharacterThatStartsLikeAByteOrderMarkIsKept() throws {
        // U+FF4B (ｋ) is EF BD 8B in UTF-8: its first byte is the BOM's, the rest is not.
        #expect(try records("ｋ;b\n1;2\n").map(\.fields) == [["ｋ", "b"], ["1", "2"]])
        #expect(try records([0xEF, 0xBB, 0xBF]).map(\.fields) == [])
    }

    @Test func commaDelimiter() throws {
        #expect(try records("a,b\n1,\"2,5\"\n", delimiter: ",").map(\.fields) == [["a", "b"], ["1", "2,5"]])
    }

    @Test func lastLineWithoutLineEndAndTrailingEmptyField() throws {
        #expect(try records("a;b\n1;").map(\.fields) == [["a", "b"], ["1", ""]])
        #expect(try records("a;b\n1;").last?.positions.count == 2)
    }

    @Test func blankLinesAndEmptyExcelRowsAreSkipped() throws {
        #expect(try records("a;b\n\n;\n1;2\n").map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let rows = try records("kommune;år;beløb\nIshøj;2017;12\n")
        #expect(rows[1].positions.map(\.column) == [1, 7, 12])
    }

    @Test func unterminatedQuoteNamesWhereItStarts() throws {
        #expect(throws: CSVReader.Failure(line: 2, column: 3, message: .unterminatedQuote)) {
            try records("a;b\n1;\"open\n2;3\n")
        }
    }

    @Test func textAfterAClosingQuoteIsAnError() throws {
        #expect(throws: CSVReader.Failure.self) { try records("a;b\n\"x\"y;2\n") }
    }

    @Test func windows1252Decoding() throws {
        // "Ishøj;Kontanthjælp" in Windows-1252: ø = 0xF8, æ = 0xE6; € = 0x80.
        let bytes: [UInt8] = Array("Ish".utf8) + [0xF8] + Array("j;Kontanthj".utf8) + [0xE6] + Array("lp;".utf8) + [0x80] + [0x0A]
        #expect(try records(bytes, encoding: .windows1252).map(\.fields) == [["Ishøj", "Kontanthjælp", "€"]])
    }
}

@Suite struct TextEncodingTests {
    func detect(_ bytes: [UInt8]) throws -> TextEncoding.Detection {
        let url = TestScratch.root.appendingPathComponent("enc-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try TextEncoding.detect(fileAt: url)
    }

    @Test func detectsUTF8Windows1252AndNeither() throws {
        #expect(try detect(Array("Ishøj\n".utf8)) == .valid(.utf8))
        #expect(try detect(Array("Ish".utf8) + [0xF8, 0x6A, 0x0A]) == .valid(.windows1252))
        #expect(try detect(Array("ok\nok\n".utf8) + [0xF8, 0x81]) == .invalid(line: 3, byte: 0x81))
        #expect(try detect([0xED, 0xA0, 0x80]) == .valid(.windows1252))  // a UTF-16 surrogate is not UTF-8
    }
}
