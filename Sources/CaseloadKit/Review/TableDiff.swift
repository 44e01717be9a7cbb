/// The differences between the old and new version of one result file, keyed by
/// `kommune` and `ydelse_id` (and the file's further key columns); columns are matched by name.
public struct TableDiff: Sendable {
    /// The file name, e.g. `afstemning.csv`.
    public let file: String
    /// Rows present in both versions.
    public let rowsCompared: Int
    /// Rows present in both with a change beyond the tolerance, in the new file's order.
    public let changed: [RowChange]
    /// Rows only in the new version, in its order.
    public let added: [ResultRow]
    /// Rows only in the old version, in its order.
    public let removed: [ResultRow]
    /// Columns only in the new version (e.g. another prior year), in its order.
    public let columnsAdded: [String]
    /// Columns only in the old version, in its order.
    public let columnsRemoved: [String]

    /// True if anything differs beyond the tolerance.
    public var hasChanges: Bool {
        !changed.isEmpty || !added.isEmpty || !removed.isEmpty || !columnsAdded.isEmpty || !columnsRemoved.isEmpty
    }

    /// Compares two versions of `file`. A version that does not exist (`nil`) has no rows and
    /// no columns, so every row of the other one is added or removed.
    public static func compare(file: String, old: ResultTable?, new: ResultTable?, tolerance: Tolerance) -> TableDiff {
        let oldColumns = old?.columns ?? []
        let newColumns = new?.columns ?? []
        let oldRows = old?.rows ?? []
        let newRows = new?.rows ?? []
        // A missing file has no columns to add or remove: its rows say it all.
        let bothExist = old != nil && new != nil
        let keyColumns = (ResultFile(rawValue: file) ?? .afstemning).keyColumns
        let shared = newColumns.filter { oldColumns.contains($0) && !keyColumns.contains($0) }

        let oldByKey = Dictionary(uniqueKeysWithValues: oldRows.map { ($0.key, $0) })
        let newKeys = Set(newRows.map(\.key))
        var compared = 0
        var changed: [RowChange] = []
        var added: [ResultRow] = []
        for row in newRows {
            guard let before = oldByKey[row.key] else {
                added.append(row)
                continue
            }
            compared += 1
            let cells = shared.map {
                CellChange(column: $0, old: before.cells[$0] ?? .empty, new: row.cells[$0] ?? .empty, tolerance: tolerance)
            }
            if cells.contains(where: \.counts) {
                changed.append(RowChange(key: row.key, benefitName: row.benefitName, cells: cells))
            }
        }
        return TableDiff(
            file: file,
            rowsCompared: compared,
            changed: changed,
            added: added,
            removed: oldRows.filter { !newKeys.contains($0.key) },
            columnsAdded: bothExist ? newColumns.filter { !oldColumns.contains($0) } : [],
            columnsRemoved: bothExist ? oldColumns.filter { !newColumns.contains($0) } : []
        )
    }
}
