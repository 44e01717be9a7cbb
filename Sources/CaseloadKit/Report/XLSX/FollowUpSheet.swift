/// The follow-up as a worksheet, walked from `FollowUpLayout` like the other reports: the
/// largest flags, the other flags, each under its heading, the size in kroner as a number
/// cell; then the plan's goals in plain Danish.
enum FollowUpSheet {
    /// The sheet's name.
    static let name = "Opfølgning"

    /// The sheet of `layout`, named `name`.
    static func make(_ layout: FollowUpLayout, name: String) -> Worksheet {
        var rows: [[SpreadsheetCell]] = [FlagTable.columns.enumerated().map { index, title in
            .text(title, index == 0 || index == FlagTable.kronerColumn ? .numberHeader : .header)
        }]
        rows.append([.text(layout.largestHeading, .sectionHeading)])
        if layout.largest.rows.isEmpty { rows.append([.text(FollowUpLayout.noFlags)]) }
        rows += layout.largest.rows.map(row)
        if !layout.others.rows.isEmpty {
            rows.append([.text(FollowUpLayout.othersHeading, .sectionHeading)])
            rows += layout.others.rows.map(row)
        }
        let tableRows = rows.count
        rows.append([])
        rows.append([.text(layout.largestLead, .note)])
        if !layout.goals.isEmpty {
            rows.append([])
            rows.append([.text(FollowUpLayout.goalsHeading, .sectionHeading)])
            for goal in layout.goals { rows.append([.text(goal.title + " " + goal.paragraph, .note)]) }
        }
        return Worksheet(name: name, rows: rows, autoFilter: false, tableRowCount: tableRows)
    }

    /// One flag's row: its number and kroner as numbers (whole kroner shown, øre kept).
    static func row(_ row: FlagTable.Row) -> [SpreadsheetCell] {
        [.number(Exact(row.number), decimals: 0, shownDecimals: 0, .whole), .text(row.kommune), .text(row.benefit), .text(row.kind),
         .number(row.kroner, decimals: 2, shownDecimals: 0, .whole), .text(row.explanation)]
    }
}
