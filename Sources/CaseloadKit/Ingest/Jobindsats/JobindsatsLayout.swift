/// Where a Jobindsats table keeps what caseload reads: the column indexes, and the benefit
/// of the whole table when it has no benefit column.
struct JobindsatsLayout {
    /// How the rows name their benefit.
    enum BenefitSource {
        /// Each row, in this column (`Ydelsesgruppe`).
        case column(Int)
        /// The whole table: a table of one benefit.
        case table(BenefitID)
    }

    let area: Int
    let period: Int
    let value: Int
    let benefit: BenefitSource
    /// The table's id: the response's `TableID`, else the file name's.
    let tableID: String
}

/// What became of one row of a Jobindsats table.
enum JobindsatsRowOutcome {
    /// An actual figure.
    case line(ActualLine)
    /// Left out on purpose, for this ledger reason.
    case ignored(String)
    /// An error was reported.
    case rejected
}
