/// One benefit's line of a Bilag 1 table: the figures in the order of the table's columns.
public struct Bilag1Line: Sendable {
    /// The benefit.
    public let benefit: Benefit
    /// One cell per column of the table.
    public let cells: [Bilag1Cell]
}
