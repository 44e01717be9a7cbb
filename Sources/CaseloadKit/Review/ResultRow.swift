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
    /// In prognose-test.csv the method and year follow: `a-dagpenge seasonal 2016`.
    public var benefitName: String {
        var name = key.ydelseID
        if case .text(let text)? = cells[AfstemningCSV.ydelse.name], !text.isEmpty { name = text }
        return ([name] + key.detail).joined(separator: " ")
    }
}
