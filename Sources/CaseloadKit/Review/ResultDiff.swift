/// The comparison of two sets of results (`afstemning.csv`, `afstemning-total.csv` and the
/// forecast's `prognose.csv`, `prognose-total.csv`, `prognose-test.csv`): what `caseload diff`
/// reports.
public struct ResultDiff: Sendable {
    /// The old results, e.g. `HEAD:Output/2017`.
    public let oldLabel: String
    /// The new results, e.g. `Output/2017`.
    public let newLabel: String
    /// Changes smaller than this were left out.
    public let tolerance: Tolerance
    /// One diff per result file that exists on either side, afstemning.csv first.
    public let files: [TableDiff]

    /// Creates a diff from its parts.
    public init(oldLabel: String, newLabel: String, tolerance: Tolerance, files: [TableDiff]) {
        self.oldLabel = oldLabel
        self.newLabel = newLabel
        self.tolerance = tolerance
        self.files = files
    }

    /// True if anything changed beyond the tolerance (the command then exits with 1).
    public var hasChanges: Bool { files.contains(where: \.hasChanges) }

    /// Reads and compares the result files of both sides. `afstemning.csv` must exist on
    /// both; each other file of `ResultFile.compared` is compared when either side has it.
    public static func compare(old: ResultSource, new: ResultSource, tolerance: Tolerance) throws(ReviewFailure) -> ResultDiff {
        guard let newMain = try new.table(ResultFile.afstemning.name) else { throw new.missing(ResultFile.afstemning.name) }
        guard let oldMain = try old.table(ResultFile.afstemning.name) else { throw old.missing(ResultFile.afstemning.name) }
        var files = [TableDiff.compare(file: ResultFile.afstemning.name, old: oldMain, new: newMain, tolerance: tolerance)]
        for file in ResultFile.compared.dropFirst() {
            let newTable = try new.table(file.name)
            let oldTable = try old.table(file.name)
            if newTable != nil || oldTable != nil {
                files.append(TableDiff.compare(file: file.name, old: oldTable, new: newTable, tolerance: tolerance))
            }
        }
        return ResultDiff(oldLabel: old.label, newLabel: new.label, tolerance: tolerance, files: files)
    }
}
