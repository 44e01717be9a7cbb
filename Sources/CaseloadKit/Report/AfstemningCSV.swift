/// The schema of `afstemning.csv` and `afstemning-total.csv`, the machine-readable result
/// whose format is fixed in formats.md, and their writer. The workbook's data sheet,
/// `explain` and `diff` take the columns from here.
public enum AfstemningCSV {
    /// A column of the file.
    public typealias Column = ResultColumn<ReconciliationRow>

    /// The municipality, or the jobcenter in afstemning-total.csv; with `ydelseID` a row's key.
    public static let kommune = Column.text("kommune") { $0.kommune }
    /// The benefit's catalog id.
    public static let ydelseID = Column.text("ydelse_id") { $0.benefit.id.rawValue }
    /// The benefit's name.
    public static let ydelse = Column.text("ydelse") { $0.benefit.name }
    /// The budget.
    public static let budget = Column.number("budget_kr", .kroner) { $0.budget.exact }
    /// The rate; empty without one.
    public static let rate = Column.number("kr_pr_helaarsperson", .kroner) { $0.rate?.exact }
    /// budget / rate.
    public static let helaarspersonerBudget = Column.number("helaarspersoner_budget", .helaarspersoner) {
        $0.helaarspersonerBudget.exact
    }
    /// The actual helårspersoner of the budget year so far.
    public static let helaarspersonerFaktisk = Column.number("helaarspersoner_faktisk", .helaarspersoner) {
        $0.helaarspersonerFaktisk?.exact
    }
    /// faktisk − budget.
    public static let afvigelseHelaarspersoner = Column.number("afvigelse_helaarspersoner", .helaarspersoner) {
        $0.afvigelseHelaarspersoner?.exact
    }
    /// The variance in kroner at the rate.
    public static let afvigelseKroner = Column.number("afvigelse_kr", .kroner) { $0.afvigelseKroner }

    /// The actual helårspersoner of `year`, the `index`th of the report's prior years.
    public static func helaarspersonerPrior(_ year: Int, index: Int) -> Column {
        .number("helaarspersoner_\(year)", .helaarspersoner) { row in
            row.helaarspersonerPrior.indices.contains(index) ? row.helaarspersonerPrior[index]?.exact : nil
        }
    }

    /// The columns in file order for a report's prior years.
    public static func schema(priorYears: [Int]) -> ResultSchema<ReconciliationRow> {
        ResultSchema([kommune, ydelseID, ydelse, budget, rate, helaarspersonerBudget, helaarspersonerFaktisk]
            + priorYears.enumerated().map { helaarspersonerPrior($1, index: $0) }
            + [afvigelseHelaarspersoner, afvigelseKroner])
    }

    /// The header for a report's prior years.
    public static func header(priorYears: [Int]) -> [String] {
        schema(priorYears: priorYears).header
    }

    /// What a column of a result file holds, known by its name alone (the prior-year columns
    /// differ between years, and another run's file may have columns this one has not):
    /// text for the schema's text columns, numbers for every other column.
    public static func content(ofColumn name: String) -> ResultContent {
        schema(priorYears: []).column(named: name)?.content ?? .number(.helaarspersoner)
    }

    /// The file of the municipalities' rows.
    public static func render(_ report: ReconciliationReport) -> String {
        schema(priorYears: report.priorYears).csv(report.rows)
    }

    /// The file of the jobcenter's rows.
    public static func renderTotal(_ report: ReconciliationReport) -> String {
        schema(priorYears: report.priorYears).csv(report.totals)
    }
}
