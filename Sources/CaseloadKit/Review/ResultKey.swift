/// What identifies a row of a result file: the municipality (or jobcenter) and the benefit id.
public struct ResultKey: Hashable, Sendable, CustomStringConvertible {
    /// The `kommune` cell: a municipality, or the jobcenter in afstemning-total.csv.
    public let kommune: String
    /// The `ydelse_id` cell: the catalog id.
    public let ydelseID: String

    /// Creates a key.
    public init(kommune: String, ydelseID: String) {
        self.kommune = kommune
        self.ydelseID = ydelseID
    }

    /// `Ishøj, kontanthjaelp`.
    public var description: String { "\(kommune), \(ydelseID)" }
}
