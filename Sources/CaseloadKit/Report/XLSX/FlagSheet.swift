/// The sheet of flags: flag.csv as it is (the same columns and order, numbers as numbers)
/// with an autofilter. The goals and the flags for people are on `FollowUpSheet`.
enum FlagSheet {
    /// The sheet's name.
    static let name = "Flag (flag.csv)"

    /// The sheet of `report`'s flags.
    static func make(_ report: ReconciliationReport, name: String) -> Worksheet {
        let textColumns: Set<Int> = [0, 1, 2, 3, 4, 10]  // kommune … enhed, forklaring
        var rows: [[SpreadsheetCell]] = [FlagCSV.header.enumerated().map { index, title in
            .text(title, textColumns.contains(index) ? .header : .numberHeader)
        }]
        for flag in report.flags {
            let decimals = flag.unit == .helaarspersoner ? 4 : 2
            let style: CellStyle = flag.unit == .helaarspersoner ? .persons : .kroner
            rows.append([
                .text(flag.kommune), .text(flag.benefitID), .text(flag.benefitName), .text(flag.kind.rawValue),
                .text(flag.unit.rawValue),
                .number(flag.value, decimals: decimals, shownDecimals: decimals, style),
                .number(flag.reference, decimals: decimals, shownDecimals: decimals, style),
                .number(flag.deviationPercent, decimals: 2, shownDecimals: 2, .kroner),
                .number(flag.differenceKroner, decimals: 2, shownDecimals: 2, .kroner),
                .number(flag.thresholdPercent, decimals: 2, shownDecimals: 2, .kroner),
                .text(flag.explanation),
            ])
        }
        return Worksheet(name: name, rows: rows, autoFilter: true, tableRowCount: rows.count)
    }
}
