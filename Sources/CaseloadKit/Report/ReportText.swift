/// The Danish words of the reports for people (bilag1.md, rapport.html, afstemning.xlsx): the
/// title, the opening paragraph, column titles, labels and notes, written once here so the
/// three renderers cannot word them differently. Figures go through `DanishText`.
public enum ReportText {
    /// `Bilag 1: Økonomi og helårspersoner 2017`.
    public static func title(year: Int) -> String { "Bilag 1: Økonomi og helårspersoner \(year)" }

    /// The opening paragraph: what the figures are.
    public static func intro(_ report: ReconciliationReport) -> String {
        var text = "Budgettet for hver ydelse er omregnet til helårspersoner med kr. pr. helårsperson "
        text += "(budget / takst) og stillet over for de faktiske helårspersoner"
        if !report.priorYears.isEmpty { text += " i " + DanishText.list(report.priorYears.map(String.init)) }
        if hasActuals(report) { text += " og " + DanishText.period(year: report.year, through: report.actualsThrough) }
        return text + ". Tallene er afrundet; de eksakte værdier står i afstemning.csv."
    }

    /// True if the run has actuals of the budget year anywhere, which adds the actual and
    /// variance columns to every table.
    public static func hasActuals(_ report: ReconciliationReport) -> Bool {
        // Not `rows + totals`: that copies every row, and every table and chart asks.
        report.rows.contains { $0.helaarspersonerFaktisk != nil } || report.totals.contains { $0.helaarspersonerFaktisk != nil }
    }

    /// The first column's title.
    public static let benefit = "Ydelse"
    /// The label of a table's total row.
    public static let total = "I alt"
    /// The heading of the jobcenter's table: `Jobcenter Vallensbæk i alt`.
    public static func jobcenterTitle(_ jobcenter: String) -> String { "\(jobcenter) i alt" }
    /// What a table without benefits says.
    public static let noBenefits = "Ingen ydelser."

    /// `Budgettal 2017 (Brutto)`, `(Netto)` or `(Brutto/Netto)`.
    public static func budget(year: Int, grundlag: Grundlag) -> String { "Budgettal \(year) (\(grundlag.label))" }
    /// `Helårspersoner 2017`: the budget's helårspersoner, or a prior year's actuals.
    public static func persons(year: Int) -> String { "Helårspersoner \(year)" }
    /// `Faktisk 2017`, or `Faktisk 2017 (til 28.2.2017)` when the actuals stop before the year's end.
    public static func actual(_ report: ReconciliationReport) -> String {
        report.actualsThrough.map { "Faktisk \(report.year) (til \(DanishText.date($0)))" } ?? "Faktisk \(report.year)"
    }
    /// The variance in helårspersoner.
    public static let varianceHelaarspersoner = "Afvigelse, helårspersoner"
    /// The variance in kroner: the actuals so far read as a year, at the budget's rate.
    public static let varianceKroner = "Afvigelse, kr. (helår, budgettets takst)"

    /// The chart's legend label of the budget.
    public static func chartBudget(year: Int) -> String { "Budget \(year)" }
    /// The chart's legend label of a prior year's actuals.
    public static func chartPrior(year: Int) -> String { "Faktisk \(year)" }

    /// The workbook's note under every Bilag 1 sheet.
    public static let roundingNote = "Tallene vises afrundet; cellerne rummer værdierne fra afstemning.csv (kr. med to, helårspersoner med fire decimaler)."
    /// The HTML report's footer.
    public static func footer(year: Int) -> String {
        "Dannet af caseload ud fra afstemning.csv for \(year). Helårspersoner er afrundet til hele tal."
    }
}
