/// One data row of a result file, its cells by column name.
public struct ResultRow: Sendable {
    /// The row's key.
    public let key: ResultKey
    /// The line it was read from (1-based).
    public let line: Int
    /// Every cell of the row by column name, the key columns included.
    public let cells: [String: ResultCell]

    /// Creates a row.
    public init(key: ResultKey, line: Int, cells: [String: ResultCell]) {
        self.key = key
        self.line = line
        self.cells = cells
    }

    /// The benefit's display name (the `ydelse` cell), or its id if the file has no name.
    public var benefitName: String {
        if case .text(let name)? = cells[AfstemningCSV.ydelse.name], !name.isEmpty { return name }
        return key.ydelseID
    }
}
