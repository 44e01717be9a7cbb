/// The Bilag 1 table of one municipality or of the jobcenter, as the plan lays it out:
/// benefits in catalog order, the budget in kroner and helårspersoner, the prior years'
/// actuals, and, where the run has actuals of the budget year, those and the variances; then
/// a total row. The XLSX and HTML renderers draw from this one layout; values stay exact
/// until a renderer writes them.
public struct Bilag1Table: Sendable {
    /// The heading: the municipality, or `<jobcenter> i alt`.
    public let title: String
    /// The municipality as it stands in afstemning.csv's `kommune` column (the jobcenter's
    /// name for the total).
    public let kommune: String
    /// True for the jobcenter's total.
    public let isJobcenter: Bool
    /// The number columns, after the benefit name.
    public let columns: [Bilag1Column]
    /// One line per benefit, in catalog order.
    public let lines: [Bilag1Line]
    /// The `I alt` row: each column's exact sum, rounded once when written; `nil` where no
    /// line has a figure.
    public let total: [Exact?]

    /// For each column, true if the total sums a partial cell (and is then partial too).
    public var totalPartial: [Bool] { columns.indices.map { index in lines.contains { $0.cells[index].partial } } }

    /// True if any cell is partial (renderers then print the footnote).
    public var hasPartialCells: Bool { lines.contains { $0.cells.contains(where: \.partial) } }

    /// The footnote for partial cells.
    public static let partialNote = "Kun for de kommuner, der har faktiske tal for ydelsen."

    /// The tables of a report: one per municipality in report order, then the jobcenter's.
    public static func tables(of report: ReconciliationReport) -> [Bilag1Table] {
        let columns = self.columns(of: report)
        var tables = report.municipalities.map { municipality in
            Bilag1Table(report.rows(of: municipality), title: municipality, kommune: municipality,
                        isJobcenter: false, columns: columns, parts: { _ in [] })
        }
        if let jobcenter = report.jobcenter, !report.totals.isEmpty {
            tables.append(Bilag1Table(report.totals, title: "\(jobcenter) i alt", kommune: jobcenter, isJobcenter: true,
                                      columns: columns, parts: { total in report.rows.filter { $0.benefit.id == total.benefit.id } }))
        }
        return tables
    }

    /// True if the run has actuals of the budget year anywhere, which adds the actual and
    /// variance columns to every table.
    public static func hasActuals(_ report: ReconciliationReport) -> Bool {
        (report.rows + report.totals).contains { $0.helaarspersonerFaktisk != nil }
    }

    /// The label of the budget year's actuals: `Faktisk 2017`, or `Faktisk 2017 (til 30.9.2017)`.
    public static func actualLabel(_ report: ReconciliationReport) -> String {
        report.cutoff.map { "Faktisk \(report.year) (til \(Bilag1Markdown.danishDate($0)))" } ?? "Faktisk \(report.year)"
    }

    static func columns(of report: ReconciliationReport) -> [Bilag1Column] {
        let grundlag = Set((report.rows + report.totals).map(\.grundlag))
        let basis = grundlag.count == 1 ? grundlag.first!.label : "Brutto/Netto"
        var columns = [Bilag1Column("Budgettal \(report.year) (\(basis))", .kroner),
                       Bilag1Column("Helårspersoner \(report.year)", .helaarspersoner)]
        columns += report.priorYears.map { Bilag1Column("Helårspersoner \($0)", .helaarspersoner) }
        if hasActuals(report) {
            columns += [Bilag1Column(actualLabel(report), .helaarspersoner),
                        Bilag1Column("Afvigelse, helårspersoner", .helaarspersoner),
                        Bilag1Column("Afvigelse, kr.", .kroner)]
        }
        return columns
    }

    private init(_ rows: [ReconciliationRow], title: String, kommune: String, isJobcenter: Bool,
                 columns: [Bilag1Column], parts: (ReconciliationRow) -> [ReconciliationRow]) {
        let actuals = columns.count > 2 + (rows.first?.helaarspersonerPrior.count ?? 0)
        self.title = title
        self.kommune = kommune
        self.isJobcenter = isJobcenter
        self.columns = columns
        let lines = rows.map { row in
            // A jobcenter figure summed over only some municipalities is partial.
            let parts = parts(row)
            func partial(_ value: (ReconciliationRow) -> Helaarspersoner?) -> Bool {
                parts.contains { value($0) == nil } && parts.contains { value($0) != nil }
            }
            var cells = [Bilag1Cell(row.budget.exact), Bilag1Cell(row.helaarspersonerBudget.exact)]
            cells += row.helaarspersonerPrior.indices.map { index in
                Bilag1Cell(row.helaarspersonerPrior[index]?.exact, partial: partial { $0.helaarspersonerPrior[index] })
            }
            if actuals {
                let actualPartial = partial(\.helaarspersonerFaktisk)
                cells += [Bilag1Cell(row.helaarspersonerFaktisk?.exact, partial: actualPartial),
                          Bilag1Cell(row.afvigelseHelaarspersoner?.exact, partial: actualPartial),
                          Bilag1Cell(row.afvigelseKroner, partial: actualPartial)]
            }
            return Bilag1Line(benefit: row.benefit, cells: cells)
        }
        self.lines = lines
        self.total = columns.indices.map { index in Exact.sum(lines.compactMap { $0.cells[index].value }) }
    }
}
