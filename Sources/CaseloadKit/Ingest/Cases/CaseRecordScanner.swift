/// Finds the fields of one CSV record in a buffer of bytes, with the rules of `CSVReader`
/// (RFC 4180 quoting, `""` for a quote, LF or CRLF, one trailing CR dropped from an unquoted
/// field) but without copying a byte: the fields are spans of the buffer.
///
/// In UTF-8 mode each field's bytes are validated as they are passed over: fields are cut at
/// ASCII bytes only, so the file is valid UTF-8 exactly when every field is.
struct CaseRecordScanner {
    /// What scanning one record found.
    enum Outcome {
        /// A whole record; the next one starts at `next`.
        case record(next: Int)
        /// The record goes on past the end of the bytes at hand (and the file goes on).
        case incomplete
        /// Broken quoting at `offset` on the current line: reading the file stops.
        case failure(offset: Int, line: Int, lineStart: Int, message: Message)
        /// A field is not valid UTF-8: the file is not UTF-8.
        case notUTF8
        /// A NUL byte: the file is not text.
        case notText
    }

    static let unterminated = Message.unterminatedQuote
    static let afterQuote = Message.textAfterQuote

    let bytes: UnsafePointer<UInt8>
    /// The end of the bytes at hand.
    let end: Int
    /// True if `end` is the end of the file (a record may end there without a line break).
    let atEOF: Bool
    let delimiter: UInt8
    /// True to validate UTF-8.
    let validate: Bool

    /// Scans the record at `start`; `line` and `lineStart` follow the line breaks passed over.
    /// On `.record`, `fields.pointer[0..<count]` are its fields.
    @inline(__always)
    func scan(from start: Int, line: inout Int, lineStart: inout Int, fields: FieldBuffer, count: inout Int) -> Outcome {
        // High bits of the bytes passed over: a record of ASCII only needs no validation.
        var high: UInt64 = 0
        if let next = plainRecord(from: start, line: line, lineStart: lineStart, fields: fields, count: &count, high: &high) {
            if validate, high & 0x8080_8080_8080_8080 != 0, !ByteText.isValidUTF8(bytes, start, next) { return .notUTF8 }
            line += 1
            lineStart = next
            return .record(next: next)
        }
        var p = start
        count = 0
        var slots = fields.pointer
        var room = fields.capacity
        while true {
            var span = FieldSpan(start: p, contentStart: p, contentEnd: p, line: line, lineStart: lineStart, escaped: false)
            var next: Int
            var endsRecord: Bool
            if p < end, bytes[p] == Self.quote {
                switch quoted(&span, line: &line, lineStart: &lineStart, high: &high) {
                case .field(let fieldNext, let fieldEndsRecord): (next, endsRecord) = (fieldNext, fieldEndsRecord)
                case .stop(let outcome): return outcome
                }
            } else {
                let q = find(delimiter, or: 0x0A, from: p, high: &high)
                if q < end, bytes[q] == 0 { return .notText }
                span.contentEnd = q > p && bytes[q - 1] == 0x0D ? q - 1 : q
                if q == end {
                    guard atEOF else { return .incomplete }
                    (next, endsRecord) = (end, true)
                } else {
                    (next, endsRecord) = (q + 1, bytes[q] == 0x0A)
                }
            }
            if count == room {
                fields.grow()
                slots = fields.pointer
                room = fields.capacity
            }
            slots[count] = span
            count += 1
            if endsRecord {
                // Records are cut at ASCII bytes, so the file is UTF-8 exactly when each record is.
                if validate, high & 0x8080_8080_8080_8080 != 0, !ByteText.isValidUTF8(bytes, start, next) { return .notUTF8 }
                if bytes[next - 1] == 0x0A {
                    line += 1
                    lineStart = next
                }
                return .record(next: next)
            }
            p = next
        }
    }

    private static let quote: UInt8 = 0x22

    /// The common record, read in one pass: no quote and no NUL byte in the eight-byte words
    /// it lies in, its line break before the last whole word of the bytes at hand, and no more
    /// fields than `fields` holds. Each word gives a bit per delimiter and line break, and each
    /// bit ends a field. Returns the next record's start, with the fields as `scan` gives them
    /// (the same rules: one CR before a field's end dropped); `nil` for any other record,
    /// which `scan` then reads by the general rules (a quote or NUL just past the record
    /// only sends it there too: the answer is the same, only slower).
    @inline(__always)
    private func plainRecord(from start: Int, line: Int, lineStart: Int, fields: FieldBuffer, count: inout Int,
                             high: inout UInt64) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let tops: UInt64 = 0x8080_8080_8080_8080
        let (delimiters, breaks, quotes) = (ones &* UInt64(delimiter), ones &* 0x0A, ones &* UInt64(Self.quote))
        let slots = fields.pointer
        let room = fields.capacity
        var fieldStart = start
        var found = 0
        var q = start
        while q &+ 8 <= end {
            let word = UnsafeRawPointer(bytes + q).loadUnaligned(as: UInt64.self)
            high |= word
            // Any quote or NUL byte (the quick test: exact as to whether there is one).
            let x = word ^ quotes
            if ((x &- ones) & ~x | (word &- ones) & ~word) & tops != 0 { return nil }
            // Exactly the delimiter and line-break bytes: a byte's top bit ends up clear iff it is 0.
            let d = word ^ delimiters
            let b = word ^ breaks
            var hits = ~((((d & lows) &+ lows) | d) & (((b & lows) &+ lows) | b)) & tops
            while hits != 0 {
                let at = q &+ hits.trailingZeroBitCount >> 3
                hits &= hits &- 1
                guard found < room else { return nil }
                let contentEnd = at > fieldStart && bytes[at &- 1] == 0x0D ? at &- 1 : at
                slots[found] = FieldSpan(start: fieldStart, contentStart: fieldStart, contentEnd: contentEnd,
                                         line: line, lineStart: lineStart, escaped: false)
                found &+= 1
                fieldStart = at &+ 1
                if bytes[at] == 0x0A {
                    count = found
                    return fieldStart
                }
            }
            q &+= 8
        }
        return nil
    }

    /// How a field ended: where the next one starts and whether it ended the record, or the
    /// outcome that stops the scan.
    private enum FieldEnd {
        case field(next: Int, endsRecord: Bool)
        case stop(Outcome)
    }

    /// Scans the quoted field that `span` starts (at its opening quote), setting its content.
    /// Inlined into `scan`: it runs once per quoted field.
    @inline(__always)
    private func quoted(_ span: inout FieldSpan, line: inout Int, lineStart: inout Int, high: inout UInt64) -> FieldEnd {
        let quote = Self.quote
        var q = span.start + 1
        span.contentStart = q
        while true {
            q = find(quote, or: 0x0A, from: q, high: &high)
            if q < end, bytes[q] == 0 { return .stop(.notText) }
            if q < end, bytes[q] == 0x0A {
                line += 1
                lineStart = q + 1
                q += 1
                continue
            }
            if q == end {
                return .stop(atEOF ? .failure(offset: span.start, line: span.line, lineStart: span.lineStart, message: Self.unterminated) : .incomplete)
            }
            if q + 1 < end, bytes[q + 1] == quote {
                span.escaped = true
                q += 2
                continue
            }
            break
        }
        span.contentEnd = q
        return afterClosingQuote(q + 1, line: line, lineStart: lineStart)
    }

    /// What may follow a closing quote at `after`: a delimiter, a line break (LF or CRLF) or
    /// the end of the file; anything else is broken quoting.
    @inline(__always)
    private func afterClosingQuote(_ after: Int, line: Int, lineStart: Int) -> FieldEnd {
        if after == end {
            return atEOF ? .field(next: end, endsRecord: true) : .stop(.incomplete)
        } else if bytes[after] == delimiter {
            return .field(next: after + 1, endsRecord: false)
        } else if bytes[after] == 0x0A {
            return .field(next: after + 1, endsRecord: true)
        } else if bytes[after] == 0x0D {
            if after + 1 == end {
                return atEOF ? .field(next: end, endsRecord: true) : .stop(.incomplete)
            } else if bytes[after + 1] == 0x0A {
                return .field(next: after + 2, endsRecord: true)
            }
            return .stop(.failure(offset: after + 1, line: line, lineStart: lineStart, message: Self.afterQuote))
        }
        return .stop(.failure(offset: after, line: line, lineStart: lineStart, message: Self.afterQuote))
    }

    /// The first offset from `start` holding `a`, `b` or NUL, or `end`; eight bytes at a time.
    /// `high` collects the bits of the bytes read (some past the match: only a hint).
    @inline(__always)
    private func find(_ a: UInt8, or b: UInt8, from start: Int, high: inout UInt64) -> Int {
        var q = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops: UInt64 = 0x8080_8080_8080_8080
        let aa = ones &* UInt64(a)
        let bb = ones &* UInt64(b)
        while q &+ 8 <= end {
            let word = UnsafeRawPointer(bytes + q).loadUnaligned(as: UInt64.self)
            high |= word
            let x = word ^ aa
            let y = word ^ bb
            let hits = ((x &- ones) & ~x | (y &- ones) & ~y | (word &- ones) & ~word) & tops
            if hits != 0 { return q &+ hits.trailingZeroBitCount >> 3 }
            q &+= 8
        }
        while q < end {
            let byte = bytes[q]
            high |= UInt64(byte)
            if byte == a || byte == b || byte == 0 { return q }
            q &+= 1
        }
        return end
    }
}
