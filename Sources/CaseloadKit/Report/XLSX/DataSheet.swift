/// The sheet for filtering and pivoting: afstemning.csv as it is, the same columns (machine
/// names) and the same values, as numbers, with an autofilter.
enum DataSheet {
    /// The sheet's name.
    static let name = "Data (afstemning.csv)"

    /// The sheet of `report`'s municipality rows.
    static func make(_ report: ReconciliationReport, name: String) -> Worksheet {
        let rows = SchemaSheet.rows(AfstemningCSV.schema(priorYears: report.priorYears), report.rows)
        return Worksheet(name: name, rows: rows, autoFilter: true, tableRowCount: rows.count)
    }
}
