/// The monthly series of the budget follow-up as numbers a user can chart: one row per
/// municipality (and the jobcenter) × benefit × series, the series being each year's
/// helårspersoner and the budget's level, the months as columns, with an autofilter. The same
/// series as rapport.html's monthly charts (`MonthlyChart`): select a benefit's rows and
/// insert a line chart.
enum MonthSheet {
    /// The sheet's name.
    static let name = "Måneder"

    /// The column titles.
    static let header = ["Kommune", "Ydelse", "Serie"] + ForecastText.monthAbbreviations

    /// The sheet of `units`' charts, named `name`.
    static func make(_ units: [(title: String, charts: [MonthlyChart])], name: String) -> Worksheet {
        var rows: [[SpreadsheetCell]] = [header.enumerated().map { .text($1, $0 < 3 ? .header : .numberHeader) }]
        for unit in units {
            for chart in unit.charts {
                let lead: [SpreadsheetCell] = [.text(unit.title), .text(chart.benefit.name)]
                for series in chart.years {
                    rows.append(lead + [.text(series.label)] + series.values.map(number))
                }
                for budget in chart.budgets {
                    rows.append(lead + [.text(budget.label)] + Array(repeating: number(budget.value), count: 12))
                }
            }
        }
        return Worksheet(name: name, rows: rows, autoFilter: true, tableRowCount: rows.count)
    }

    /// Helårspersoner with four decimals, as prognose.csv; an empty cell for a missing month.
    ///
    /// The same cell as `SpreadsheetCell.number(value, decimals: 4, shownDecimals: 4, .persons)`,
    /// rounded once (the sheet has a cell for every month of every series).
    static func number(_ value: Exact?) -> SpreadsheetCell {
        guard let value, let figure = CellFigure(value, decimals: 4) else {
            return .number(value, decimals: 4, shownDecimals: 4, .persons)
        }
        return SpreadsheetCell(content: .number(figure.literal), style: .persons, shownWidth: figure.danishWidth)
    }
}
