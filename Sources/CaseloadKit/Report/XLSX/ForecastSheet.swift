/// The budget follow-up as a worksheet, walked from `ForecastTable` like bilag1.md and
/// rapport.html: per municipality and the jobcenter its heading, the sentence on the total,
/// one row per benefit, the `I alt` row, the footnotes and the back-test lines. Cells hold
/// prognose.csv's values (kroner to the øre, helårspersoner to four decimals) and show them
/// in whole numbers, the variance with merforbrug or mindreforbrug spelled out.
enum ForecastSheet {
    /// The sheet's name.
    static let name = "Budgetopfølgning"

    /// The sheet of `tables`, named `name`; `heading` and `lead` go below the tables.
    static func make(_ tables: [ForecastTable], heading: String, lead: String, name: String) -> Worksheet {
        let columns = tables.first?.columns ?? []
        var rows: [[SpreadsheetCell]] = [[.text(ReportText.benefit, .header)] + columns.map { .text($0.title, .numberHeader) }]
        for table in tables {
            rows.append([.text(table.title, .sectionHeading)])
            rows.append([.text(table.sentence, .note)])
            for line in table.lines {
                rows.append([.text(line.benefit.name)] + zip(table.columns, line.cells).map { cell($1, $0, total: false) })
            }
            rows.append([.text(ReportText.total, .totalLabel)] + zip(table.columns, table.totals).map { cell($1, $0, total: true) })
            for note in table.notes {
                rows.append([.text((note.mark.map { $0.symbol + " " } ?? "") + note.text, .note)])
            }
            if !table.backTest.isEmpty {
                rows.append([.text(ForecastText.backTestHeading + ":", .note)])
                rows += table.backTest.map { [.text($0, .note)] }
            }
            rows.append([])
        }
        let tableRows = rows.count
        rows.append([.text(heading, .sectionHeading)])
        rows.append([.text(lead, .note)])
        return Worksheet(name: name, rows: rows, autoFilter: false, tableRowCount: tableRows)
    }

    /// A figure of `column`: its value rounded as prognose.csv writes it, shown whole, with its mark.
    static func cell(_ cell: Bilag1Cell, _ column: ForecastColumn, total: Bool) -> SpreadsheetCell {
        guard column.role == .varianceKroner else {
            let style: CellStyle = switch (total, cell.mark) {
            case (false, nil): .whole
            case (false, _): .wholePartial
            case (true, nil): .totalWhole
            case (true, _): .totalWholeFewerRows
            }
            return .number(cell.value, decimals: column.decimals, shownDecimals: 0, style)
        }
        let style: CellStyle = switch (total, cell.mark) {
        case (false, nil): .variance
        case (false, _): .variancePartial
        case (true, nil): .totalVariance
        case (true, _): .totalVarianceFewerRows
        }
        guard let value = cell.value else { return .number(nil, decimals: column.decimals, shownDecimals: 0, style) }
        let shown = column.text(value) + (style.mark.map { " " + $0.symbol } ?? "")
        return SpreadsheetCell(content: .number(SpreadsheetCell.literal(value, decimals: column.decimals)), style: style,
                               shownWidth: shown.count)
    }
}
