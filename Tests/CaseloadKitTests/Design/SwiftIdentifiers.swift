/// The capitalised identifiers of a Swift source text outside comments and string literals
/// (but inside interpolations `\(…)`, which are code): the type names a file can mean. A byte
/// scanner, not a parser: enough for the stage rule, which only asks whether a file names a
/// type, and fast on the whole of Sources/.
struct SwiftIdentifiers {
    /// The identifiers of `text` that start with an ASCII capital letter.
    static func capitalized(in text: String) -> Set<String> {
        var scanner = SwiftIdentifiers(bytes: Array(text.utf8))
        scanner.scanCode(nested: false)
        return scanner.names
    }

    private let bytes: [UInt8]
    private var index = 0
    private var names = Set<String>()

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// Code up to the end, or (`nested`, in an interpolation) past the `)` that closes it.
    private mutating func scanCode(nested: Bool) {
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == slash, next(1) == slash {
                while index < bytes.count, bytes[index] != newline { index += 1 }
            } else if byte == slash, next(1) == star {
                skipBlockComment()
            } else if byte == hash || byte == quote {
                skipString()
            } else if Self.isLetter(byte) {
                identifier()
            } else if Self.isDigit(byte) {
                while index < bytes.count, Self.isLetter(bytes[index]) || Self.isDigit(bytes[index]) { index += 1 }
            } else {
                index += 1
                if byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: ")") { depth -= 1 }
                if nested, depth < 0 { return }
            }
        }
    }

    private mutating func identifier() {
        let start = index
        while index < bytes.count, Self.isLetter(bytes[index]) || Self.isDigit(bytes[index]) { index += 1 }
        if bytes[start] >= UInt8(ascii: "A"), bytes[start] <= UInt8(ascii: "Z") {
            names.insert(String(decoding: bytes[start..<index], as: UTF8.self))
        }
    }

    /// Past the `*/` that closes the comment here (comments nest in Swift).
    private mutating func skipBlockComment() {
        var depth = 0
        while index < bytes.count {
            if bytes[index] == slash, next(1) == star {
                depth += 1; index += 2
            } else if bytes[index] == star, next(1) == slash {
                depth -= 1; index += 2
                if depth == 0 { return }
            } else {
                index += 1
            }
        }
    }

    /// Past the string literal here (`"…"`, `"""…"""`, raw `#"…"#`), scanning its
    /// interpolations as code. A `#` that opens no string (`#if`, `#expect`) is skipped alone.
    private mutating func skipString() {
        var hashes = 0
        while next(0) == hash { hashes += 1; index += 1 }
        guard next(0) == quote else { if hashes == 0 { index += 1 }; return }
        let quotes = next(1) == quote && next(2) == quote ? 3 : 1
        index += quotes
        while index < bytes.count {
            if bytes[index] == backslash, (0..<hashes).allSatisfy({ next(1 + $0) == hash }) {
                index += 1 + hashes
                if next(0) == UInt8(ascii: "(") {
                    index += 1
                    scanCode(nested: true)
                } else {
                    index += 1
                }
            } else if quotes == 1, bytes[index] == newline {
                return
            } else if closes(quotes: quotes, hashes: hashes) {
                index += quotes + hashes
                return
            } else {
                index += 1
            }
        }
    }

    private func closes(quotes: Int, hashes: Int) -> Bool {
        (0..<quotes).allSatisfy { next($0) == quote } && (0..<hashes).allSatisfy { next(quotes + $0) == hash }
    }

    private func next(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}

private let slash = UInt8(ascii: "/"), star = UInt8(ascii: "*"), hash = UInt8(ascii: "#")
private let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), newline = UInt8(ascii: "\n")
