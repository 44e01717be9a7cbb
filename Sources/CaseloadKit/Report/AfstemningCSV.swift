/// Renders `afstemning.csv` and `afstemning-total.csv`, the machine-readable result whose
/// format is fixed in formats.md: comma-separated, `.` decimal, LF, one header line.
public enum AfstemningCSV {
    /// The header for a report's prior years.
    public static func header(priorYears: [Int]) -> [String] {
        ["kommune", "ydelse_id", "ydelse", "budget_kr", "kr_pr_helaarsperson", "helaarspersoner_budget",
         "helaarspersoner_faktisk"] + priorYears.map { "helaarspersoner_\($0)" }
            + ["afvigelse_helaarspersoner", "afvigelse_kr"]
    }

    /// The file of the municipalities' rows.
    public static func render(_ report: ReconciliationReport) -> String {
        render(report.rows, priorYears: report.priorYears)
    }

    /// The file of the jobcenter's rows.
    public static func renderTotal(_ report: ReconciliationReport) -> String {
        render(report.totals, priorYears: report.priorYears)
    }

    static func render(_ rows: [ReconciliationRow], priorYears: [Int]) -> String {
        let format = NumberFormat.machine
        func number(_ value: Exact?, _ decimals: Int) -> String { value.map { format.string($0, decimals: decimals) } ?? "" }
        func persons(_ value: Helaarspersoner?) -> String { number(value?.exact, 4) }
        var lines = [header(priorYears: priorYears).joined(separator: ",")]
        for row in rows {
            let fields = [row.kommune, row.benefit.id.rawValue, row.benefit.name,
                          number(row.budget.exact, 2), number(row.rate?.exact, 2),
                          persons(row.helaarspersonerBudget), persons(row.helaarspersonerFaktisk)]
                + row.helaarspersonerPrior.map(persons)
                + [persons(row.afvigelseHelaarspersoner), number(row.afvigelseKroner, 2)]
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting where a field needs it (names such as `Fleksjob, gl. ordning`).
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
