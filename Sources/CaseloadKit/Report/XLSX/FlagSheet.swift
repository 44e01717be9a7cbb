/// The sheet of flags: flag.csv as it is (the same columns and order, numbers as numbers)
/// with an autofilter. The goals and the flags for people are on `FollowUpSheet`.
enum FlagSheet {
    /// The sheet's name.
    static let name = "Flag (flag.csv)"

    /// The sheet of `report`'s flags.
    static func make(_ report: ReconciliationReport, name: String) -> Worksheet {
        let rows = SchemaSheet.rows(FlagCSV.schema, report.flags)
        return Worksheet(name: name, rows: rows, autoFilter: true, tableRowCount: rows.count)
    }
}
