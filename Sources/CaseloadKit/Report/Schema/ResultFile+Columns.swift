/// What `caseload diff` needs to read a result file back: the columns that identify a row,
/// and what each column holds, from the file's own schema.
extension ResultFile {
    /// The files `caseload diff` compares, in this order: the CSV files with one row per key.
    public static let compared: [ResultFile] = [.afstemning, .afstemningTotal, .prognose, .prognoseTotal, .prognoseTest, .sammenligning]

    /// The columns whose cells identify a row: `kommune` and `ydelse_id`, and in
    /// prognose-test.csv also `metode` and `aar`, in sammenligning.csv also `aar`.
    public var keyColumns: [String] {
        switch self {
        case .prognoseTest: ["kommune", "ydelse_id", "metode", "aar"]
        case .sammenligning: ["kommune", "ydelse_id", "aar"]
        default: ["kommune", "ydelse_id"]
        }
    }

    /// What the column `name` of this file holds (a column the schema does not know, e.g. a
    /// prior year's, is read as afstemning.csv would read it).
    public func content(ofColumn name: String) -> ResultContent {
        let known: ResultContent? = switch self {
        case .prognose, .prognoseTotal: PrognoseCSV.schema.column(named: name)?.content
        case .prognoseTest: PrognoseTestCSV.schema.column(named: name)?.content
        case .sammenligning: SammenligningCSV.schema.column(named: name)?.content
        default: nil
        }
        return known ?? AfstemningCSV.content(ofColumn: name)
    }
}
