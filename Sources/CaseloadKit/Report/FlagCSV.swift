/// The schema of `flag.csv` and its writer: one row per flag, in the report's order, in the
/// style of afstemning.csv (comma-separated, `.` decimal, no thousands separator, LF).
///
/// Columns: `kommune`, `ydelse_id` (ids of a group joined by `|`), `ydelse`, `art` (the
/// kind), `enhed` (`kr_pr_helaarsperson`, `helaarspersoner` or `pct_af_arbejdsstyrken`), `vaerdi` (the flagged
/// figure), `sammenlignet_med` (what it was compared with), `forskel_pct`
/// ((vaerdi − sammenlignet_med) / sammenlignet_med × 100), `forskel_kr` (merforbrug: the
/// variance in kroner at the rate), `graense_pct` (the threshold crossed, in percent) and
/// `forklaring` (one line of Danish). Empty where a kind has no such figure.
public enum FlagCSV {
    /// The columns in file order. `vaerdi` and `sammenlignet_med` are in the row's `enhed`.
    public static let schema = ResultSchema<ReportFlag>([
        .text("kommune") { $0.kommune },
        .text("ydelse_id") { $0.benefitID },
        .text("ydelse") { $0.benefitName },
        .text("art") { $0.kind.rawValue },
        .text("enhed") { $0.unit.rawValue },
        .number("vaerdi", unit: unit) { $0.value },
        .number("sammenlignet_med", unit: unit) { $0.reference },
        .number("forskel_pct", .percent) { $0.deviationPercent },
        .number("forskel_kr", .kroner) { $0.differenceKroner },
        .number("graense_pct", .percent) { $0.thresholdPercent },
        .text("forklaring") { $0.explanation },
    ])

    /// The header line's fields.
    public static var header: [String] { schema.header }

    /// The file.
    public static func render(_ report: ReconciliationReport) -> String {
        schema.csv(report.flags)
    }

    /// The unit of a flag's `vaerdi` and `sammenlignet_med`.
    @Sendable static func unit(_ flag: ReportFlag) -> ResultUnit {
        switch flag.unit {
        case .krPrHelaarsperson: .kroner
        case .helaarspersoner: .helaarspersoner
        case .pctAfArbejdsstyrken: .share
        }
    }
}
