/// Writes a `ResultDiff` for the terminal: the summary first, then per file the changed
/// rows (only their changed columns unless `allColumns`), the added and removed rows, and
/// the columns only one side has.
public enum DiffTerminalRenderer {
    /// The report as text ending in a line feed.
    public static func render(_ diff: ResultDiff, allColumns: Bool = false) -> String {
        var summary = TextTable(header: DiffReportParts.summaryHeader, alignments: [.left, .right, .right, .right, .right])
        summary.rows = diff.files.map(DiffReportParts.summaryRow)
        var sections = [DiffReportParts.title(diff) + "\n\n" + summary.render()]
        let notes = DiffReportParts.notes(diff)
        if !notes.isEmpty { sections.append(notes.map { $0 + "\n" }.joined()) }

        for table in diff.files {
            if !table.changed.isEmpty {
                var changes = TextTable(header: DiffReportParts.changeHeader,
                                        alignments: [.left, .left, .left, .right, .right, .right, .right])
                changes.rows = DiffReportParts.changeRows(table, allColumns: allColumns)
                sections.append("\(table.file), changed rows:\n" + changes.render())
            }
            for (what, rows) in [("added", table.added), ("removed", table.removed)] where !rows.isEmpty {
                var list = TextTable(header: DiffReportParts.rowHeader, alignments: [.left, .left, .left])
                list.rows = DiffReportParts.rowRows(rows)
                sections.append("\(table.file), \(what) rows:\n" + list.render())
            }
            var columns: [String] = []
            if !table.columnsAdded.isEmpty { columns.append("\(table.file), columns added: \(table.columnsAdded.joined(separator: ", "))\n") }
            if !table.columnsRemoved.isEmpty { columns.append("\(table.file), columns removed: \(table.columnsRemoved.joined(separator: ", "))\n") }
            if !columns.isEmpty { sections.append(columns.joined()) }
        }
        return sections.joined(separator: "\n")
    }
}
