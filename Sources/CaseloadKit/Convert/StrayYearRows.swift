/// Rows of another year in a file whose other rows are of the years the run uses: a row
/// typed `2016` in the 2017 budget file is ignored like a whole archive of 2016 would be,
/// and its benefit's budget silently becomes 0 kr. Each such row draws a warning.
///
/// A year counts as stray in a file when the file has more rows of a year the run uses
/// than of it; a file that holds several years in like numbers (an archive) is left alone.
/// Only rows of pipeline.yml's municipalities (and `*` in rate tables) count.
public enum StrayYearRows {
    /// One input row: its year and where it was read.
    public struct Row: Sendable {
        /// The row's year.
        public let year: Int
        /// Where it was read.
        public let origin: SourceLocation

        /// Creates a row.
        public init(year: Int, origin: SourceLocation) {
            self.year = year
            self.origin = origin
        }
    }

    /// Warns about the stray rows of each kind of input: budgets and rates of the budget year,
    /// actuals of the budget year and the prior years.
    public static func report(budget: [BudgetLine], rates: [RateLine], actuals: [ActualLine], config: PipelineConfig,
                              municipalities: MunicipalityIndex, diagnostics: DiagnosticEngine) {
        report(rows(budget, municipalities: municipalities), used: [config.year], diagnostics: diagnostics)
        report(rows(rates, municipalities: municipalities), used: [config.year], diagnostics: diagnostics)
        report(rows(actuals, municipalities: municipalities), used: [config.year] + config.priorYears, diagnostics: diagnostics)
    }

    /// Warns about each stray row of `rows`; `used` are the years the run uses, in the order
    /// messages name them (the budget year first).
    public static func report(_ rows: [Row], used: [Int], diagnostics: DiagnosticEngine) {
        var counts: [String: [Int: Int]] = [:]
        for row in rows { counts[row.origin.file, default: [:]][row.year, default: 0] += 1 }
        for row in rows where !used.contains(row.year) {
            guard let years = counts[row.origin.file], let own = years[row.year] else { continue }
            let fileYears = used.filter { years[$0] != nil }
            guard let most = fileYears.compactMap({ years[$0] }).max(), most > own else { continue }
            diagnostics.warning(.strayYearRow(year: row.year, fileYears: fileYears), at: row.origin.wholeLine)
        }
    }

    /// The rows of budget lines of pipeline.yml's municipalities; a line summed from
    /// accounts stands for each of its account rows.
    static func rows(_ lines: [BudgetLine], municipalities: MunicipalityIndex) -> [Row] {
        let known = KnownNames(municipalities)
        var rows: [Row] = []
        for line in lines where known.contains(line.municipality) {
            if line.accounts.isEmpty {
                rows.append(Row(year: line.year, origin: line.origin))
            } else {
                rows += line.accounts.map { Row(year: line.year, origin: $0.origin) }
            }
        }
        return rows
    }

    /// The rows of rate lines of pipeline.yml's municipalities and of `*`.
    static func rows(_ lines: [RateLine], municipalities: MunicipalityIndex) -> [Row] {
        let known = KnownNames(municipalities)
        return lines.filter { $0.scope == .everyMunicipality || known.contains($0.municipality) }
            .map { Row(year: $0.year, origin: $0.origin) }
    }

    /// The rows of actual lines of pipeline.yml's municipalities.
    static func rows(_ lines: [ActualLine], municipalities: MunicipalityIndex) -> [Row] {
        let known = KnownNames(municipalities)
        return lines.filter { known.contains($0.municipality) }.map { Row(year: $0.year, origin: $0.origin) }
    }

    /// Whether a name as a file writes it is one of pipeline.yml's municipalities, remembered
    /// per spelling: files repeat a few spellings over many rows.
    private final class KnownNames {
        private let municipalities: MunicipalityIndex
        private var seen: [String: Bool] = [:]

        init(_ municipalities: MunicipalityIndex) { self.municipalities = municipalities }

        func contains(_ name: String) -> Bool {
            if let known = seen[name] { return known }
            let known = municipalities.position(of: name) != nil
            seen[name] = known
            return known
        }
    }
}
