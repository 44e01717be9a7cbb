import Dispatch
import Foundation

/// One reading of a case file in one encoding: the header on this thread, then rounds of
/// `threads` parts read at once (each part cut at a line break and assumed to start a
/// record; a part whose assumption turns out wrong is read again from where its predecessor
/// really ended). Nothing reaches the run until the whole file is read: a UTF-8 reading
/// that meets a byte that is not UTF-8 (or a NUL) is thrown away.
struct CaseFileAttempt {
    /// What every reading of the file shares.
    struct Setup {
        let file: InputFile
        let catalog: Catalog
        let municipalities: MunicipalityIndex
        let style: NumberStyle
        let periods: [Period]
        let limit: Int
        let tuning: CaseReadTuning
        /// For a second reading: the overlap keys whose rows to fetch (see `CaseReadContext`).
        var collect: Set<UInt64>? = nil
        /// For a first reading: where the file's probes go past `tuning.probeMemory`.
        var spill: OverlapSpill? = nil
    }

    /// What the file held.
    struct Result {
        /// Problems with the header (missing or repeated columns, unknown ones).
        var header: [Diagnostic] = []
        /// The rows, with lines counted from the file's first line.
        var rows: CaseChunk
        /// The file's closing problem: empty, or no data rows.
        var closing: Diagnostic?
    }

    enum Outcome {
        /// The file as read; `complete` unless reading stopped early (broken quoting, a broken
        /// header), in which case the bytes after the stop have not been checked.
        case read(Result, complete: Bool)
        /// A byte that is not UTF-8, or a NUL: the encoding must be found by a full scan.
        case undecided
    }

    let setup: Setup
    let encoding: TextEncoding

    private var file: InputFile { setup.file }

    /// The column of each field a row needs, from a header `CSVTable.readHeader` accepted.
    struct Columns {
        let sagsid: Int, kommune: Int, ydelse: Int, fra: Int, til: Int, omfang: Int
        /// The number of fields in the header.
        let width: Int

        /// Nil if a column is missing; `readHeader` accepts a header only with all six (all are
        /// required), so for an accepted header this always succeeds.
        init?(_ indexes: [String: Int], width: Int) {
            guard let sagsid = indexes[CaseFileReader.sagsid.key], let kommune = indexes[CaseFileReader.kommune.key],
                  let ydelse = indexes[CaseFileReader.ydelse.key], let fra = indexes[CaseFileReader.fra.key],
                  let til = indexes[CaseFileReader.til.key], let omfang = indexes[CaseFileReader.omfang.key] else { return nil }
            (self.sagsid, self.kommune, self.ydelse, self.fra, self.til, self.omfang) = (sagsid, kommune, ydelse, fra, til, omfang)
            self.width = width
        }
    }

    /// Where reading has got to: the byte offset in the buffer and the line it is on.
    private struct Cursor {
        var position: Int
        var line = 1
    }

    /// What reading the header gave: its columns, or the end of this reading.
    private enum HeaderStep {
        case columns(Columns)
        case finished(Outcome)
    }

    func run() throws -> Outcome {
        // What an earlier, dropped reading of this file wrote to the spill file is not the run's.
        setup.spill?.rollBack()
        let descriptor = open(file.url.path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadBuffer.Failure() }
        defer { close(descriptor) }
        let tuning = setup.tuning
        let buffer = ReadBuffer(descriptor: descriptor, capacity: tuning.threads * tuning.partSize)
        try buffer.fill()
        var cursor = Cursor(position: byteOrderMarkLength(buffer))
        var result = Result(rows: CaseChunk())
        let columns: Columns
        switch try readHeader(buffer, cursor: &cursor, result: &result) {
        case .columns(let found): columns = found
        case .finished(let outcome): return outcome
        }
        let context = readContext(columns)
        result.rows = CaseChunk(context)
        buffer.discard(upTo: cursor.position)
        cursor.position = 0
        return try readRows(buffer, context: context, cursor: &cursor, result: &result)
    }

    /// 3 if a UTF-8 reading starts with a byte order mark, else 0.
    private func byteOrderMarkLength(_ buffer: ReadBuffer) -> Int {
        guard encoding == .utf8, buffer.count >= 3 else { return 0 }
        return buffer.bytes[0] == 0xEF && buffer.bytes[1] == 0xBB && buffer.bytes[2] == 0xBF ? 3 : 0
    }

    /// Reads the header, the first record that is not blank, and leaves `cursor` after it.
    private func readHeader(_ buffer: ReadBuffer, cursor: inout Cursor, result: inout Result) throws -> HeaderStep {
        var lineStart = cursor.position
        let fields = FieldBuffer()
        var count = 0
        while true {
            if cursor.position == buffer.count, buffer.eof {
                let required = CaseFileReader.columns.filter(\.required).map { "\"\($0.label)\"" }.joined(separator: ", ")
                result.closing = Diagnostic(.error, .emptyFile(columns: required), at: file.at(line: 1))
                return .finished(.read(result, complete: true))
            }
            let scanner = CaseRecordScanner(bytes: buffer.bytes, end: buffer.count, atEOF: buffer.eof,
                                            delimiter: setup.style.delimiter, validate: encoding == .utf8)
            let (recordLine, recordLineStart) = (cursor.line, lineStart)
            switch scanner.scan(from: cursor.position, line: &cursor.line, lineStart: &lineStart, fields: fields, count: &count) {
            case .incomplete:
                (cursor.line, lineStart) = (recordLine, recordLineStart)
                try buffer.fill()
            case .notUTF8, .notText:
                return .finished(.undecided)
            case .failure(let offset, let failureLine, let failureLineStart, let message):
                let column = ByteText.column(buffer.bytes, lineStart: failureLineStart, offset: offset, encoding)
                result.rows.failure = CaseChunk.Failure(message: message, line: failureLine, column: column)
                return .finished(.read(result, complete: false))
            case .record(let next):
                let record = headerRecord(fields, count: count, line: recordLine, buffer)
                cursor.position = next
                guard !record.fields.allSatisfy({ $0.trimmingWhitespace().isEmpty }) else { continue }
                let engine = DiagnosticEngine(limit: setup.limit)
                let table = CSVTable(file: file, columns: CaseFileReader.columns, style: setup.style)
                let indexes = table.readHeader(record, diagnostics: engine)
                result.header = engine.diagnostics
                // readHeader gives indexes only when every (required) column is there.
                guard let indexes, let columns = Columns(indexes, width: count) else { return .finished(.read(result, complete: false)) }
                return .columns(columns)
            }
        }
    }

    /// The scanned header fields as a `CSVRecord`, with each field's line and column.
    private func headerRecord(_ fields: FieldBuffer, count: Int, line: Int, _ buffer: ReadBuffer) -> CSVRecord {
        CSVRecord(
            line: line,
            fields: (0..<count).map { rawText(fields.pointer[$0], buffer.bytes) },
            positions: (0..<count).map { index in
                let field = fields.pointer[index]
                return (field.line, ByteText.column(buffer.bytes, lineStart: field.lineStart, offset: field.start, encoding))
            })
    }

    /// What every part of every round shares.
    private func readContext(_ columns: Columns) -> CaseReadContext {
        CaseReadContext(
            encoding: encoding, delimiter: setup.style.delimiter, style: setup.style, width: columns.width,
            sagsid: columns.sagsid, kommune: columns.kommune, ydelse: columns.ydelse, fra: columns.fra,
            til: columns.til, omfang: columns.omfang,
            catalog: setup.catalog, municipalities: setup.municipalities,
            periodFirst: setup.periods.map(\.first.ordinal), periodLast: setup.periods.map(\.last.ordinal),
            months: CaseMonths(periods: setup.periods),
            probe: OverlapProbe(periods: setup.periods),
            collect: setup.collect, limit: setup.limit)
    }

    /// Reads the rows after the header in rounds of up to `threads` parts, to the end of the file.
    private func readRows(_ buffer: ReadBuffer, context: CaseReadContext, cursor: inout Cursor, result: inout Result) throws -> Outcome {
        var workers = (0..<setup.tuning.threads).map { _ in CaseWorker(context) }  // each with buffers of its own
        while true {
            var regionEnd = buffer.count
            if !buffer.eof {
                while regionEnd > cursor.position, buffer.bytes[regionEnd - 1] != 0x0A { regionEnd -= 1 }
                if regionEnd == cursor.position {
                    // No whole line at hand: read on (the buffer grows for a record longer than it).
                    try buffer.fill()
                    continue
                }
            }
            let atEOF = buffer.eof && regionEnd == buffer.count
            let parts = split(buffer, from: cursor.position, to: regionEnd)
            let parser = CaseChunkParser(context: context, bytes: UnsafePointer(buffer.bytes))
            read(parts, atEOF: atEOF, parser: parser, workers: &workers)
            // Any part's bytes that are not UTF-8 are in the file, wherever the part started.
            if workers.prefix(parts.count).contains(where: \.chunk.undecodable) { return .undecided }
            switch merge(parts, regionEnd: regionEnd, atEOF: atEOF, parser: parser, workers: &workers, cursor: &cursor, into: &result) {
            case .undecided: return .undecided
            case .stopped: return .read(result, complete: false)
            case .merged: break
            }
            result.rows.probes.spill(to: setup.spill, over: setup.tuning.probeMemory)
            buffer.discard(upTo: cursor.position)
            cursor.position = 0
            if buffer.eof, buffer.count == 0 { break }
            try buffer.fill()
        }
        if result.rows.read == 0 {
            // Case periods may not be filled yet early in a year (as `CSVTable`'s headerOnlyIsNormal).
            result.closing = Diagnostic(.warning, .headerOnlyYet, at: file.at(line: 2))
        }
        return .read(result, complete: true)
    }

    /// How merging a round's parts ended.
    private enum Merge { case merged, stopped, undecided }

    /// Appends the round's chunks to `result` in file order, moving `cursor` past them.
    private func merge(_ parts: [Range<Int>], regionEnd: Int, atEOF: Bool, parser: CaseChunkParser,
                       workers: inout [CaseWorker], cursor: inout Cursor, into result: inout Result) -> Merge {
        for (index, part) in parts.enumerated() {
            let misaligned = part.lowerBound != cursor.position
            if misaligned {
                // The previous part ended inside a record, so this one did not start one:
                // read on from where that record starts, to the end of the round (worker 0's
                // own part is merged already).
                parser.parse(start: cursor.position, end: regionEnd, atEOF: atEOF, worker: &workers[0])
                if workers[0].chunk.undecodable { return .undecided }
            }
            let chunk = workers[misaligned ? 0 : index].chunk
            result.rows.append(chunk, lineOffset: cursor.line - 1, limit: setup.limit)
            cursor.line += chunk.newlines
            cursor.position = chunk.consumed
            if chunk.failure != nil { return .stopped }
            if misaligned { break }
        }
        return .merged
    }

    /// Cuts `start..<end` (whole lines) into up to `threads` parts at line breaks.
    private func split(_ buffer: ReadBuffer, from start: Int, to end: Int) -> [Range<Int>] {
        let tuning = setup.tuning
        let parts = max(1, min(tuning.threads, (end - start) / tuning.minimumPart))
        guard parts > 1 else { return [start..<end] }
        let size = (end - start) / parts
        var ranges: [Range<Int>] = []
        var lower = start
        for index in 1..<parts {
            var cut = start + index * size
            if cut <= lower { continue }
            while cut < end, buffer.bytes[cut - 1] != 0x0A { cut += 1 }
            if cut >= end { break }
            ranges.append(lower..<cut)
            lower = cut
        }
        ranges.append(lower..<end)
        return ranges
    }

    /// Reads the parts, each on its own thread into its own worker's chunk.
    private func read(_ parts: [Range<Int>], atEOF: Bool, parser: CaseChunkParser, workers: inout [CaseWorker]) {
        if parts.count == 1 {
            parser.parse(start: parts[0].lowerBound, end: parts[0].upperBound, atEOF: atEOF, worker: &workers[0])
            return
        }
        workers.withUnsafeMutableBufferPointer { states in
            let shared = SharedParts(parser: parser, parts: parts, atEOF: atEOF, states: states)
            DispatchQueue.concurrentPerform(iterations: parts.count) { index in
                shared.run(index)
            }
        }
    }

    /// A field as `CSVReader` gives it: quotes removed, `""` made `"`, not trimmed.
    private func rawText(_ field: FieldSpan, _ bytes: UnsafePointer<UInt8>) -> String {
        guard field.escaped else { return ByteText.string(bytes, field.contentStart, field.contentEnd, encoding) }
        var unescaped: [UInt8] = []
        var index = field.contentStart
        while index < field.contentEnd {
            unescaped.append(bytes[index])
            index += bytes[index] == 0x22 ? 2 : 1
        }
        return unescaped.withUnsafeBufferPointer { encoding.decode($0) }
    }
}
