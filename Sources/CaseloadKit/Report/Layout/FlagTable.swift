/// Flags as a table for people: municipality, benefit, the kind in Danish and the
/// explanation, one row a flag.
public struct FlagTable: Sendable {
    /// One flag's row.
    public struct Row: Sendable, Equatable {
        /// The municipality, the jobcenter or the group a goal covers.
        public let kommune: String
        /// The benefit's name, or the names of a goal's benefits joined by ` + `.
        public let benefit: String
        /// The kind, in Danish.
        public let kind: String
        /// One line of Danish with the figures.
        public let explanation: String
    }

    /// The column titles.
    public static let columns = ["Kommune", "Ydelse", "Flag", "Forklaring"]

    /// The rows, in the order of the flags given.
    public let rows: [Row]

    /// The table of `flags`.
    public init(_ flags: [ReportFlag]) {
        rows = flags.map { Row(kommune: $0.kommune, benefit: $0.benefitName, kind: $0.kind.label, explanation: $0.explanation) }
    }

    /// The row's cells in column order.
    public static func cells(_ row: Row) -> [String] { [row.kommune, row.benefit, row.kind, row.explanation] }
}
