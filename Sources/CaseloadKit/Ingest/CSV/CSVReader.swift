import Foundation

/// A streaming RFC 4180 reader: a byte-level state machine over 64 KiB chunks.
///
/// Handles quoted fields (with `""` for a quote, delimiters and line breaks inside), a UTF-8
/// byte order mark, LF and CRLF. Records made only of empty fields (blank lines, `;;;` rows
/// Excel leaves behind) are skipped. Memory use is one record, whatever the file's size.
public struct CSVReader {
    /// A problem that stops reading the file: after it, fields cannot be told apart reliably.
    public struct Failure: Error, Equatable {
        /// Where.
        public let line: Int
        /// Where on the line.
        public let column: Int
        /// What.
        public let message: Message
    }

    /// The file.
    public let url: URL
    /// The field delimiter, `;` or `,`.
    public let delimiter: UInt8
    /// The file's encoding (see `TextEncoding.detect`).
    public let encoding: TextEncoding

    /// Creates a reader.
    public init(url: URL, delimiter: UInt8, encoding: TextEncoding) {
        self.url = url
        self.delimiter = delimiter
        self.encoding = encoding
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterQuoteCR }

    /// Calls `body` with each record in file order. Throws `Failure` for broken quoting,
    /// and rethrows what `body` throws.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw Failure(line: 1, column: 1, message: .cannotOpenFile)
        }
        defer { try? handle.close() }
        try Self.scan(delimiter: delimiter, encoding: encoding, chunks: { try handle.read(upToCount: 1 << 16) }, body)
    }

    /// Calls `body` with each record of CSV bytes already in memory (a result file read from
    /// git), exactly as `forEachRecord` does for a file.
    public static func forEachRecord(in data: Data, delimiter: UInt8, encoding: TextEncoding,
                                     _ body: (CSVRecord) throws -> Void) throws {
        var pending: Data? = data
        try scan(delimiter: delimiter, encoding: encoding, chunks: {
            defer { pending = nil }
            return pending
        }, body)
    }

    /// The state machine over the chunks that `chunks` hands out until it returns `nil` or no bytes.
    private static func scan(delimiter: UInt8, encoding: TextEncoding, chunks: () throws -> Data?,
                             _ body: (CSVRecord) throws -> Void) throws {
        var machine = Machine(delimiter: delimiter, encoding: encoding)
        var atFileStart = true
        while let chunk = try chunks(), !chunk.isEmpty {
            // Skip a UTF-8 byte order mark (EF BB BF) at the very start.
            let skip = atFileStart && encoding == .utf8 && chunk.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            atFileStart = false
            try chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                for byte in raw[skip...] { try machine.consume(byte, body) }
            }
        }
        try machine.finish(body)
    }

    /// The reader's state between bytes: the record and field being read and where.
    private struct Machine {
        let delimiter: UInt8
        let encoding: TextEncoding
        /// Windows-1252 has one character per byte; UTF-8 continuation bytes add no column.
        let countsContinuationBytes: Bool
        var state = State.fieldStart
        var line = 1
        var column = 1
        var field: [UInt8] = []
        var fields: [String] = []
        var positions: [(line: Int, column: Int)] = []
        var recordLine = 1
        var quoteStart = (line: 1, column: 1)

        init(delimiter: UInt8, encoding: TextEncoding) {
            self.delimiter = delimiter
            self.encoding = encoding
            countsContinuationBytes = encoding == .windows1252
        }

        /// One byte: the per-byte path, inlined into the loop.
        @inline(__always)
        mutating func consume(_ byte: UInt8, _ body: (CSVRecord) throws -> Void) throws {
            if state == .fieldStart {
                if fields.isEmpty { recordLine = line }
                positions.append((line, column))
            }
            switch state {
            case .fieldStart, .unquoted:
                if byte == delimiter {
                    finishField()
                    state = .fieldStart
                } else if byte == 0x0A {
                    finishField()
                    state = .fieldStart
                    try finishRecord(body)
                } else if byte == 0x22, state == .fieldStart {
                    state = .quoted
                    quoteStart = (line, column)
                } else {
                    field.append(byte)
                    state = .unquoted
                }
            case .quoted:
                if byte == 0x22 { state = .quoteInQuoted } else { field.append(byte) }
            case .quoteInQuoted, .afterQuoteCR:
                try afterQuote(byte, body)
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else if countsContinuationBytes || byte & 0xC0 != 0x80 {
                column += 1
            }
        }

        /// A byte after a quote in a quoted field (or after its CR): a second quote, the end
        /// of the field or record, or broken quoting.
        @inline(__always)
        private mutating func afterQuote(_ byte: UInt8, _ body: (CSVRecord) throws -> Void) throws {
            if byte == 0x22, state == .quoteInQuoted {
                field.append(0x22)
                state = .quoted
            } else if byte == delimiter, state == .quoteInQuoted {
                finishField()
                state = .fieldStart
            } else if byte == 0x0A {
                finishField()
                state = .fieldStart
                try finishRecord(body)
            } else if byte == 0x0D, state == .quoteInQuoted {
                state = .afterQuoteCR
            } else {
                throw Failure(line: line, column: column, message: .textAfterQuote)
            }
        }

        /// The end of the bytes: an open quote is an error, a last record without a line break counts.
        mutating func finish(_ body: (CSVRecord) throws -> Void) throws {
            switch state {
            case .quoted:
                throw Failure(line: quoteStart.line, column: quoteStart.column, message: .unterminatedQuote)
            case .fieldStart where fields.isEmpty:
                break
            default:
                if state == .fieldStart { positions.append((line, column)) }
                finishField()
                try finishRecord(body)
            }
        }

        private mutating func finishField() {
            if state == .unquoted, field.last == 0x0D { field.removeLast() }
            fields.append(field.withUnsafeBufferPointer { encoding.decode($0) })
            field.removeAll(keepingCapacity: true)
        }

        private mutating func finishRecord(_ body: (CSVRecord) throws -> Void) throws {
            defer {
                fields.removeAll(keepingCapacity: true)
                positions.removeAll(keepingCapacity: true)
            }
            if fields.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { return }
            try body(CSVRecord(line: recordLine, fields: fields, positions: positions))
        }
    }
}
