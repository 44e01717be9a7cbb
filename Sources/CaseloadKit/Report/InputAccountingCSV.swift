/// The schema of `inddata.csv` and its writer: for every input file, rows read = used +
/// ignored + rejected, so a reviewer sees in the diff when an input lost or gained rows,
/// then the line `i alt`. No timestamps.
public enum InputAccountingCSV {
    /// One line of the file: an input file's counts, or the total's.
    public struct Row: Sendable {
        /// The input file, or `i alt`.
        public let name: String
        /// Its counts.
        public let tally: InputLedger.Tally
    }

    /// The columns in file order.
    public static let schema = ResultSchema<Row>([
        .text("fil") { $0.name },
        .number("laest", .count) { Exact($0.tally.read) },
        .number("brugt", .count) { Exact($0.tally.used) },
        .number("ignoreret", .count) { Exact($0.tally.ignoredTotal) },
        .number("afvist", .count) { Exact($0.tally.rejected) },
        .text("ignoreret_hvorfor") { row in
            row.tally.ignored.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
        },
    ])

    /// The lines of `ledger`: its files in the order read, then the total.
    public static func rows(_ ledger: InputLedger) -> [Row] {
        ledger.files.map { Row(name: $0, tally: ledger.tallies[$0, default: InputLedger.Tally()]) }
            + [Row(name: "i alt", tally: ledger.total)]
    }

    /// The file.
    public static func render(_ ledger: InputLedger) -> String {
        schema.csv(rows(ledger))
    }
}
