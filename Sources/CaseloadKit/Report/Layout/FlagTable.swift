/// Flags as a table for people: their number in the report's order (largest in kroner
/// first), municipality, benefit, the kind in Danish, the size in kroner and the explanation.
public struct FlagTable: Sendable, Equatable {
    /// One flag's row.
    public struct Row: Sendable, Equatable {
        /// 1 for the largest flag of the report, and so on.
        public let number: Int
        /// The municipality, the jobcenter or the group a goal covers.
        public let kommune: String
        /// The benefit's name, or the names of a goal's benefits joined by ` + `.
        public let benefit: String
        /// The kind, in Danish.
        public let kind: String
        /// The size in kroner (flag.csv's `forskel_kr`), exact; `nil` where no rate gives one.
        public let kroner: Exact?
        /// One line of Danish with the figures.
        public let explanation: String
    }

    /// The column titles.
    public static let columns = ["Nr.", "Kommune", "Ydelse", "Flag", "Forskel, kr.", "Forklaring"]
    /// The index of the column of numbers (right-aligned), `Forskel, kr.`.
    public static let kronerColumn = 4

    /// The rows.
    public let rows: [Row]

    /// The table of `flags`, numbered from `first`.
    public init(_ flags: some Collection<ReportFlag>, first: Int) {
        rows = flags.enumerated().map { index, flag in
            Row(number: first + index, kommune: flag.kommune, benefit: flag.benefitName, kind: flag.kind.label,
                kroner: flag.differenceKroner, explanation: flag.explanation)
        }
    }

    /// The row's cells in column order, for people: the kroner whole, Danish style, `–` for none.
    public static func cells(_ row: Row) -> [String] {
        ["\(row.number)", row.kommune, row.benefit, row.kind, row.kroner.map(DanishText.kroner) ?? "–", row.explanation]
    }
}
