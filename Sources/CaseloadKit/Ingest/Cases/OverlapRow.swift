/// A counted case row whose key overlaps another's, as the second reading fetches it: the
/// case id itself (kept in memory only, to tell keys apart exactly; never shown unmasked),
/// where the row is, and what it counts.
struct OverlapRow {
    let caseID: String
    /// Position in pipeline.yml and in the catalog.
    let municipality: Int
    let benefit: Int
    /// First and last day (ordinals); `nil` while open.
    let from: Int
    let to: Int?
    /// omfang in units of 10^-18.
    let units: Int64
    /// Index of the file among the run's case files, and the row's line in it.
    var file: Int
    var line: Int
}
