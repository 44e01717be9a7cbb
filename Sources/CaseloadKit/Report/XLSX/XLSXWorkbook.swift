import Foundation

/// Renders `afstemning.xlsx`, the workbook finance staff open: one Bilag 1 sheet per
/// municipality and one for the jobcenter, then the data sheet with afstemning.csv's values
/// for filtering, the flag sheet with flag.csv's, and the follow-up (largest flags first, goals). Numbers are numeric cells with Danish-displaying formats; the bytes are the
/// same on every run.
public enum XLSXWorkbook {
    /// The workbook's bytes.
    public static func render(_ report: ReconciliationReport) throws -> Data {
        try XLSXPackage.package(sheets(report), title: ReportText.title(year: report.year))
    }

    /// The sheets in tab order. Another section of the report is one more `Worksheet` here,
    /// built in a file of its own.
    static func sheets(_ report: ReconciliationReport) -> [Worksheet] {
        let tables = Bilag1Table.tables(of: report)
        let names = SheetName.unique(tables.map(\.kommune) + [DataSheet.name, FlagSheet.name, FollowUpSheet.name])
        var sheets = zip(tables, names).map { Bilag1Sheet.make($0, name: $1) }
        sheets.append(DataSheet.make(report, name: names[tables.count]))
        sheets.append(FlagSheet.make(report, name: names[tables.count + 1]))
        sheets.append(FollowUpSheet.make(FollowUpLayout(report), name: names[tables.count + 2]))
        return sheets
    }
}
