/// What identifies a row of a result file: the municipality (or jobcenter) and the benefit id,
/// and in prognose-test.csv also the method and year.
public struct ResultKey: Hashable, Sendable, CustomStringConvertible {
    /// The `kommune` cell: a municipality, or the jobcenter in afstemning-total.csv.
    public let kommune: String
    /// The `ydelse_id` cell: the catalog id.
    public let ydelseID: String
    /// The cells of the file's further key columns (prognose-test.csv: `metode`, `aar`).
    public let detail: [String]

    /// Creates a key.
    public init(kommune: String, ydelseID: String, detail: [String] = []) {
        self.kommune = kommune
        self.ydelseID = ydelseID
        self.detail = detail
    }

    /// `Ishøj, kontanthjaelp` (`Ishøj, a-dagpenge, seasonal, 2016` in prognose-test.csv).
    public var description: String { ([kommune, ydelseID] + detail).joined(separator: ", ") }
}
