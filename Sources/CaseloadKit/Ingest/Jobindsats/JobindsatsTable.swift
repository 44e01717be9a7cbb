/// One table of a saved Jobindsats response: its columns (name and label), its rows of
/// values, and the JSON paths that locate them in the file.
struct JobindsatsTable {
    /// A column: v2 gives `Name` and `Label`, v3 a name only (then both are the name).
    struct Column {
        let name: String
        let label: String
    }

    /// The table id the response gives (`TableID`), if any.
    let tableID: String?
    /// The columns in row order.
    let columns: [Column]
    /// The rows, each a JSON array (not yet checked against the columns).
    let rows: [[JobindsatsCell]?]
    /// The JSON path of the table (`$[0]` in v2, `$` in v3).
    let path: String
    /// The JSON path of the column list (`$[0].Variables`, `$.columns`).
    let columnsPath: String
    /// The JSON path of the row list (`$[0].Data`, `$.rows`).
    let rowsPath: String

    /// The index of the first column whose name or label is one of `names`, compared as CSV
    /// headers are (ignoring case, `aa`/`oe`/`ae` for `å`/`ø`/`æ`).
    func column(_ names: [String]) -> Int? {
        let keys = Set(names.map(CSVColumn.normalize))
        return columns.firstIndex { keys.contains(CSVColumn.normalize($0.name)) || keys.contains(CSVColumn.normalize($0.label)) }
    }

    /// The columns as a message lists them: `"Område", "Periode"` (labels).
    var columnList: String {
        columns.map { "\"\($0.label)\"" }.joined(separator: ", ")
    }
}
