/// What reading a range of a case file found: row counts, the tally of its rows, and its
/// errors in order. Ranges read in parallel are merged into the file's chunk in file order,
/// so the merged chunk is the same whatever the number of threads.
struct CaseChunk {
    /// An error found in a row, at a line counted from the range's first line (1).
    struct Problem {
        let message: Message
        let line: Int
        let column: Int?
    }

    /// A stop in reading: broken quoting.
    struct Failure {
        let message: Message
        let line: Int
        let column: Int
    }

    /// Where reading stopped: the range's end, or the start of a record that goes on past it.
    var consumed = 0
    /// Line breaks in the bytes before `consumed`.
    var newlines = 0
    /// Broken quoting that stops reading the file.
    var failure: Failure?
    /// True if a record is not valid UTF-8 or holds a NUL byte: the file's encoding must
    /// then be found by scanning all of it.
    var undecodable = false

    /// Data rows read, used, rejected, and ignored (another municipality, outside the periods).
    var read = 0
    var used = 0
    var rejected = 0
    var otherMunicipality = 0
    var outsidePeriods = 0
    /// Municipalities pipeline.yml does not name (trimmed, as written), in the order first
    /// seen, with the line each was first seen on and its rows.
    var unknownOrder: [String] = []
    var unknownMunicipalities: [String: (line: Int, count: Int)] = [:]

    /// The first errors (up to the engine's limit), and how many more there were.
    var problems: [Problem] = []
    var unkeptProblems = 0

    /// Σ days × omfang (units of 10^-18), rows, and the first and last row's lines, per
    /// municipality × benefit × period (see `CaseReadContext.cell`); line 0 means no row.
    var weightedDays: [Int128]
    var rows: [Int]
    var firstLine: [Int]
    var lastLine: [Int]

    /// The monthly tally, per municipality × benefit (`monthStride` cells each, see
    /// `CaseReadContext.monthCell`), kept as differences so that a row costs the same however
    /// many months it spans: `monthPartial` holds Σ days × omfang units of the first and last
    /// month of each row (the one month, if it starts and ends in it); `monthFull` the omfang
    /// units of the months in between, +units at the first and −units after the last, and
    /// `monthRows` +1 at a row's first month and −1 after its last. `monthSums` adds them up.
    var monthPartial: [Int128]
    var monthFull: [Int128]
    var monthRows: [Int]
    /// Periods per municipality × benefit, and month cells per municipality × benefit.
    let periods: Int
    let monthStride: Int

    /// The first reading: what finding overlapping case periods needs of each counted row.
    var probes = OverlapProbes()
    /// The second reading: the counted rows whose keys overlap (see `CaseReadContext.collect`).
    var collected: [OverlapRow] = []

    /// An empty chunk with the tally cells of `context`.
    init(_ context: CaseReadContext) {
        self.init(cells: context.cellCount, periods: context.periodCount,
                  monthCells: context.cellCount / max(1, context.periodCount) * context.monthStride, monthStride: context.monthStride)
    }

    /// An empty chunk without cells (a placeholder).
    init() { self.init(cells: 0, periods: 1, monthCells: 0, monthStride: 1) }

    private init(cells: Int, periods: Int, monthCells: Int, monthStride: Int) {
        weightedDays = [Int128](repeating: 0, count: cells)
        rows = [Int](repeating: 0, count: cells)
        firstLine = [Int](repeating: 0, count: cells)
        lastLine = firstLine
        monthPartial = [Int128](repeating: 0, count: monthCells)
        monthFull = monthPartial
        monthRows = [Int](repeating: 0, count: monthCells)
        self.periods = max(1, periods)
        self.monthStride = monthStride
    }

    /// True if a row of the municipality × benefit `block` was counted (in any period).
    func touched(block: Int) -> Bool {
        for cell in (block * periods)..<((block + 1) * periods) where rows[cell] != 0 { return true }
        return false
    }

    /// The month cells of `block`.
    func monthCells(block: Int) -> Range<Int> { (block * monthStride)..<((block + 1) * monthStride) }

    /// The monthly sums of `block`, one per month segment (`segmentDays` the days of each):
    /// Σ days × omfang units, and the rows with days in the segment.
    func monthSums(block: Int, segmentDays: [Int]) -> (weightedDays: [Int128], rows: [Int]) {
        var sums: [Int128] = []
        var counts: [Int] = []
        sums.reserveCapacity(segmentDays.count)
        counts.reserveCapacity(segmentDays.count)
        var full: Int128 = 0
        var open = 0
        let base = block * monthStride
        for (segment, days) in segmentDays.enumerated() {
            full += monthFull[base + segment]
            open += monthRows[base + segment]
            sums.append(monthPartial[base + segment] + full * Int128(days))
            counts.append(open)
        }
        return (sums, counts)
    }

    /// Empties the chunk for the next range, keeping its storage (cells are cleared where used).
    mutating func reset() {
        (consumed, newlines, failure, undecodable) = (0, 0, nil, false)
        (read, used, rejected, otherMunicipality, outsidePeriods) = (0, 0, 0, 0, 0)
        unknownOrder.removeAll(keepingCapacity: true)
        unknownMunicipalities.removeAll(keepingCapacity: true)
        problems.removeAll(keepingCapacity: true)
        unkeptProblems = 0
        probes.removeAll(keepingCapacity: true)
        collected.removeAll(keepingCapacity: true)
        for block in 0..<(rows.count / periods) where touched(block: block) {
            for cell in monthCells(block: block) { (monthPartial[cell], monthFull[cell], monthRows[cell]) = (0, 0, 0) }
        }
        for cell in rows.indices where rows[cell] != 0 {
            (weightedDays[cell], rows[cell], firstLine[cell], lastLine[cell]) = (0, 0, 0, 0)
        }
    }

    /// Runs `body` with the tally cells as `TallyCells` and the rest of the chunk. The cell
    /// arrays are moved out of the chunk meanwhile (so `body` may change the chunk without
    /// touching them) and moved back after; the pointers must not outlive `body`.
    mutating func withTallyCells<R>(_ body: (TallyCells, inout CaseChunk) -> R) -> R {
        var (weighted, counts, first, last) = ([Int128](), [Int](), [Int](), [Int]())
        var (partial, full, monthCounts) = ([Int128](), [Int128](), [Int]())
        /// Moves the cell arrays out of `chunk` into the locals above, or back (a swap both ways).
        func exchange(with chunk: inout CaseChunk) {
            swap(&weighted, &chunk.weightedDays)
            swap(&counts, &chunk.rows)
            swap(&first, &chunk.firstLine)
            swap(&last, &chunk.lastLine)
            swap(&partial, &chunk.monthPartial)
            swap(&full, &chunk.monthFull)
            swap(&monthCounts, &chunk.monthRows)
        }
        exchange(with: &self)
        defer { exchange(with: &self) }
        return weighted.withUnsafeMutableBufferPointer { weighted in
            counts.withUnsafeMutableBufferPointer { counts in
                first.withUnsafeMutableBufferPointer { first in
                    last.withUnsafeMutableBufferPointer { last in
                        partial.withUnsafeMutableBufferPointer { partial in
                            full.withUnsafeMutableBufferPointer { full in
                                monthCounts.withUnsafeMutableBufferPointer { monthCounts in
                                    body(TallyCells(weightedDays: weighted, rows: counts, firstLine: first, lastLine: last,
                                                    monthPartial: partial, monthFull: full, monthRows: monthCounts), &self)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Records an error, keeping the first `limit`.
    mutating func problem(_ message: @autoclosure () -> Message, line: Int, column: Int?, limit: Int) {
        if problems.count < limit {
            problems.append(Problem(message: message(), line: line, column: column))
        } else {
            unkeptProblems += 1
        }
    }

    /// Counts rows of a municipality pipeline.yml does not name, first seen on `line`.
    mutating func unknown(_ name: String, line: Int, count: Int) {
        if let seen = unknownMunicipalities[name] {
            unknownMunicipalities[name] = (seen.line, seen.count + count)
        } else {
            unknownOrder.append(name)
            unknownMunicipalities[name] = (line, count)
        }
    }

    /// Adds a chunk that follows this one in the file; its lines start at line `offset + 1`
    /// of this chunk's numbering.
    mutating func append(_ other: CaseChunk, lineOffset offset: Int, limit: Int) {
        read += other.read
        used += other.used
        rejected += other.rejected
        otherMunicipality += other.otherMunicipality
        outsidePeriods += other.outsidePeriods
        // `unknownOrder` lists exactly the names of `unknownMunicipalities`.
        for name in other.unknownOrder {
            guard let seen = other.unknownMunicipalities[name] else { continue }
            unknown(name, line: seen.line + offset, count: seen.count)
        }
        for problem in other.problems {
            self.problem(problem.message, line: problem.line + offset, column: problem.column, limit: limit)
        }
        unkeptProblems += other.unkeptProblems
        if let failure = other.failure {
            self.failure = Failure(message: failure.message, line: failure.line + offset, column: failure.column)
        }
        for block in 0..<(other.rows.count / other.periods) where other.touched(block: block) {
            for cell in monthCells(block: block) {
                monthPartial[cell] += other.monthPartial[cell]
                monthFull[cell] += other.monthFull[cell]
                monthRows[cell] += other.monthRows[cell]
            }
        }
        for cell in other.rows.indices where other.rows[cell] > 0 {
            weightedDays[cell] += other.weightedDays[cell]
            if rows[cell] == 0 { firstLine[cell] = other.firstLine[cell] + offset }
            lastLine[cell] = other.lastLine[cell] + offset
            rows[cell] += other.rows[cell]
        }
        probes.append(other.probes)
        for var row in other.collected {
            row.line += offset
            collected.append(row)
        }
        newlines += other.newlines
    }
}
