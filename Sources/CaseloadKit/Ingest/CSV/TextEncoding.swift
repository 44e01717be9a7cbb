import Foundation

/// The text encodings a CSV file may be in.
public enum TextEncoding: Sendable, Equatable {
    /// UTF-8 (with or without a byte order mark).
    case utf8
    /// Windows-1252, what Danish Excel's "CSV (semikolonsepareret)" writes.
    case windows1252

    /// What a scan of a file's bytes found.
    public enum Detection: Equatable {
        /// The file is valid in this encoding.
        case valid(TextEncoding)
        /// The file is neither valid UTF-8 nor Windows-1252: a byte on this line fits neither.
        case invalid(line: Int, byte: UInt8)
        /// The file is UTF-16 (a UTF-16 byte order mark, or NUL bytes between ASCII letters).
        case utf16
        /// The file holds a NUL byte on this line: it is not text.
        case nul(line: Int)
    }

    /// Scans a file in chunks: UTF-8 if every byte sequence is valid UTF-8, else Windows-1252
    /// unless a byte that Windows-1252 leaves undefined occurs.
    public static func detect(fileAt url: URL) throws -> Detection {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        defer { try? handle.close() }
        var validator = UTF8Validator()
        var line = 1
        var undefinedAt: (line: Int, byte: UInt8)?
        var nulLine: Int?
        var first = true
        while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            if first {
                first = false
                if looksLikeUTF16(chunk.prefix(4)) { return .utf16 }
            }
            chunk.withUnsafeBytes { raw in
                for byte in raw {
                    validator.consume(byte)
                    if byte == 0x0A { line += 1 }
                    if byte == 0, nulLine == nil { nulLine = line }
                    if undefinedAt == nil, windows1252Undefined.contains(byte) { undefinedAt = (line, byte) }
                }
            }
        }
        if let nulLine { return .nul(line: nulLine) }
        if validator.isValid && validator.isComplete { return .valid(.utf8) }
        if let undefinedAt { return .invalid(line: undefinedAt.line, byte: undefinedAt.byte) }
        return .valid(.windows1252)
    }

    /// A UTF-16 byte order mark, or the NUL bytes that UTF-16 puts beside ASCII letters.
    static func looksLikeUTF16(_ head: Data) -> Bool {
        let bytes = Array(head)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return true }
        if bytes.count >= 4 {
            let evenNul = bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0 && bytes[3] != 0
            let oddNul = bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0 && bytes[2] != 0
            return evenNul || oddNul
        }
        return false
    }

    /// Bytes that have no character in Windows-1252.
    static let windows1252Undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// The characters of Windows-1252 bytes 0x80–0x9F (the rest match Latin-1).
    static let windows1252High: [Unicode.Scalar] = [
        "\u{20AC}", "\u{FFFD}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{FFFD}", "\u{017D}", "\u{FFFD}",
        "\u{FFFD}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{FFFD}", "\u{017E}", "\u{0178}",
    ]

    /// Decodes bytes of this encoding (already checked to be valid) into a string.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        switch self {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                if (0x80...0x9F).contains(byte) {
                    scalars.append(TextEncoding.windows1252High[Int(byte - 0x80)])
                } else {
                    scalars.append(Unicode.Scalar(byte))
                }
            }
            return String(scalars)
        }
    }
}

/// A streaming UTF-8 validator (rejects overlong forms, surrogates and values past U+10FFFF).
struct UTF8Validator {
    private(set) var isValid = true
    private var pending = 0
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF

    /// True if no multi-byte sequence is left unfinished.
    var isComplete: Bool { pending == 0 }

    mutating func consume(_ byte: UInt8) {
        guard isValid else { return }
        if pending > 0 {
            guard byte >= lower && byte <= upper else { isValid = false; return }
            pending -= 1
            lower = 0x80
            upper = 0xBF
            return
        }
        switch byte {
        case 0x00...0x7F: break
        case 0xC2...0xDF: pending = 1
        case 0xE0: pending = 2; lower = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: pending = 2
        case 0xED: pending = 2; upper = 0x9F
        case 0xF0: pending = 3; lower = 0x90
        case 0xF1...0xF3: pending = 3
        case 0xF4: pending = 3; upper = 0x8F
        default: isValid = false
        }
    }
}
