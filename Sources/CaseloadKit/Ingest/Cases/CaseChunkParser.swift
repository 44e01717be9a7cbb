/// Reads the case rows of one range of a case file's bytes: the hot loop.
///
/// Each row is checked cell by cell in the order `CellParser` uses (sagsid, kommune, ydelse,
/// fra, til, omfang, then til before fra), so the errors and their order are the same as
/// reading through `CSVTable`; names are resolved once per distinct byte string; dates are
/// turned into day numbers with integer arithmetic; valid rows go straight into the tally.
struct CaseChunkParser {
    let context: CaseReadContext
    let bytes: UnsafePointer<UInt8>

    /// Reads the records of `start..<end` into `worker.chunk`; `atEOF` if `end` is the end of the file.
    func parse(start: Int, end: Int, atEOF: Bool, worker: inout CaseWorker) {
        var chunk = CaseChunk()
        swap(&chunk, &worker.chunk)
        chunk.reset()
        worker.unknownCounts = [Int](repeating: 0, count: worker.municipalityKeys.count)
        worker.unknownFirstLine = worker.unknownCounts
        worker.unknownOrder = []
        chunk.withTallyCells { cells, chunk in
            records(start: start, end: end, atEOF: atEOF, cells: cells, chunk: &chunk, worker: &worker)
        }
        collectUnknown(&chunk, &worker)
        swap(&chunk, &worker.chunk)
    }

    private func records(start: Int, end: Int, atEOF: Bool, cells: TallyCells, chunk: inout CaseChunk, worker: inout CaseWorker) {
        let scanner = CaseRecordScanner(bytes: bytes, end: end, atEOF: atEOF, delimiter: context.delimiter,
                                        validate: context.encoding == .utf8)
        var p = start
        var line = 1
        var lineStart = start
        var count = 0
        while p < end {
            let recordLine = line
            switch scanner.scan(from: p, line: &line, lineStart: &lineStart, fields: worker.fields, count: &count) {
            case .record(let next):
                row(line: recordLine, fieldCount: count, cells: cells, chunk: &chunk, worker: &worker)
                p = next
            case .incomplete:
                chunk.consumed = p
                chunk.newlines = recordLine - 1
                return
            case .failure(let offset, let failureLine, let failureLineStart, let message):
                let column = ByteText.column(bytes, lineStart: failureLineStart, offset: offset, context.encoding)
                chunk.failure = CaseChunk.Failure(message: message, line: failureLine, column: column)
                chunk.consumed = p
                chunk.newlines = recordLine - 1
                return
            case .notUTF8, .notText:
                chunk.undecodable = true
                chunk.consumed = p
                chunk.newlines = recordLine - 1
                return
            }
        }
        chunk.consumed = p
        chunk.newlines = line - 1
    }

    private func collectUnknown(_ chunk: inout CaseChunk, _ worker: inout CaseWorker) {
        for id in worker.unknownOrder {
            chunk.unknown(worker.municipalityName[id], line: worker.unknownFirstLine[id], count: worker.unknownCounts[id])
            worker.unknownCounts[id] = 0
        }
        worker.unknownOrder = []
    }

    // MARK: Cells

    /// A cell's trimmed bytes: in the buffer, or in the worker's scratch if it had `""`
    /// (valid until the next cell is taken).
    struct Cell {
        let pointer: UnsafePointer<UInt8>
        let count: Int
    }

    @inline(__always)
    func cell(_ field: FieldSpan, _ worker: inout CaseWorker) -> Cell {
        guard !field.escaped else { return unescaped(field, &worker) }
        let (s, e) = ByteText.trim(bytes, field.contentStart, field.contentEnd, context.encoding)
        return Cell(pointer: bytes + s, count: e - s)
    }

    private func unescaped(_ field: FieldSpan, _ worker: inout CaseWorker) -> Cell {
        let scratch = worker.scratch.reserve(field.contentEnd - field.contentStart)
        var count = 0
        var index = field.contentStart
        while index < field.contentEnd {
            scratch[count] = bytes[index]
            count += 1
            index += bytes[index] == 0x22 ? 2 : 1
        }
        let (s, e) = ByteText.trim(UnsafePointer(scratch), 0, count, context.encoding)
        return Cell(pointer: UnsafePointer(scratch) + s, count: e - s)
    }

    /// A field's text as `CSVRow.text` gives it: decoded, trimmed.
    func text(_ field: FieldSpan, _ worker: inout CaseWorker) -> String {
        let cell = cell(field, &worker)
        return context.encoding.decode(UnsafeBufferPointer(start: cell.pointer, count: cell.count))
    }

    private func column(_ field: FieldSpan) -> Int {
        ByteText.column(bytes, lineStart: field.lineStart, offset: field.start, context.encoding)
    }

    /// Reports an error at a field's start.
    private func fail(_ field: FieldSpan, _ message: @autoclosure () -> Message, _ chunk: inout CaseChunk) {
        chunk.problem(message(), line: field.line, column: column(field), limit: context.limit)
    }

    /// The case id masked for a message, `nil` if there is none.
    private func masked(_ field: FieldSpan, _ worker: inout CaseWorker) -> String? {
        let id = text(field, &worker)
        return id.isEmpty ? nil : CaseID.masked(id)
    }

    // MARK: Rows

    /// A data row whose cells are all valid, ready to count.
    struct CheckedRow {
        let sagsid: FieldSpan
        /// The worker's cache id of the municipality name (its position may be -1: not ours).
        let municipality: Int
        /// The catalog position of the benefit.
        let benefit: Int
        let from: Int
        /// `nil` for an open case.
        let to: Int?
        let units: Int64
    }

    /// One record: skipped if blank, else a data row. The steps below are all inlined into
    /// this one, the per-row path.
    @inline(__always)
    private func row(line: Int, fieldCount: Int, cells: TallyCells, chunk: inout CaseChunk, worker: inout CaseWorker) {
        if isBlank(0..<fieldCount, &worker) { return }
        chunk.read += 1
        let width = context.width
        if fieldCount < width || (fieldCount > width && !isBlank(width..<fieldCount, &worker)) {
            chunk.problem(.fieldCount(fieldCount, header: width), line: line, column: nil, limit: context.limit)
            chunk.rejected += 1
            return
        }
        guard let checked = check(&chunk, &worker) else {
            chunk.rejected += 1
            return
        }
        tally(checked, line: line, cells: cells, chunk: &chunk, worker: &worker)
    }

    /// True if every field in `range` is empty after trimming.
    @inline(__always)
    private func isBlank(_ range: Range<Int>, _ worker: inout CaseWorker) -> Bool {
        for index in range where cell(worker.fields.pointer[index], &worker).count != 0 { return false }
        return true
    }

    /// Checks the row's cells in `CellParser`'s order, reporting each problem; nil if any.
    @inline(__always)
    private func check(_ chunk: inout CaseChunk, _ worker: inout CaseWorker) -> CheckedRow? {
        var failed = false
        let sagsid = worker.fields.pointer[context.sagsid]
        if cell(sagsid, &worker).count == 0 {
            fail(sagsid, .cellEmpty("sagsid"), &chunk)
            failed = true
        }
        let municipality = municipalityID(&failed, &chunk, &worker)
        let benefit = benefitPosition(&failed, &chunk, &worker)
        let fraField = worker.fields.pointer[context.fra]
        let from = fromDay(fraField, &failed, &chunk, &worker)
        let tilField = worker.fields.pointer[context.til]
        let to = toDay(tilField, &failed, &chunk, &worker)
        let units = omfangUnits(sagsid: sagsid, &failed, &chunk, &worker)
        if let from, let to, to < from {
            fail(tilField, .tilBeforeFra(til: "\(Day(ordinal: to))", fra: "\(Day(ordinal: from))", case: masked(sagsid, &worker)), &chunk)
            failed = true
        }
        guard !failed, let from, let units else { return nil }
        return CheckedRow(sagsid: sagsid, municipality: municipality, benefit: benefit, from: from, to: to, units: units)
    }

    /// The kommune cell's cache id; -1 (and `failed`) if it is empty.
    @inline(__always)
    private func municipalityID(_ failed: inout Bool, _ chunk: inout CaseChunk, _ worker: inout CaseWorker) -> Int {
        let kommune = worker.fields.pointer[context.kommune]
        let kommuneCell = cell(kommune, &worker)
        if kommuneCell.count == 0 {
            fail(kommune, .cellEmpty("kommune"), &chunk)
            failed = true
            return -1
        }
        return worker.municipalityKeys.find(kommuneCell.pointer, kommuneCell.count)
            ?? resolveMunicipality(kommuneCell.pointer, kommuneCell.count, &worker, &chunk)
    }

    /// The ydelse cell's catalog position; -1 (and `failed`) if it is empty or not in the catalog.
    @inline(__always)
    private func benefitPosition(_ failed: inout Bool, _ chunk: inout CaseChunk, _ worker: inout CaseWorker) -> Int {
        let ydelse = worker.fields.pointer[context.ydelse]
        let ydelseCell = cell(ydelse, &worker)
        if ydelseCell.count == 0 {
            fail(ydelse, .cellEmpty("ydelse"), &chunk)
            failed = true
            return -1
        }
        let id = worker.benefitKeys.find(ydelseCell.pointer, ydelseCell.count)
            ?? resolveBenefit(ydelseCell.pointer, ydelseCell.count, &worker)
        let benefit = worker.benefitPosition[id]
        if benefit < 0 {
            fail(ydelse, worker.benefitProblem[id] ?? .cellEmpty("ydelse"), &chunk)
            failed = true
        }
        return benefit
    }

    /// The fra cell's day; nil (and `failed`) if it is empty or not a date.
    @inline(__always)
    private func fromDay(_ fraField: FieldSpan, _ failed: inout Bool, _ chunk: inout CaseChunk, _ worker: inout CaseWorker) -> Int? {
        let fraCell = cell(fraField, &worker)
        if fraCell.count == 0 {
            fail(fraField, .cellEmpty("fra"), &chunk)
            failed = true
            return nil
        }
        return day(fraCell, fraField, "fra", &failed, &chunk, &worker)
    }

    /// The til cell's day; nil if it is empty (an open case) or not a date (then `failed`).
    @inline(__always)
    private func toDay(_ tilField: FieldSpan, _ failed: inout Bool, _ chunk: inout CaseChunk, _ worker: inout CaseWorker) -> Int? {
        let tilCell = cell(tilField, &worker)
        if tilCell.count == 0 { return nil }
        return day(tilCell, tilField, "til", &failed, &chunk, &worker)
    }

    /// The day of a non-empty date cell of the column `label`: ISO on the fast path, the
    /// Danish forms (01-03-2017, 1.3.2017) through the fallback; nil (and `failed`) if it is
    /// not a date.
    @inline(__always)
    private func day(_ dateCell: Cell, _ field: FieldSpan, _ label: String, _ failed: inout Bool, _ chunk: inout CaseChunk,
                     _ worker: inout CaseWorker) -> Int? {
        guard let day = IsoDateCell.ordinal(dateCell.pointer, count: dateCell.count)
                ?? Day.ordinal(written: dateCell.pointer, count: dateCell.count) else {
            fail(field, .cellNotADate(label, text(field, &worker)), &chunk)
            failed = true
            return nil
        }
        return day
    }

    /// The omfang cell's units (full when empty): a plain decimal read from the bytes, anything
    /// else through `OmfangCell.read`; nil (and `failed`) if it is not a valid omfang.
    @inline(__always)
    private func omfangUnits(sagsid: FieldSpan, _ failed: inout Bool, _ chunk: inout CaseChunk, _ worker: inout CaseWorker) -> Int64? {
        let omfangField = worker.fields.pointer[context.omfang]
        let omfangCell = cell(omfangField, &worker)
        if omfangCell.count == 0 { return Omfang.full.units }
        if let units = OmfangCell.simple(omfangCell.pointer, omfangCell.count, decimalSign: context.decimalSign) { return units }
        let shown = text(omfangField, &worker)
        let checked = OmfangCell.read(shown, style: context.style, masked: masked(sagsid, &worker))
        if let problem = checked.problem {
            fail(omfangField, problem, &chunk)
            failed = true
        }
        return checked.units
    }

    // MARK: Names and numbers

    /// Resolves a municipality name not in the cache, and keeps it there.
    private func resolveMunicipality(_ pointer: UnsafePointer<UInt8>, _ count: Int, _ worker: inout CaseWorker, _ chunk: inout CaseChunk) -> Int {
        if worker.municipalityKeys.isFull {
            collectUnknown(&chunk, &worker)
            worker.municipalityKeys = ByteKeyCache()
            worker.municipalityPosition = []
            worker.municipalityName = []
            worker.unknownCounts = []
            worker.unknownFirstLine = []
        }
        let name = context.encoding.decode(UnsafeBufferPointer(start: pointer, count: count))
        worker.municipalityPosition.append(context.municipalities.position(of: name) ?? -1)
        worker.municipalityName.append(name)
        worker.unknownCounts.append(0)
        worker.unknownFirstLine.append(0)
        return worker.municipalityKeys.insert(pointer, count)
    }

    /// Resolves a benefit name not in the cache through the catalog, and keeps it there.
    private func resolveBenefit(_ pointer: UnsafePointer<UInt8>, _ count: Int, _ worker: inout CaseWorker) -> Int {
        if worker.benefitKeys.isFull {
            worker.benefitKeys = ByteKeyCache()
            worker.benefitPosition = []
            worker.benefitProblem = []
        }
        let name = context.encoding.decode(UnsafeBufferPointer(start: pointer, count: count))
        if let id = context.catalog.resolve(name), let position = context.catalog.position(of: id) {
            worker.benefitPosition.append(position)
            worker.benefitProblem.append(nil)
        } else {
            worker.benefitPosition.append(-1)
            worker.benefitProblem.append(CellParser.unknownBenefit(name, catalog: context.catalog))
        }
        return worker.benefitKeys.insert(pointer, count)
    }
}
