/// Text operations on a cell's raw bytes that give exactly what the same operation on the
/// decoded `String` gives: trimming Unicode white space, counting characters for columns.
enum ByteText {
    /// The length of the white-space character (Unicode White_Space) that starts at `index`,
    /// 0 if none. `bytes[index..<end]` is valid UTF-8.
    @inline(__always)
    static func leadingSpace(_ bytes: UnsafePointer<UInt8>, _ index: Int, _ end: Int, _ encoding: TextEncoding) -> Int {
        let b = bytes[index]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b < 0x80 { return 0 }
        if encoding == .windows1252 { return b == 0xA0 ? 1 : 0 }
        let left = end - index
        if b == 0xC2, left >= 2 { return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0 }
        guard left >= 3 else { return 0 }
        return isSpace3(b, bytes[index + 1], bytes[index + 2]) ? 3 : 0
    }

    /// The length of the white-space character that ends at `end`, 0 if none.
    @inline(__always)
    static func trailingSpace(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ encoding: TextEncoding) -> Int {
        let b = bytes[end - 1]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b < 0x80 { return 0 }
        if encoding == .windows1252 { return b == 0xA0 ? 1 : 0 }
        if end - start >= 2, bytes[end - 2] == 0xC2, b == 0x85 || b == 0xA0 { return 2 }
        guard end - start >= 3 else { return 0 }
        return isSpace3(bytes[end - 3], bytes[end - 2], b) ? 3 : 0
    }

    /// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 in UTF-8.
    @inline(__always)
    private static func isSpace3(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        switch (a, b) {
        case (0xE1, 0x9A): return c == 0x80
        case (0xE2, 0x80): return (c >= 0x80 && c <= 0x8A) || c == 0xA8 || c == 0xA9 || c == 0xAF
        case (0xE2, 0x81): return c == 0x9F
        case (0xE3, 0x80): return c == 0x80
        default: return false
        }
    }

    /// `start..<end` without surrounding white space, as `String.trimmingWhitespace` trims.
    @inline(__always)
    static func trim(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ encoding: TextEncoding) -> (start: Int, end: Int) {
        var s = start
        var e = end
        while s < e {
            let n = leadingSpace(bytes, s, e, encoding)
            if n == 0 { break }
            s += n
        }
        while e > s {
            let n = trailingSpace(bytes, s, e, encoding)
            if n == 0 { break }
            e -= n
        }
        return (s, e)
    }

    /// The 1-based column, in characters, of `offset` on the line that starts at `lineStart`.
    static func column(_ bytes: UnsafePointer<UInt8>, lineStart: Int, offset: Int, _ encoding: TextEncoding) -> Int {
        guard encoding == .utf8 else { return offset - lineStart + 1 }
        var count = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The decoded text of `start..<end`.
    static func string(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ encoding: TextEncoding) -> String {
        encoding.decode(UnsafeBufferPointer(start: bytes + start, count: end - start))
    }

    /// True if `start..<end` is valid UTF-8 on its own (it is cut at ASCII bytes only): the
    /// rules of `UTF8Validator`, with ASCII skipped eight bytes at a time.
    static func isValidUTF8(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        @inline(__always) func continuation(_ index: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            index < end && bytes[index] >= low && bytes[index] <= high
        }
        while i < end {
            if i + 8 <= end, UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = bytes[i]
            switch b {
            case 0x00...0x7F:
                i += 1
            case 0xC2...0xDF:
                guard continuation(i + 1) else { return false }
                i += 2
            case 0xE0...0xEF:
                let low: UInt8 = b == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = b == 0xED ? 0x9F : 0xBF
                guard continuation(i + 1, low, high), continuation(i + 2) else { return false }
                i += 3
            case 0xF0...0xF4:
                let low: UInt8 = b == 0xF0 ? 0x90 : 0x80
                let high: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                guard continuation(i + 1, low, high), continuation(i + 2), continuation(i + 3) else { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
