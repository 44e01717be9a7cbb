/// The sheet for filtering and pivoting: afstemning.csv as it is, the same columns (machine
/// names) and the same values, as numbers, with an autofilter.
enum DataSheet {
    /// The sheet's name.
    static let name = "Data (afstemning.csv)"

    /// The sheet of `report`'s municipality rows.
    static func make(_ report: ReconciliationReport, name: String) -> Worksheet {
        let header = AfstemningCSV.header(priorYears: report.priorYears)
        let textColumns = 3  // kommune, ydelse_id, ydelse
        var rows: [[SpreadsheetCell]] = [header.enumerated().map { index, title in
            .text(title, index < textColumns ? .header : .numberHeader)
        }]
        func kroner(_ value: Exact?) -> SpreadsheetCell { .number(value, decimals: 2, shownDecimals: 2, .kroner) }
        func persons(_ value: Helaarspersoner?) -> SpreadsheetCell { .number(value?.exact, decimals: 4, shownDecimals: 4, .persons) }
        for row in report.rows {
            var cells: [SpreadsheetCell] = [.text(row.kommune), .text(row.benefit.id.rawValue), .text(row.benefit.name),
                                            kroner(row.budget.exact), kroner(row.rate?.exact),
                                            persons(row.helaarspersonerBudget), persons(row.helaarspersonerFaktisk)]
            cells += row.helaarspersonerPrior.map(persons)
            cells += [persons(row.afvigelseHelaarspersoner), kroner(row.afvigelseKroner)]
            rows.append(cells)
        }
        return Worksheet(name: name, rows: rows, autoFilter: true, tableRowCount: rows.count)
    }
}
