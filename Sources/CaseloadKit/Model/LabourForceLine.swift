/// The labour force (arbejdsstyrken) of one area and year, as read from a Statistikbanken
/// table (peers.md): the denominator of the comparison's shares.
public struct LabourForceLine: Sendable {
    /// The area as the file names it (`OMRÅDE`): a municipality or `Hele landet`.
    public let area: String
    /// The year.
    public let year: Int
    /// Persons; `nil` where the table has no value (`..`).
    public let persons: Exact?
    /// Where the value (`INDHOLD`) was read.
    public let origin: SourceLocation
}
