import Foundation

/// A result file's text written straight as UTF-8 bytes: the one byte writer the renderers
/// share (rapport.html and its SVG charts, the workbook's XML, the CSV files).
///
/// Building a large report with `String` interpolation and `+=` costs an allocation and a
/// copy per piece; appending to one `[UInt8]` costs neither. Numbers are written from
/// integers digit by digit (no `String`, no `Exact`), in the same forms as `NumberFormat`,
/// and markup is escaped here, the one escaping rule (`MarkupText.escaped` uses it).
///
/// A buffer made with `init(drainingInto:)` does not grow with the file: once it holds
/// `bufferSize` bytes, the next append first hands them to its `OutputSink` (the staging
/// file, written and hashed) and starts again from empty, in the same memory. Only whole
/// appends are handed over, so a number or an escaped text is never split.
public struct OutputBytes: Sendable, Equatable {
    /// The size of a draining buffer: large enough that a write(2) and a hash update per
    /// drain cost next to nothing, small enough to stay in the CPU's caches.
    public static let bufferSize = 256 * 1024

    /// The bytes written so far (of a draining buffer: since its last drain).
    public private(set) var bytes: [UInt8]
    /// Where the bytes go when the buffer is full; `nil`: the buffer keeps them all.
    private let sink: (any OutputSink)?
    /// The count at which the next append drains the buffer first (`Int.max`: never).
    private let drainAt: Int

    /// An empty buffer with room for `capacity` bytes, keeping every byte written.
    public init(reservingCapacity capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
        sink = nil
        drainAt = Int.max
    }

    /// An empty buffer of `bufferSize` bytes that drains into `sink` each time it fills;
    /// `drain()` hands over the rest.
    public init(drainingInto sink: any OutputSink, bufferSize: Int = Self.bufferSize) {
        bytes = []
        // Room for one more append past the mark, so that the array never grows in the common case.
        bytes.reserveCapacity(bufferSize + 4096)
        self.sink = sink
        drainAt = bufferSize
    }

    /// The number of bytes in the buffer.
    public var count: Int { bytes.count }

    /// Hands the bytes in the buffer to the sink and empties it, keeping its memory (nothing
    /// happens without a sink). A renderer calls it once at the end of its file.
    public mutating func drain() {
        guard let sink, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { sink.write($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Drains the buffer if it is full; called first in each append.
    @inline(__always)
    private mutating func drainIfFull() {
        if bytes.count >= drainAt { drain() }
    }

    /// Two buffers are equal when they hold the same bytes (wherever they drain).
    public static func == (lhs: OutputBytes, rhs: OutputBytes) -> Bool {
        lhs.bytes == rhs.bytes
    }

    /// The bytes as `Data` (for an `OutputFile`).
    public var data: Data { Data(bytes) }

    /// The bytes as text (for tests and for callers that still need a `String`).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends a literal as it is (not escaped): markup, separators, fixed labels.
    public mutating func append(_ literal: StaticString) {
        drainIfFull()
        appendLiteral(literal)
    }

    /// Appends a literal without draining first (inside an append that must stay whole).
    private mutating func appendLiteral(_ literal: StaticString) {
        if literal.hasPointerRepresentation {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        } else {
            // A one-character literal such as "ø" is stored as its scalar, not as UTF-8 bytes.
            bytes.append(contentsOf: String(literal.unicodeScalar).utf8)
        }
    }

    /// Appends text as it is (not escaped): text already escaped, or made by the program.
    public mutating func append(_ text: String) {
        drainIfFull()
        // A string's UTF-8 is nearly always contiguous: then one copy, not a byte at a time.
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil { bytes.append(contentsOf: text.utf8) }
    }

    /// Appends another buffer's bytes.
    public mutating func append(_ other: OutputBytes) {
        drainIfFull()
        bytes.append(contentsOf: other.bytes)
    }

    /// Appends one byte (an ASCII character such as `UInt8(ascii: "\n")`).
    public mutating func append(byte: UInt8) {
        drainIfFull()
        bytes.append(byte)
    }

    /// Appends text escaped for XML and HTML, exactly as `MarkupText.escaped(text)`:
    /// `&`, `<`, `>`, `"` and `'` as entities, characters XML 1.0 cannot hold as U+FFFD.
    public mutating func appendEscaped(_ text: String) {
        // Most names and labels need nothing: then the bytes as they are, in one copy.
        // (U+FFFE and U+FFFF start with the byte EF.)
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF || Self.isMarkup($0) }) {
            append(text)
            return
        }
        drainIfFull()
        let start = bytes.count
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): appendLiteral("&amp;")
            case UInt8(ascii: "<"): appendLiteral("&lt;")
            case UInt8(ascii: ">"): appendLiteral("&gt;")
            case UInt8(ascii: "\""): appendLiteral("&quot;")
            case UInt8(ascii: "'"): appendLiteral("&#39;")
            case 0x09, 0x0A, 0x0D: bytes.append(byte)
            case ..<0x20: appendLiteral("\u{FFFD}")
            default: bytes.append(byte)
            }
        }
        replaceNoncharacters(from: start)
    }

    /// Whether `byte` is one of the five characters markup escapes.
    private static func isMarkup(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Appends an integer in decimal digits, `-` before a negative one (`-1234`).
    public mutating func append(_ value: Int) {
        appendDecimal(Int128(value), decimals: 0, format: .machine)
    }

    /// Appends the fixed-decimal number `units / 10^decimals` (`units` already rounded), in
    /// the form `NumberFormat` gives it: `.machine` `-1234.50`, `.danish` `-1.234,50`. Zero
    /// has no minus sign; there are always `decimals` digits after the sign.
    public mutating func appendDecimal(_ units: Int, decimals: Int, format: NumberFormat = .machine) {
        appendDecimal(Int128(units), decimals: decimals, format: format)
    }

    /// Appends the fixed-decimal number `units / 10^decimals`, as the `Int` form does.
    public mutating func appendDecimal(_ units: Int128, decimals: Int, format: NumberFormat = .machine) {
        precondition(decimals >= 0, "a negative number of decimals")
        drainIfFull()
        // The text is written backwards (least significant digit first), then turned round.
        let start = bytes.count
        var digits = ReversedDigits(units.magnitude)
        for _ in 0..<decimals { bytes.append(UInt8(ascii: "0") + digits.next()) }
        if decimals > 0 { bytes.append(format == .machine ? UInt8(ascii: ".") : UInt8(ascii: ",")) }
        var integerDigits = 0
        repeat {
            if format == .danish, integerDigits > 0, integerDigits % 3 == 0 { bytes.append(UInt8(ascii: ".")) }
            bytes.append(UInt8(ascii: "0") + digits.next())
            integerDigits += 1
        } while !digits.isEmpty
        if units < 0 { bytes.append(UInt8(ascii: "-")) }
        // Turned round in place (a slice's `reverse()` copied the slice).
        var (low, high) = (start, bytes.count - 1)
        while low < high {
            bytes.swapAt(low, high)
            (low, high) = (low + 1, high - 1)
        }
    }

    /// U+FFFE and U+FFFF (EF BF BE / EF BF BF), which XML cannot hold, become U+FFFD
    /// (EF BF BD) in the bytes from `start` on: the same length, changed in place.
    private mutating func replaceNoncharacters(from start: Int) {
        var index = start
        while index + 2 < bytes.count {
            if bytes[index] == 0xEF, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                bytes[index + 2] = 0xBD
                index += 3
            } else {
                index += 1
            }
        }
    }
}

/// The decimal digits of a 128-bit magnitude, least significant first, worked out 19 digits
/// at a time in 64-bit arithmetic (a 128-bit division per digit is a library call).
private struct ReversedDigits {
    private static let chunkBase: UInt128 = 10_000_000_000_000_000_000  // 10^19 < 2^64
    /// The digits above the current chunk.
    private var high: UInt128
    /// The current chunk's digits not handed out yet.
    private var chunk: UInt64
    /// Digits left in the current chunk, counting its leading zeros (only while `high` > 0).
    private var chunkDigitsLeft: Int

    init(_ magnitude: UInt128) {
        if let small = UInt64(exactly: magnitude) {
            (high, chunk) = (0, small)
        } else {
            high = magnitude / Self.chunkBase
            chunk = UInt64(magnitude % Self.chunkBase)
        }
        chunkDigitsLeft = 19
    }

    /// Whether every digit has been handed out (zero has one digit, handed out first).
    var isEmpty: Bool { high == 0 && chunk == 0 }

    /// The next digit (0 once the number is exhausted).
    mutating func next() -> UInt8 {
        let digit = UInt8(truncatingIfNeeded: chunk % 10)
        chunk /= 10
        if high > 0 {
            chunkDigitsLeft -= 1
            if chunkDigitsLeft == 0 {
                chunk = UInt64(high % Self.chunkBase)
                high /= Self.chunkBase
                chunkDigitsLeft = 19
            }
        }
        return digit
    }
}
