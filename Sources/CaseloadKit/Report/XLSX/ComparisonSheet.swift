/// The comparison (peers.md) as worksheets, walked from `ComparisonLayout` like bilag1.md and
/// rapport.html: the sheet `Sammenligning` with a table per year (shares as number cells with
/// sammenligning.csv's four decimals, the flagged municipalities named in the last column) and
/// the data sheet with sammenligning.csv as it is.
enum ComparisonSheet {
    /// The people's sheet's name.
    static let name = "Sammenligning"
    /// The data sheet's name.
    static let dataName = "Data (sammenligning.csv)"
    /// The last column's title: our municipalities whose cell is marked.
    static let markedTitle = ComparisonLayout.flagMark + " over medianen"

    /// The people's sheet of `layout`, named `name`.
    static func make(_ layout: ComparisonLayout, name: String) -> Worksheet {
        var rows: [[SpreadsheetCell]] = [[.text(ComparisonLayout.title, .sectionHeading)], [.text(layout.intro, .note)]]
        for table in layout.tables {
            rows.append([])
            rows.append([.text(table.title, .sectionHeading)])
            rows.append([.text(ReportText.benefit, .header)] + layout.columns.map { .text($0.title, .numberHeader) }
                        + [.text(markedTitle, .header)])
            for line in table.lines {
                let marked = zip(layout.columns, line.cells).filter { $0.1.flagged }.map(\.0.title)
                rows.append([.text(line.benefit.name)]
                            + line.cells.map { .number($0.value, decimals: 4, shownDecimals: 4, .persons) }
                            + [.text(DanishText.list(marked))])
            }
        }
        let tableRows = rows.count
        rows.append([])
        rows.append([.text(layout.note, .note)])
        return Worksheet(name: name, rows: rows, autoFilter: false, tableRowCount: tableRows)
    }

    /// The data sheet: sammenligning.csv's columns and values, numbers as numbers, autofilter.
    static func data(_ comparison: PeerComparison, name: String) -> Worksheet {
        let rows = SchemaSheet.rows(SammenligningCSV.schema, comparison.rows)
        return Worksheet(name: name, rows: rows, autoFilter: true, tableRowCount: rows.count)
    }
}
