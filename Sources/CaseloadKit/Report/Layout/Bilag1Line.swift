/// One benefit's line of a Bilag 1 table: the figures in the order of the table's columns.
public struct Bilag1Line: Sendable {
    /// The benefit.
    public let benefit: Benefit
    /// Whether its budget is brutto or netto (`mixed` for a jobcenter line over both).
    public let grundlag: Grundlag
    /// One cell per column of the table.
    public let cells: [Bilag1Cell]
}
