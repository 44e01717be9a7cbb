/// The national overview as the workbook's first sheet, walked from `NationalOverview` like
/// bilag1.md and rapport.html: the heading, the paragraph, a row per benefit with a cell per
/// column (a cell's lines joined by `; `).
enum NationalOverviewSheet {
    /// The sheet's name.
    static let name = NationalOverview.title

    /// The sheet of `overview`, named `name`.
    static func make(_ overview: NationalOverview, name: String) -> Worksheet {
        var rows: [[SpreadsheetCell]] = [overview.columns.map { .text($0, .header) }]
        for ranking in overview.rankings {
            rows.append([.text(ranking.benefit.name)] + overview.cells(ranking).map { .text($0.joined(separator: "; ")) })
        }
        let tableRows = rows.count
        rows.append([])
        rows.append([.text(overview.intro, .note)])
        return Worksheet(name: name, rows: rows, autoFilter: false, tableRowCount: tableRows)
    }
}
