/// The monthly helårspersoner m(y, i) of every municipality and benefit (forecast.md,
/// "Monthly values"), kept per municipality × benefit × year × month in exact arithmetic.
///
/// Built from aggregated rows with `måned`, of every year in the inputs (a forecast's earlier
/// years need not be `prior_years`), and from case periods (`cases(_:)`: the budget year up to
/// the cut-off and the prior years, which the case tally counts). A yearly row gives no
/// monthly values, and a month with no value is missing, not 0. A month given twice has no
/// value here: for the budget year and the prior years that is already an error (of
/// `ActualsBook` for two aggregated rows, of `Reconciler` for aggregated rows and case
/// periods), and for another year it must not silently pick one of the two.
///
/// Each month is held as its person-days PD = m × d (forecast.md's notation), a fraction of
/// 128-bit integers where it fits (`SmallFraction`): the forecast sums them without `Exact`.
public struct MonthlySeries: Sendable {
    /// One municipality (by position in pipeline.yml) and benefit.
    public struct Key: Hashable, Sendable {
        /// The municipality's position in pipeline.yml.
        public let municipality: Int
        /// The benefit.
        public let benefit: BenefitID

        /// Creates a key.
        public init(municipality: Int, benefit: BenefitID) {
            self.municipality = municipality
            self.benefit = benefit
        }
    }

    /// PD(y, i) of one month: a small fraction, or an `Exact` where it does not fit.
    enum PersonDays: Sendable {
        case small(SmallFraction)
        indirect case exact(Exact)

        /// The value as an `Exact`.
        var exact: Exact {
            switch self {
            case .small(let fraction): fraction.exact
            case .exact(let value): value
            }
        }

        /// PD of `value` (m) over `days` days.
        init(value: Exact, days: Int) {
            if let small = SmallFraction(value).flatMap({ $0.multiplied(by: days) }) {
                self = .small(small)
            } else {
                self = .exact(value * Exact(days))
            }
        }
    }

    /// The twelve months of one key and year.
    struct Year: Sendable {
        /// PD per month (index 0 is January); nil for a missing month.
        var personDays: [PersonDays?] = Array(repeating: nil, count: 12)
        /// Where a month from aggregated rows came from, by month.
        var sources: [Int: ActualFigure.Source] = [:]
        /// The months (bit i − 1 for month i) that came from case periods.
        var fromCases: UInt16 = 0
        /// The case rows of the year, for the case months' sources.
        var caseSpans: [CaseSpan] = []

        /// The months that have a value.
        var count: Int { personDays.count { $0 != nil } }

        /// Clears month `month` (a month given twice).
        mutating func remove(_ month: Int) {
            personDays[month - 1] = nil
            sources[month] = nil
            fromCases &= ~(1 << UInt16(month - 1))
        }
    }

    /// year → months, per key.
    private var entries: [Key: [Int: Year]]

    /// A series from the values m given, per key, year and month (1–12), and where they came from.
    public init(_ values: [Key: [Int: [Int: Exact]]], sources: [Key: [Int: [Int: ActualFigure.Source]]] = [:]) {
        var entries: [Key: [Int: Year]] = [:]
        for (key, years) in values {
            for (year, months) in years {
                var entry = Year()
                for (month, value) in months where (1...12).contains(month) {
                    entry.personDays[month - 1] = PersonDays(value: value, days: Period.month(month, of: year).dayCount)
                    if let source = sources[key]?[year]?[month] { entry.sources[month] = source }
                }
                entries[key, default: [:]][year] = entry
            }
        }
        self.entries = entries
    }

    init(entries: [Key: [Int: Year]]) {
        self.entries = entries
    }

    /// m(year, month) of the key, or nil when the month is missing.
    public func value(_ key: Key, year: Int, month: Int) -> Exact? {
        guard (1...12).contains(month), let personDays = entries[key]?[year]?.personDays[month - 1] else { return nil }
        let days = Day.daysIn(month: month, of: year)
        if case .small(let small) = personDays, let value = small.divided(by: days) { return value.exact }
        return personDays.exact / Exact(days)
    }

    /// Σ m(year, month) over `keys`; nil when one of them misses the month, or for no keys.
    public func total(_ keys: [Key], year: Int, month: Int) -> Exact? {
        guard (1...12).contains(month), !keys.isEmpty else { return nil }
        if keys.count == 1 { return value(keys[0], year: year, month: month) }
        var small: SmallFraction? = SmallFraction(0)
        var parts: [PersonDays] = []
        parts.reserveCapacity(keys.count)
        for key in keys {
            guard let personDays = entries[key]?[year]?.personDays[month - 1] else { return nil }
            if case .small(let fraction) = personDays { small = small?.adding(fraction) } else { small = nil }
            parts.append(personDays)
        }
        // Σ m = Σ PD / d: every key's month has the same days.
        let days = Day.daysIn(month: month, of: year)
        if let total = small?.divided(by: days) { return total.exact }
        return Exact.sum(parts.map { $0.exact / Exact(days) })
    }

    /// PD(year, month) of the key, or nil when the month is missing.
    func personDays(_ key: Key, year: Int, month: Int) -> PersonDays? {
        guard (1...12).contains(month) else { return nil }
        return entries[key]?[year]?.personDays[month - 1]
    }

    /// The twelve months of the key and year, if it has any.
    func year(_ key: Key, _ year: Int) -> Year? {
        entries[key]?[year]
    }

    /// Where m(year, month) of the key came from, if known.
    public func source(_ key: Key, year: Int, month: Int) -> ActualFigure.Source? {
        guard (1...12).contains(month), let entry = entries[key]?[year] else { return nil }
        if let source = entry.sources[month] { return source }
        guard entry.fromCases & (1 << UInt16(month - 1)) != 0, let personDays = entry.personDays[month - 1] else { return nil }
        return .cases(spans: entry.caseSpans, personDays: personDays.exact, periodDays: Period.month(month, of: year).dayCount)
    }

    /// The years of the key that have a value for all 12 months, ascending.
    public func completeYears(_ key: Key) -> [Int] {
        (entries[key] ?? [:]).filter { $0.value.count == 12 }.keys.sorted()
    }

    /// This series and `other` together; a month that both have has no value (see above).
    public func merging(_ other: MonthlySeries) -> MonthlySeries {
        var entries = self.entries
        for (key, years) in other.entries {
            for (year, theirs) in years {
                guard var ours = entries[key]?[year] else {
                    entries[key, default: [:]][year] = theirs
                    continue
                }
                for month in 1...12 {
                    guard let value = theirs.personDays[month - 1] else { continue }
                    if ours.personDays[month - 1] != nil {
                        ours.remove(month)
                    } else {
                        ours.personDays[month - 1] = value
                        ours.sources[month] = theirs.sources[month]
                        ours.fromCases |= theirs.fromCases & (1 << UInt16(month - 1))
                    }
                }
                if ours.caseSpans.isEmpty { ours.caseSpans = theirs.caseSpans }
                entries[key]?[year] = ours
            }
        }
        return MonthlySeries(entries: entries)
    }

    /// The years of the key that have a value for at least one month, ascending.
    public func years(_ key: Key) -> [Int] {
        (entries[key] ?? [:]).filter { $0.value.count > 0 }.keys.sorted()
    }

    /// The series of the aggregated monthly rows of the municipalities of `municipalities`;
    /// rows of other municipalities and yearly rows are left out. Rows of several Jobindsats
    /// tables of a benefit are added up first, as in `ActualsBook` (`JobindsatsTableSum`).
    public static func aggregated(_ read: [ActualLine], municipalities: MunicipalityIndex) -> MonthlySeries {
        let lines = JobindsatsTableSum.combineAll(read, municipalities: municipalities)
        struct MonthKey: Hashable {
            let key: Key
            let year: Int
            let month: Int
        }
        var entries: [Key: [Int: Year]] = [:]
        var twice: Set<MonthKey> = []
        for line in lines {
            guard let month = line.month, (1...12).contains(month),
                  let position = municipalities.position(of: line.municipality) else { continue }
            let key = Key(municipality: position, benefit: line.benefit)
            let place = MonthKey(key: key, year: line.year, month: month)
            if entries[key]?[line.year]?.personDays[month - 1] != nil {
                twice.insert(place)
                entries[key]?[line.year]?.remove(month)
                continue
            }
            if twice.contains(place) { continue }
            let days = Period.month(month, of: line.year).dayCount
            entries[key, default: [:]][line.year, default: Year()].personDays[month - 1] =
                PersonDays(value: line.helaarspersoner.exact, days: days)
            entries[key]?[line.year]?.sources[month] = .monthly([
                ActualFigure.MonthlyFigure(month: month, value: line.helaarspersoner, days: days, origin: line.origin,
                                           alsoFrom: Array(line.summedFrom.dropFirst())),
            ])
        }
        return MonthlySeries(entries: entries)
    }
}
