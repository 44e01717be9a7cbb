/// The national overview as the workbook's first sheet, walked from `NationalOverview` like
/// bilag1.md and rapport.html: the heading, the paragraph, a row per benefit with a cell per
/// column (a cell's lines joined by `; `; the count without a figure a number).
enum NationalOverviewSheet {
    /// The sheet's name.
    static let name = NationalOverview.title

    /// The sheet of `overview`, named `name`.
    static func make(_ overview: NationalOverview, name: String) -> Worksheet {
        var rows: [[SpreadsheetCell]] = [overview.columns.map { .text($0, .header) }]
        for ranking in overview.rankings {
            // The count without a figure, last, as a number; the other cells as their text.
            let texts = overview.cells(ranking).dropLast().map { SpreadsheetCell.text($0.joined(separator: "; ")) }
            rows.append([.text(ranking.benefit.name)] + texts
                        + [.number(Exact(ranking.withoutFigure.count), decimals: 0, shownDecimals: 0, .whole)])
        }
        let tableRows = rows.count
        rows.append([])
        rows.append([.text(overview.intro, .note)])
        return Worksheet(name: name, rows: rows, autoFilter: false, tableRowCount: tableRows)
    }
}
