/// One record (row) of a CSV file, with where each field starts.
public struct CSVRecord: Sendable {
    /// The line the record starts on (1-based).
    public let line: Int
    /// The fields, decoded, quotes removed.
    public let fields: [String]
    /// For each field, the line and 1-based character column where it starts.
    public let positions: [(line: Int, column: Int)]
}
