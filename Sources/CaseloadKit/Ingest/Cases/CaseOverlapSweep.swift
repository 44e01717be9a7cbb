/// The arithmetic of overlapping case periods of one key (sagsid, municipality, benefit):
/// which rows overlap which, and how many person-days the plain sum counted twice.
///
/// Days are looked at inside `span` (the first to the last day of the run's periods) only;
/// an open row runs to its end. Days shared by several rows count once, at the largest omfang.
struct CaseOverlapSweep {
    /// A row that starts inside an earlier-starting row of the same key.
    struct Finding {
        /// The earlier-starting row that reaches furthest, and the row it overlaps.
        let earlier: OverlapRow
        let later: OverlapRow
        /// The shared days (ordinals, both included), clipped to the span.
        let first: Int
        let last: Int
        /// How many of them lie in the run's periods.
        let days: Int
    }

    let periodFirst: [Int]
    let periodLast: [Int]
    var spanFirst: Int { periodFirst.min() ?? 0 }
    var spanLast: Int { periodLast.max() ?? 0 }

    /// A row's days clipped to the span.
    func clipped(_ row: OverlapRow) -> (first: Int, last: Int) {
        (max(row.from, spanFirst), min(row.to ?? spanLast, spanLast))
    }

    /// Days of `first...last` inside the periods.
    func daysInPeriods(_ first: Int, _ last: Int) -> Int {
        var days = 0
        for index in periodFirst.indices {
            let start = max(first, periodFirst[index])
            let stop = min(last, periodLast[index])
            if stop >= start { days += stop - start + 1 }
        }
        return days
    }

    /// The rows in sweep order: by clipped first day, then file and line.
    func ordered(_ rows: [OverlapRow]) -> [OverlapRow] {
        rows.sorted { a, b in
            let (x, y) = (clipped(a).first, clipped(b).first)
            return x != y ? x < y : (a.file, a.line) < (b.file, b.line)
        }
    }

    /// One finding for each row that shares days in the periods with an earlier-starting row,
    /// naming the earlier row that reaches furthest (the first such on a tie).
    func findings(_ rows: [OverlapRow]) -> [Finding] {
        var found: [Finding] = []
        var furthest: OverlapRow?
        for row in ordered(rows) {
            let (first, last) = clipped(row)
            if let earlier = furthest {
                let stop = min(last, clipped(earlier).last)
                if stop >= first {
                    let days = daysInPeriods(first, stop)
                    if days > 0 { found.append(Finding(earlier: earlier, later: row, first: first, last: stop, days: days)) }
                }
            }
            if furthest.map({ clipped($0).last < last }) ?? true { furthest = row }
        }
        return found
    }

    /// Σ days × omfang units of the rows in `first...last` (days of one period, e.g. a month
    /// of it), less the same with every day counted once at the largest omfang of the rows
    /// that cover it: what the plain sum counted too much.
    func excess(_ rows: [OverlapRow], first: Int, last: Int) -> Int128 {
        var inside: [(first: Int, last: Int, units: Int64)] = []
        var plain: Int128 = 0
        for row in rows {
            let start = max(row.from, first)
            let stop = min(row.to ?? last, last)
            guard stop >= start else { continue }
            inside.append((start, stop, row.units))
            plain += Int128(stop - start + 1) * Int128(row.units)
        }
        guard inside.count > 1 else { return 0 }
        // Elementary segments between the rows' boundaries; each at the largest omfang over it.
        let bounds = Set(inside.flatMap { [$0.first, $0.last + 1] }).sorted()
        var once: Int128 = 0
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            var largest: Int64 = 0
            for part in inside where part.first <= start && start <= part.last { largest = max(largest, part.units) }
            once += Int128(end - start) * Int128(largest)
        }
        return plain - once
    }
}
