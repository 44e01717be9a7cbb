/// Person-level case periods, summed as they stream past (`figure`, in Convert, makes
/// helårspersoner of the sums).
///
/// For each municipality, benefit and period P it keeps Σ(days of the row inside P × omfang)
/// as an integer (omfang in units of 10^-18), so the value
/// Σ / (days in P) is exact and no row needs to be kept.
public struct CaseTally: Sendable {
    struct Key: Hashable {
        let municipality: Int
        let benefit: BenefitID
        let period: Int
    }

    struct Entry: Sendable {
        var weightedDays: Int128 = 0
        var spans: [CaseSpan] = []
        /// Σ days × omfang units, and the rows with days in it, per month segment of the
        /// entry's period (`CaseMonths`); the first sums to `weightedDays`.
        var monthWeightedDays: [Int128]
        var monthRows: [Int]

        init(segments: Int) {
            monthWeightedDays = [Int128](repeating: 0, count: segments)
            monthRows = [Int](repeating: 0, count: segments)
        }

        /// Adds the rows of a span, which follow the rows already added in file order, with
        /// their sums per month segment.
        mutating func add(weight: Int128, span: CaseSpan, months: ArraySlice<Int128>, monthRows rows: ArraySlice<Int>) {
            weightedDays += weight
            for (offset, (value, count)) in zip(months, rows).enumerated() {
                monthWeightedDays[offset] += value
                monthRows[offset] += count
            }
            if let last = spans.indices.last, spans[last].file == span.file {
                spans[last].rows += span.rows
                spans[last].lastLine = span.lastLine
            } else {
                spans.append(span)
            }
        }

        /// Adds a row. Rows stream in file order, so a file's rows extend its last span.
        mutating func add(weight: Int128, origin: SourceLocation) {
            weightedDays += weight
            if let last = spans.indices.last, spans[last].file == origin.file {
                spans[last].rows += 1
                spans[last].lastLine = origin.line
            } else {
                spans.append(CaseSpan(file: origin.file, rows: 1, firstLine: origin.line, lastLine: origin.line, sheet: origin.sheet))
            }
        }
    }

    /// The periods: the budget year up to the cut-off, then each prior year.
    public let periods: [Period]
    /// The years of `periods`, in the same order.
    public let years: [Int]
    /// The calendar months of `periods`.
    public let months: CaseMonths
    private var entries: [Key: Entry] = [:]
    /// What finding overlapping case periods needs; emptied once they are resolved.
    var overlaps = CaseOverlaps()

    /// A tally for the budget period and the prior years of a run.
    public init(config: PipelineConfig) {
        periods = [config.budgetPeriod] + config.priorYears.map(Period.year)
        years = [config.year] + config.priorYears
        months = CaseMonths(periods: periods)
    }

    /// A tally over other `periods`, which must not overlap: `explain` tallies one per month to
    /// find the rows that reach each month (`spans(municipality:benefit:period:)`). `years` are
    /// the periods' first years.
    public init(periods: [Period]) {
        self.periods = periods
        years = periods.map(\.first.components.year)
        months = CaseMonths(periods: periods)
    }

    private func newEntry(period: Int) -> Entry {
        Entry(segments: months.periodStart[period + 1] - months.periodStart[period])
    }

    /// Adds a case period of the municipality at `municipality`; returns whether it falls
    /// in any period (if not, the caller counts it as ignored). The plain way, month by month:
    /// the byte-level reader adds whole chunks (below) and must come to the same sums.
    public mutating func add(_ period: CasePeriod, municipality: Int) -> Bool {
        var used = false
        for (index, target) in periods.enumerated() {
            let days = target.overlap(from: period.from, to: period.to)
            guard days > 0 else { continue }
            used = true
            let key = Key(municipality: municipality, benefit: period.benefit, period: index)
            var entry = entries[key] ?? newEntry(period: index)
            entry.add(weight: Int128(days) * Int128(period.omfang.units), origin: period.origin)
            for (offset, segment) in months.segments(ofPeriod: index).enumerated() {
                let inside = Period(first: Day(ordinal: segment.first), last: Day(ordinal: segment.last))
                    .overlap(from: period.from, to: period.to)
                guard inside > 0 else { continue }
                entry.monthWeightedDays[offset] += Int128(inside) * Int128(period.omfang.units)
                entry.monthRows[offset] += 1
            }
            entries[key] = entry
        }
        return used
    }

    /// Adds the sum of many consecutive case rows of one file for one municipality, benefit and
    /// period (index in `periods`): Σ days × omfang units, how many rows, the first and last
    /// line, and per month segment of the period the same sum and the rows with days in it.
    /// The same as adding the rows one by one in file order.
    mutating func add(weightedDays: Int128, span: CaseSpan, municipality: Int, benefit: BenefitID, period: Int,
                      months sums: ArraySlice<Int128>, monthRows: ArraySlice<Int>) {
        let key = Key(municipality: municipality, benefit: benefit, period: period)
        let empty = newEntry(period: period)
        entries[key, default: empty].add(weight: weightedDays, span: span, months: sums, monthRows: monthRows)
    }

    /// Takes away person-days (days × omfang units) counted twice in a month segment (global
    /// index in `months`), from the segment and from its period.
    mutating func remove(weightedDays: Int128, municipality: Int, benefit: BenefitID, segment: Int) {
        let period = months.segments[segment].period
        let key = Key(municipality: municipality, benefit: benefit, period: period)
        entries[key]?.weightedDays -= weightedDays
        entries[key]?.monthWeightedDays[segment - months.periodStart[period]] -= weightedDays
    }

    /// The sum of a municipality, benefit and year: Σ(days inside the period × omfang units)
    /// over the rows that fell in it, which rows they were, and the period.
    public struct PersonDays: Sendable {
        /// Σ(days × omfang), omfang in units of 10^-18 (`Omfang.full.units` a full omfang).
        public let weightedDays: Int128
        /// The rows of each file that went into the sum.
        public let spans: [CaseSpan]
        /// The period summed over.
        public let period: Period
    }

    /// The sum for a municipality, benefit and year; `nil` if no row fell in its period.
    /// `figure` (Convert) makes helårspersoner of it.
    public func personDays(municipality: Int, benefit: BenefitID, year: Int) -> PersonDays? {
        guard let index = years.firstIndex(of: year),
              let entry = entries[Key(municipality: municipality, benefit: benefit, period: index)] else { return nil }
        return PersonDays(weightedDays: entry.weightedDays, spans: entry.spans, period: periods[index])
    }

    /// The rows with days in `period` (one of `periods`) of a municipality and benefit, per
    /// file as first and last line and row count; `nil` if no row reaches it.
    public func spans(municipality: Int, benefit: BenefitID, period: Period) -> [CaseSpan]? {
        guard let index = periods.firstIndex(of: period),
              let entry = entries[Key(municipality: municipality, benefit: benefit, period: index)] else { return nil }
        return entry.spans
    }

    /// Where the first case row of a key was read.
    public func firstRow(municipality: Int, benefit: BenefitID, year: Int) -> SourceLocation? {
        guard let index = years.firstIndex(of: year),
              let entry = entries[Key(municipality: municipality, benefit: benefit, period: index)] else { return nil }
        return entry.spans.first.map { SourceLocation(file: $0.file, line: $0.firstLine) }
    }

    /// One month segment's sum for a municipality and benefit.
    public struct MonthPersonDays: Sendable {
        /// The month (or the part of it inside the period).
        public let segment: CaseMonths.Segment
        /// Σ(days inside the segment × omfang units), overlaps counted once.
        public let weightedDays: Int128
        /// The rows with days in the segment.
        public let rows: Int
    }

    /// The sums per month segment of a municipality, benefit and year, in calendar order;
    /// `nil` if no row fell in the year's period.
    public func monthlyPersonDays(municipality: Int, benefit: BenefitID, year: Int) -> [MonthPersonDays]? {
        guard let index = years.firstIndex(of: year),
              let entry = entries[Key(municipality: municipality, benefit: benefit, period: index)] else { return nil }
        return zip(months.segments(ofPeriod: index), zip(entry.monthWeightedDays, entry.monthRows)).map {
            MonthPersonDays(segment: $0.0, weightedDays: $0.1.0, rows: $0.1.1)
        }
    }

    /// Every municipality, benefit and year with a sum, sorted.
    public var keys: [(municipality: Int, benefit: BenefitID, year: Int)] {
        entries.keys.map { ($0.municipality, $0.benefit, years[$0.period]) }
            .sorted { ($0.municipality, $0.benefit.rawValue, $0.year) < ($1.municipality, $1.benefit.rawValue, $1.year) }
    }
}
