/// The last step of the per-row path: a checked row counted into the chunk's tally cells
/// (per period and per month), and kept for finding overlaps.
extension CaseChunkParser {
    /// Counts a checked row into the tally cells of the periods it overlaps, or as another
    /// municipality's or outside the periods.
    @inline(__always)
    func tally(_ row: CheckedRow, line: Int, cells: TallyCells, chunk: inout CaseChunk, worker: inout CaseWorker) {
        let municipality = row.municipality
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
        let base = context.cell(municipality: position, benefit: row.benefit, period: 0)
        let monthBase = context.monthCell(municipality: position, benefit: row.benefit)
        let units = Int128(row.units)
        for period in 0..<context.periodCount {
            let first = context.periodFirst[period]
            let last = context.periodLast[period]
            let start = row.from > first ? row.from : first
            let stop = min(row.to ?? last, last)
            guard stop >= start else { continue }
            let cell = base &+ period
            // Days ≤ a few thousand times units ≤ 10^18: far inside Int128, no overflow check needed.
            cells.weightedDays[cell] += Int128(stop &- start &+ 1) &* units
            if cells.rows[cell] == 0 { cells.firstLine[cell] = line }
            cells.lastLine[cell] = line
            cells.rows[cell] &+= 1
            counted = true
            tallyMonths(start: start, stop: stop, units: units, period: period, base: monthBase, cells: cells)
        }
        if counted {
            chunk.used += 1
            keep(row.sagsid, municipality: position, benefit: row.benefit, from: row.from, to: row.to, units: row.units,
                 line: line, chunk: &chunk, worker: &worker)
        } else {
            chunk.outsidePeriods += 1
        }
    }

    /// Counts the days `start...stop` (inside one period) into the month cells at `base`, in
    /// constant time: the first and last month directly, the whole months between as
    /// differences (`CaseChunk.monthFull`, summed up once per file).
    @inline(__always)
    private func tallyMonths(start: Int, stop: Int, units: Int128, period: Int, base: Int, cells: TallyCells) {
        let months = context.months
        let periodFirst = context.periodFirst[period]
        let firstMonth = months.segment(of: start, period: period, periodFirst: periodFirst)
        let lastMonth = months.segment(of: stop, period: period, periodFirst: periodFirst)
        if firstMonth == lastMonth {
            cells.monthPartial[base &+ firstMonth] += Int128(stop &- start &+ 1) &* units
        } else {
            cells.monthPartial[base &+ firstMonth] += Int128(months.segmentLast[firstMonth] &- start &+ 1) &* units
            cells.monthPartial[base &+ lastMonth] += Int128(stop &- months.segmentFirst[lastMonth] &+ 1) &* units
            if lastMonth > firstMonth &+ 1 {
                cells.monthFull[base &+ firstMonth &+ 1] += units
                cells.monthFull[base &+ lastMonth] -= units
            }
        }
        cells.monthRows[base &+ firstMonth] &+= 1
        cells.monthRows[base &+ lastMonth &+ 1] &-= 1
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
}
