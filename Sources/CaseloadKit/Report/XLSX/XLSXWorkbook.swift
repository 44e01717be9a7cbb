import Foundation

/// Renders `afstemning.xlsx`, the workbook finance staff open: in a national run the overview
/// first (`NationalOverviewSheet`), one Bilag 1 sheet per
/// municipality and one for the jobcenter, then the data sheet with afstemning.csv's values
/// for filtering, the flag sheet with flag.csv's, the follow-up (largest flags first, goals),
/// and with a cut-off the budget follow-up and its monthly series, and with peers the
/// comparison (`ComparisonSheet`). Numbers are numeric cells with Danish-displaying formats; the bytes are the
/// same on every run.
public enum XLSXWorkbook {
    /// The workbook's bytes.
    public static func render(_ report: ReconciliationReport) throws -> Data { try render(report, layout: ReportLayout(report)) }

    /// The workbook's bytes, from the run's shared layout of `report`.
    public static func render(_ report: ReconciliationReport, layout: ReportLayout) throws -> Data {
        try XLSXPackage.package(sheets(report, layout: layout), title: ReportText.title(year: report.year))
    }

    /// Writes the workbook into `sink` as it is rendered (a run's staging file), from the run's
    /// shared layout of `report`: the same bytes as `render(_:layout:)`.
    public static func write(_ report: ReconciliationReport, layout: ReportLayout, to sink: any OutputSink) throws {
        try XLSXPackage.write(sheets(report, layout: layout), title: ReportText.title(year: report.year), to: sink)
    }

    /// The sheets in tab order. Another section of the report is one more `Worksheet` here,
    /// built in a file of its own.
    static func sheets(_ report: ReconciliationReport) -> [Worksheet] { sheets(report, layout: ReportLayout(report)) }

    /// The sheets in tab order, from the run's shared layout of `report`.
    static func sheets(_ report: ReconciliationReport, layout: ReportLayout) -> [Worksheet] {
        let tables = layout.tables
        let overview = layout.overview
        // In a national run the overview is the first sheet; its name is taken before the others'.
        let overviewNames = overview == nil ? [] : [NationalOverviewSheet.name]
        let allNames = SheetName.unique(overviewNames + tables.map(\.kommune) + [DataSheet.name, FlagSheet.name, FollowUpSheet.name])
        let names = Array(allNames.dropFirst(overviewNames.count))
        var sheets = zip(allNames, overview.map { [$0] } ?? []).map { NationalOverviewSheet.make($1, name: $0) }
        sheets += zip(tables, names).map { Bilag1Sheet.make($0, name: $1) }
        sheets.append(DataSheet.make(report, name: names[tables.count]))
        sheets.append(FlagSheet.make(report, name: names[tables.count + 1]))
        sheets.append(FollowUpSheet.make(layout.followUp, name: names[tables.count + 2]))
        return sheets + forecastSheets(report, layout: layout, taken: allNames) + comparisonSheets(report, taken: allNames)
    }

    /// With peers, the comparison and its data sheet; none without.
    static func comparisonSheets(_ report: ReconciliationReport, taken: [String]) -> [Worksheet] {
        guard let layout = ComparisonLayout(report), let comparison = report.comparison else { return [] }
        let forecastNames = report.forecast == nil ? [] : [ForecastSheet.name, MonthSheet.name]
        let names = SheetName.unique(taken + forecastNames + [ComparisonSheet.name, ComparisonSheet.dataName]).suffix(2)
        return [ComparisonSheet.make(layout, name: names[names.startIndex]),
                ComparisonSheet.data(comparison, name: names[names.startIndex + 1])]
    }

    /// With a cut-off, the budget follow-up and its monthly series, from the run's shared
    /// `layout`; none without.
    static func forecastSheets(_ report: ReconciliationReport, layout: ReportLayout, taken: [String]) -> [Worksheet] {
        guard let forecast = report.forecast else { return [] }
        let names = SheetName.unique(taken + [ForecastSheet.name, MonthSheet.name]).suffix(2)
        return [ForecastSheet.make(layout.forecastTables, heading: ForecastText.heading(cutoff: forecast.cutoff), lead: ForecastText.lead(forecast),
                                   name: names[names.startIndex]),
                MonthSheet.make(layout.monthlyCharts, name: names[names.startIndex + 1])]
    }
}
