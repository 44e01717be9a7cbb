/// Renders `flag.csv`: one row per flag, in the report's order, in the style of
/// afstemning.csv (comma-separated, `.` decimal, no thousands separator, LF).
///
/// Columns: `kommune`, `ydelse_id` (ids of a group joined by `|`), `ydelse`, `art` (the
/// kind), `enhed` (`kr_pr_helaarsperson` or `helaarspersoner`), `vaerdi` (the flagged
/// figure), `sammenlignet_med` (what it was compared with), `forskel_pct`
/// ((vaerdi − sammenlignet_med) / sammenlignet_med × 100), `forskel_kr` (merforbrug: the
/// variance in kroner at the rate), `graense_pct` (the threshold crossed, in percent) and
/// `forklaring` (one line of Danish). Empty where a kind has no such figure.
public enum FlagCSV {
    /// The header line's fields.
    public static let header = ["kommune", "ydelse_id", "ydelse", "art", "enhed", "vaerdi", "sammenlignet_med",
                                "forskel_pct", "forskel_kr", "graense_pct", "forklaring"]

    /// The file.
    public static func render(_ report: ReconciliationReport) -> String {
        let format = NumberFormat.machine
        func number(_ value: Exact?, _ decimals: Int) -> String { value.map { format.string($0, decimals: decimals) } ?? "" }
        var lines = [header.joined(separator: ",")]
        for flag in report.flags {
            let decimals = flag.unit == .helaarspersoner ? 4 : 2
            let fields = [flag.kommune, flag.benefitID, flag.benefitName, flag.kind.rawValue, flag.unit.rawValue,
                          number(flag.value, decimals), number(flag.reference, decimals), number(flag.deviationPercent, 2),
                          number(flag.differenceKroner, 2), number(flag.thresholdPercent, 2), flag.explanation]
            lines.append(fields.map(AfstemningCSV.quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
