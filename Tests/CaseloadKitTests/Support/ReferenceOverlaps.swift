@testable import CaseloadKit

/// Overlapping case periods resolved the plain way, as the oracle for `CaseOverlapResolver`:
/// every row kept with its case id, every day of every period looked at one by one.
struct ReferenceOverlaps {
    struct Row {
        let caseID: String
        let municipality: Int
        let period: CasePeriod
    }

    var rows: [Row] = []

    /// Takes the days counted twice out of `tally` and warns at each row that starts inside an
    /// earlier-starting one of the same case id, municipality and benefit; `files` in reading order.
    func resolve(into tally: inout CaseTally, catalog: Catalog, files: [String], diagnostics: DiagnosticEngine) {
        let periods = tally.periods
        let spanFirst = periods.map(\.first).min()!
        let spanLast = periods.map(\.last).max()!
        func inPeriods(_ day: Int) -> Bool { periods.contains { $0.first.ordinal <= day && day <= $0.last.ordinal } }
        func first(_ row: Row) -> Int { max(row.period.from, spanFirst).ordinal }
        func last(_ row: Row) -> Int { min(row.period.to ?? spanLast, spanLast).ordinal }
        func place(_ row: Row) -> (Int, Int) { (files.firstIndex(of: row.period.origin.file)!, row.period.origin.line!) }

        var warnings: [(place: (Int, Int), message: Message, at: SourceLocation)] = []
        let groups = Dictionary(grouping: rows) { "\($0.caseID)|\($0.municipality)|\($0.period.benefit.rawValue)" }
        for group in groups.values where group.count > 1 {
            // Days: Σ omfang less the largest omfang, on every day two or more rows cover.
            // Per month of each period (the month found for each day by `Day`, not `CaseMonths`).
            for period in periods {
                var excess: [Int: Int128] = [:]
                for day in period.first.ordinal...period.last.ordinal {
                    let units = group.filter { first($0) <= day && day <= last($0) }.map { Int128($0.period.omfang.units) }
                    let (year, month, _) = Day(ordinal: day).components
                    if units.count > 1 { excess[year * 100 + month, default: 0] += units.reduce(0, +) - units.max()! }
                }
                for (month, value) in excess where value > 0 {
                    let segment = tally.months.segments.firstIndex {
                        $0.year * 100 + $0.month == month && $0.first >= period.first.ordinal && $0.last <= period.last.ordinal
                    }!
                    tally.remove(weightedDays: value, municipality: group[0].municipality, benefit: group[0].period.benefit, segment: segment)
                }
            }
            // Warnings: each row against the earlier-starting row that reaches furthest.
            let ordered = group.sorted { (first($0), place($0).0, place($0).1) < (first($1), place($1).0, place($1).1) }
            for (position, row) in ordered.enumerated() where position > 0 {
                let earlier = ordered[..<position].reduce(ordered[0]) { last($1) > last($0) ? $1 : $0 }
                guard last(earlier) >= first(row) else { continue }
                let shared = first(row)...min(last(row), last(earlier))
                let days = shared.filter(inPeriods).count
                guard days > 0 else { continue }
                let benefit = catalog.benefits.first { $0.id == row.period.benefit }!.name
                warnings.append((place(row), Message.overlappingCasePeriods(
                    caseID: CaseID.masked(row.caseID), benefit: benefit, other: earlier.period.origin.wholeLine,
                    first: Day(ordinal: shared.lowerBound), last: Day(ordinal: shared.upperBound), days: days),
                    row.period.origin.wholeLine))
            }
        }
        for warning in warnings.sorted(by: { $0.place < $1.place }) {
            diagnostics.warning(warning.message, at: warning.at)
        }
    }
}
