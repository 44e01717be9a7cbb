/// The Bilag 1 table of one municipality or of the jobcenter, as the plan lays it out:
/// benefits in catalog order, the budget in kroner and helårspersoner, the prior years'
/// actuals, and, where the run has actuals of the budget year, those and the variances; then
/// the `I alt` row and the footnotes. bilag1.md, rapport.html and afstemning.xlsx all draw
/// from this one layout; values stay exact until a renderer writes them.
public struct Bilag1Table: Sendable {
    /// The heading: the municipality, or `<jobcenter> i alt`.
    public let title: String
    /// The municipality as it stands in afstemning.csv's `kommune` column (the jobcenter's
    /// name for the total).
    public let kommune: String
    /// True for the jobcenter's total.
    public let isJobcenter: Bool
    /// Brutto or netto, or `mixed` if the table's budgets are both; it heads the budget column.
    public let grundlag: Grundlag
    /// The number columns, after the benefit name.
    public let columns: [Bilag1Column]
    /// One line per benefit, in catalog order.
    public let lines: [Bilag1Line]
    /// The `I alt` row: each column's exact sum, rounded once when written (`nil` where no
    /// line has a figure), marked where it sums actuals over fewer rows than the budget.
    public let totals: [Bilag1Cell]
    /// The footnotes, in order: the marked lines', the total's, then brutto and netto.
    public let notes: [Bilag1Note]
    /// What the total's `**` note says after `I alt: `, the counts (`faktiske tal for 2017 fra
    /// 2 af 15 ydelser; budgettet omfatter alle 15.`); `nil` if no total is short.
    public let totalShortfall: String?

    /// The tables of a report: one per municipality in report order, then the jobcenter's; in
    /// a national run (`NationalOverview.isLean`) without a municipality's empty rows. They are
    /// laid out on every core (the jobcenter's, the largest, first).
    public static func tables(of report: ReconciliationReport) -> [Bilag1Table] {
        // A national run's tables leave out the benefits a municipality has no figure for.
        let lean = NationalOverview.isLean(report)
        // Each municipality's rows in report order, gathered in one pass (not one filter each).
        let rowsOf = Dictionary(grouping: report.rows.filter { !lean || !isEmpty($0) }, by: \.kommune)
        let municipalities = report.municipalities
        let jobcenter = report.totals.isEmpty ? nil : report.jobcenter
        let first = jobcenter == nil ? 0 : 1
        let tables = ConcurrentMap.map(municipalities.count + first) { index in
            guard index >= first else { return jobcenterTable(report, name: jobcenter ?? "") }
            let municipality = municipalities[index - first]
            return Bilag1Table(rowsOf[municipality] ?? [], report: report, title: municipality, kommune: municipality, parts: nil)
        }
        return Array(tables.dropFirst(first) + tables.prefix(first))
    }

    /// The jobcenter's table: its total rows, each over the municipalities' rows of its benefit.
    private static func jobcenterTable(_ report: ReconciliationReport, name: String) -> Bilag1Table {
        var parts: [BenefitID: [ReconciliationRow]] = [:]
        for row in report.rows { parts[row.benefit.id, default: []].append(row) }
        return Bilag1Table(report.totals, report: report, title: ReportText.jobcenterTitle(name), kommune: name, parts: parts)
    }

    /// True for a row without a figure: no budget and no actual helårspersoner in any year.
    static func isEmpty(_ row: ReconciliationRow) -> Bool {
        row.budget.exact.isZero && (row.helaarspersonerFaktisk?.exact.isZero ?? true)
            && row.helaarspersonerPrior.allSatisfy { $0?.exact.isZero ?? true }
    }

    /// The columns of a table whose budgets are `grundlag`.
    public static func columns(of report: ReconciliationReport, grundlag: Grundlag) -> [Bilag1Column] {
        var columns = [Bilag1Column(ReportText.budget(year: report.year, grundlag: grundlag), .kroner, .budget),
                       Bilag1Column(ReportText.persons(year: report.year), .helaarspersoner, .budgetHelaarspersoner)]
        columns += report.priorYears.enumerated().map {
            Bilag1Column(ReportText.persons(year: $0.element), .helaarspersoner, .prior(index: $0.offset, year: $0.element))
        }
        if ReportText.hasActuals(report) {
            columns += [Bilag1Column(ReportText.actual(report), .helaarspersoner, .actual),
                        Bilag1Column(ReportText.varianceHelaarspersoner, .helaarspersoner, .varianceHelaarspersoner),
                        Bilag1Column(ReportText.varianceKroner, .kroner, .varianceKroner)]
        }
        return columns
    }

    /// A table of `rows`; `parts` (for the jobcenter) gives the municipalities' rows of each benefit.
    private init(_ rows: [ReconciliationRow], report: ReconciliationReport, title: String, kommune: String,
                 parts: [BenefitID: [ReconciliationRow]]?) {
        self.title = title
        self.kommune = kommune
        isJobcenter = parts != nil
        grundlag = Grundlag.combined(rows.map(\.grundlag))
        let columns = Self.columns(of: report, grundlag: grundlag)
        self.columns = columns
        var notes: [Bilag1Note] = []
        let lines = rows.map { row in
            let counts = columns.map { column in Bilag1Count(column, rows: parts?[row.benefit.id] ?? []) }
            if let text = Bilag1Count.note(counts, columns: columns, year: report.year, unit: "kommuner") {
                notes.append(Bilag1Note(.someMunicipalities, "\(row.benefit.name): \(text)."))
            }
            let cells = zip(columns, counts).map { column, count in
                Bilag1Cell(column.role.value(row), mark: count.isPartial ? .someMunicipalities : nil)
            }
            return Bilag1Line(benefit: row.benefit, grundlag: row.grundlag, cells: cells)
        }
        self.lines = lines
        // The total sums the municipalities' rows beneath the lines: a column is short if it
        // has figures for fewer of them than the budget covers.
        let beneath = parts.map { parts in rows.flatMap { parts[$0.benefit.id] ?? [] } } ?? rows
        let counts = columns.map { Bilag1Count($0, rows: beneath) }
        let unit = parts != nil ? "rækker (kommune og ydelse)" : "ydelser"
        totalShortfall = Bilag1Count.note(counts, columns: columns, year: report.year, unit: unit)
            .map { "\($0); budgettet omfatter alle \(beneath.count)." }
        if let totalShortfall { notes.append(Bilag1Note(.fewerRows, "\(ReportText.total): \(totalShortfall)")) }
        totals = columns.indices.map { index in
            Bilag1Cell(Exact.sum(lines.compactMap { $0.cells[index].value }), mark: counts[index].isPartial ? .fewerRows : nil)
        }
        if let note = Self.grundlagNote(lines, grundlag: grundlag) { notes.append(Bilag1Note(nil, note)) }
        self.notes = notes
    }

    /// The note of a table whose budgets are brutto and netto: which lines are the exceptions.
    static func grundlagNote(_ lines: [Bilag1Line], grundlag: Grundlag) -> String? {
        guard grundlag == .mixed else { return nil }
        let counts = Grundlag.allCases.map { basis in lines.filter { $0.grundlag == basis }.count }
        let base = Grundlag.allCases[counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) } ?? 0]
        let exceptions = lines.filter { $0.grundlag != base }.map { "\($0.benefit.name) (\($0.grundlag.label.lowercased()))" }
        guard !exceptions.isEmpty else { return "Budgettallene summerer brutto og netto." }
        return "Budgettallene er \(base.label.lowercased()) undtagen \(DanishText.list(exceptions))."
    }
}
