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
        var chunk = CaseChunk(cells: 0)
        swap(&chunk, &worker.chunk)
        chunk.reset()
        worker.unknownCounts = [Int](repeating: 0, count: worker.municipalityKeys.count)
        worker.unknownFirstLine = worker.unknownCounts
        worker.unknownOrder = []
        records(start: start, end: end, atEOF: atEOF, chunk: &chunk, worker: &worker)
        collectUnknown(&chunk, &worker)
        swap(&chunk, &worker.chunk)
    }

    private func records(start: Int, end: Int, atEOF: Bool, chunk: inout CaseChunk, worker: inout CaseWorker) {
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
                row(line: recordLine, fieldCount: count, chunk: &chunk, worker: &worker)
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
    private func cell(_ field: FieldSpan, _ worker: inout CaseWorker) -> Cell {
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
    private func text(_ field: FieldSpan, _ worker: inout CaseWorker) -> String {
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

    /// One record: skipped if blank, else a data row.
    @inline(__always)
    private func row(line: Int, fieldCount: Int, chunk: inout CaseChunk, worker: inout CaseWorker) {
        var blank = true
        for index in 0..<fieldCount {
            let field = worker.fields.pointer[index]
            if cell(field, &worker).count != 0 {
                blank = false
                break
            }
        }
        if blank { return }
        chunk.read += 1
        let width = context.width
        var extra = false
        if fieldCount > width {
            for index in width..<fieldCount {
                let field = worker.fields.pointer[index]
                if cell(field, &worker).count != 0 {
                    extra = true
                    break
                }
            }
        }
        if fieldCount < width || extra {
            chunk.problem(.fieldCount(fieldCount, header: width), line: line, column: nil, limit: context.limit)
            chunk.rejected += 1
            return
        }
        var failed = false

        let sagsid = worker.fields.pointer[context.sagsid]
        if cell(sagsid, &worker).count == 0 {
            fail(sagsid, .cellEmpty("sagsid"), &chunk)
            failed = true
        }

        let kommune = worker.fields.pointer[context.kommune]
        var municipality = -1
        let kommuneCell = cell(kommune, &worker)
        if kommuneCell.count == 0 {
            fail(kommune, .cellEmpty("kommune"), &chunk)
            failed = true
        } else if let id = worker.municipalityKeys.find(kommuneCell.pointer, kommuneCell.count) {
            municipality = id
        } else {
            municipality = resolveMunicipality(kommuneCell.pointer, kommuneCell.count, &worker, &chunk)
        }

        let ydelse = worker.fields.pointer[context.ydelse]
        var benefit = -1
        let ydelseCell = cell(ydelse, &worker)
        if ydelseCell.count == 0 {
            fail(ydelse, .cellEmpty("ydelse"), &chunk)
            failed = true
        } else {
            let id = worker.benefitKeys.find(ydelseCell.pointer, ydelseCell.count)
                ?? resolveBenefit(ydelseCell.pointer, ydelseCell.count, &worker)
            benefit = worker.benefitPosition[id]
            if benefit < 0 {
                fail(ydelse, worker.benefitProblem[id] ?? .cellEmpty("ydelse"), &chunk)
                failed = true
            }
        }

        let fraField = worker.fields.pointer[context.fra]
        let fraCell = cell(fraField, &worker)
        // ISO on the fast path; the Danish forms (01-03-2017, 1.3.2017) through the fallback.
        let from = fraCell.count == 0 ? nil
            : Day.ordinal(iso: fraCell.pointer, count: fraCell.count) ?? Day.ordinal(written: fraCell.pointer, count: fraCell.count)
        if from == nil {
            if fraCell.count == 0 {
                fail(fraField, .cellEmpty("fra"), &chunk)
            } else {
                fail(fraField, .cellNotADate("fra", text(fraField, &worker)), &chunk)
            }
            failed = true
        }

        let tilField = worker.fields.pointer[context.til]
        let tilCell = cell(tilField, &worker)
        let open = tilCell.count == 0
        let to = open ? nil
            : Day.ordinal(iso: tilCell.pointer, count: tilCell.count) ?? Day.ordinal(written: tilCell.pointer, count: tilCell.count)
        if to == nil, !open {
            fail(tilField, .cellNotADate("til", text(tilField, &worker)), &chunk)
            failed = true
        }

        let omfangField = worker.fields.pointer[context.omfang]
        let omfangCell = cell(omfangField, &worker)
        var units = omfangCell.count == 0
            ? Omfang.full.units
            : OmfangCell.simple(omfangCell.pointer, omfangCell.count, decimalSign: context.decimalSign)
        if units == nil {
            let shown = text(omfangField, &worker)
            let checked = OmfangCell.read(shown, style: context.style, masked: masked(sagsid, &worker))
            units = checked.units
            if let problem = checked.problem {
                fail(omfangField, problem, &chunk)
                failed = true
            }
        }

        if let from, let to, to < from {
            fail(tilField, .tilBeforeFra(til: "\(Day(ordinal: to))", fra: "\(Day(ordinal: from))", case: masked(sagsid, &worker)), &chunk)
            failed = true
        }
        guard !failed, let from, let units else {
            chunk.rejected += 1
            return
        }
        let position = worker.municipalityPosition[municipality]
        guard position >= 0 else {
            chunk.otherMunicipality += 1
            if worker.unknownCounts[municipality] == 0 {
                worker.unknownFirstLine[municipality] = line
                worker.unknownOrder.append(municipality)
            }
            worker.unknownCounts[municipality] += 1
            return
        }
        var counted = false
        let base = context.cell(municipality: position, benefit: benefit, period: 0)
        for period in 0..<context.periodCount {
            let first = context.periodFirst[period]
            let last = context.periodLast[period]
            let start = from > first ? from : first
            let stop = min(to ?? last, last)
            guard stop >= start else { continue }
            let cell = base + period
            chunk.weightedDays[cell] += Int128(stop - start + 1) * Int128(units)
            if chunk.rows[cell] == 0 { chunk.firstLine[cell] = line }
            chunk.lastLine[cell] = line
            chunk.rows[cell] += 1
            counted = true
        }
        if counted {
            chunk.used += 1
            keep(sagsid, municipality: position, benefit: benefit, from: from, to: to, units: units, line: line,
                 chunk: &chunk, worker: &worker)
        } else {
            chunk.outsidePeriods += 1
        }
    }

    /// Keeps what finding overlaps needs of a counted row: its probe in the first reading,
    /// the whole row in the second if its key is one of those that overlap.
    @inline(__always)
    private func keep(_ sagsid: FieldSpan, municipality: Int, benefit: Int, from: Int, to: Int?, units: Int64, line: Int,
                      chunk: inout CaseChunk, worker: inout CaseWorker) {
        let id = cell(sagsid, &worker)
        let key = OverlapProbe.key(id.pointer, count: id.count, municipality: municipality, benefit: benefit)
        guard let collect = context.collect else {
            chunk.probes.append(context.probe.pack(key: key, from: from, to: to), key: key)
            return
        }
        if collect.contains(key & context.probe.keyMask) {
            chunk.collected.append(OverlapRow(caseID: text(sagsid, &worker), municipality: municipality, benefit: benefit,
                                              from: from, to: to, units: units, file: 0, line: line))
        }
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
