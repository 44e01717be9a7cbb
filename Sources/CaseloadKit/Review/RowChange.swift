/// A row present in both results in which at least one cell changed beyond the tolerance.
public struct RowChange: Sendable {
    /// The row's key.
    public let key: ResultKey
    /// The benefit's display name in the new results.
    public let benefitName: String
    /// Every column both files have (other than the key), in the new file's order.
    public let cells: [CellChange]

    /// Creates a row change.
    public init(key: ResultKey, benefitName: String, cells: [CellChange]) {
        self.key = key
        self.benefitName = benefitName
        self.cells = cells
    }

    /// The cells that changed beyond the tolerance.
    public var changedCells: [CellChange] { cells.filter(\.counts) }
}
