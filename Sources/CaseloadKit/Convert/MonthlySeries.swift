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

    private struct MonthKey: Hashable {
        let key: Key
        let year: Int
        let month: Int
    }

    /// year → month → value, per key.
    private let values: [Key: [Int: [Int: Exact]]]
    /// year → month → where the value came from, per key (for `explain`); may be incomplete.
    private let sources: [Key: [Int: [Int: ActualFigure.Source]]]

    /// A series from the values given, per key, year and month (1–12), and where they came from.
    public init(_ values: [Key: [Int: [Int: Exact]]], sources: [Key: [Int: [Int: ActualFigure.Source]]] = [:]) {
        self.values = values
        self.sources = sources
    }

    /// m(year, month) of the key, or nil when the month is missing.
    public func value(_ key: Key, year: Int, month: Int) -> Exact? {
        values[key]?[year]?[month]
    }

    /// Where m(year, month) of the key came from, if known.
    public func source(_ key: Key, year: Int, month: Int) -> ActualFigure.Source? {
        sources[key]?[year]?[month]
    }

    /// The years of the key that have a value for all 12 months, ascending.
    public func completeYears(_ key: Key) -> [Int] {
        (values[key] ?? [:]).filter { $0.value.count == 12 }.keys.sorted()
    }

    /// This series and `other` together; a month that both have has no value (see above).
    public func merging(_ other: MonthlySeries) -> MonthlySeries {
        var values = self.values
        var sources = self.sources
        for (key, years) in other.values {
            for (year, months) in years {
                for (month, value) in months {
                    if values[key]?[year]?[month] != nil {
                        values[key]?[year]?[month] = nil
                        sources[key]?[year]?[month] = nil
                    } else {
                        values[key, default: [:]][year, default: [:]][month] = value
                        sources[key, default: [:]][year, default: [:]][month] = other.source(key, year: year, month: month)
                    }
                }
            }
        }
        return MonthlySeries(values, sources: sources)
    }

    /// The years of the key that have a value for at least one month, ascending.
    public func years(_ key: Key) -> [Int] {
        (values[key] ?? [:]).filter { !$0.value.isEmpty }.keys.sorted()
    }

    /// The series of the aggregated monthly rows of the municipalities of `municipalities`;
    /// rows of other municipalities and yearly rows are left out. Rows of several Jobindsats
    /// tables of a benefit are added up first, as in `ActualsBook` (`JobindsatsTableSum`).
    public static func aggregated(_ read: [ActualLine], municipalities: MunicipalityIndex) -> MonthlySeries {
        let lines = JobindsatsTableSum.combineAll(read, municipalities: municipalities)
        var values: [Key: [Int: [Int: Exact]]] = [:]
        var sources: [Key: [Int: [Int: ActualFigure.Source]]] = [:]
        var twice: Set<MonthKey> = []
        for line in lines {
            guard let month = line.month, (1...12).contains(month),
                  let position = municipalities.position(of: line.municipality) else { continue }
            let key = Key(municipality: position, benefit: line.benefit)
            let place = MonthKey(key: key, year: line.year, month: month)
            if values[key]?[line.year]?[month] != nil {
                twice.insert(place)
                values[key]?[line.year]?[month] = nil
                continue
            }
            if twice.contains(place) { continue }
            values[key, default: [:]][line.year, default: [:]][month] = line.helaarspersoner.exact
            sources[key, default: [:]][line.year, default: [:]][month] = .monthly([
                ActualFigure.MonthlyFigure(month: month, value: line.helaarspersoner,
                                           days: Period.month(month, of: line.year).dayCount, origin: line.origin,
                                           alsoFrom: Array(line.summedFrom.dropFirst())),
            ])
        }
        return MonthlySeries(values, sources: sources)
    }
}
