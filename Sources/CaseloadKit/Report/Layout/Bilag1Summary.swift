/// The summary of a report's Bilag 1 tables: their `I alt` rows, one line per municipality
/// and the jobcenter, under the columns of the report as a whole (its budget column says
/// `Brutto/Netto` if any table's does). rapport.html opens with it.
public struct Bilag1Summary: Sendable {
    /// One table's line: its heading and its total row.
    public struct Line: Sendable {
        /// The table's heading.
        public let title: String
        /// The table's `I alt` cells.
        public let cells: [Bilag1Cell]
    }

    /// The first column's title.
    public static let heading = "I alt for"

    /// The number columns.
    public let columns: [Bilag1Column]
    /// One line per table, in report order.
    public let lines: [Line]
    /// The notes of the marked totals, each naming its table; in a national run
    /// (`NationalOverview.isLean`) one note that counts them.
    public let notes: [Bilag1Note]

    /// The summary of `tables`, the report's.
    public init(_ tables: [Bilag1Table], report: ReconciliationReport) {
        columns = Bilag1Table.columns(of: report, grundlag: Grundlag.combined(tables.map(\.grundlag)))
        lines = tables.map { Line(title: $0.title, cells: $0.totals) }
        let notes = tables.compactMap { table in table.totalShortfall.map { Bilag1Note(.fewerRows, "\(table.title): \($0)") } }
        // A national run names no table here: one line instead of a page of notes.
        self.notes = NationalOverview.isLean(report) && notes.count > 1
            ? [Bilag1Note(.fewerRows, "\(notes.count) af \(tables.count) totaler summerer faktiske tal over færre rækker end budgettet; "
                          + "noten under hver tabel siger hvor mange.")]
            : notes
    }
}
