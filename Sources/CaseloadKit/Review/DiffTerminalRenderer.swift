/// Writes a `ResultDiff` for the terminal: the summary first, then per file the changed
/// rows (only their changed columns unless `allColumns`), the added and removed rows, and
/// the columns only one side has.
public enum DiffTerminalRenderer {
    /// The report as text ending in a line feed, its words in `language`.
    public static func render(_ diff: ResultDiff, allColumns: Bool = false, language: Language = .en) -> String {
        var summary = TextTable(header: DiffReportParts.summaryHeader(language), alignments: [.left, .right, .right, .right, .right])
        summary.rows = diff.files.map(DiffReportParts.summaryRow)
        var sections = [DiffReportParts.title(diff) + "\n\n" + summary.render()]
        let notes = DiffReportParts.notes(diff, language)
        if !notes.isEmpty { sections.append(notes.map { $0 + "\n" }.joined()) }

        for table in diff.files {
            if !table.changed.isEmpty {
                var changes = TextTable(header: DiffReportParts.changeHeader(language),
                                        alignments: [.left, .left, .left, .right, .right, .right, .right])
                changes.rows = DiffReportParts.changeRows(table, allColumns: allColumns)
                sections.append(Message.diffChangedRows(table.file, markdown: false).text(language) + "\n" + changes.render())
            }
            for (what, rows) in [(Message.diffAddedRows(table.file, markdown: false), table.added),
                                 (Message.diffRemovedRows(table.file, markdown: false), table.removed)] where !rows.isEmpty {
                var list = TextTable(header: DiffReportParts.rowHeader, alignments: [.left, .left, .left])
                list.rows = DiffReportParts.rowRows(rows)
                sections.append(what.text(language) + "\n" + list.render())
            }
            var columns: [String] = []
            if !table.columnsAdded.isEmpty { columns.append(Message.diffColumnsAdded(table.file, list: table.columnsAdded.joined(separator: ", "), markdown: false).text(language) + "\n") }
            if !table.columnsRemoved.isEmpty { columns.append(Message.diffColumnsRemoved(table.file, list: table.columnsRemoved.joined(separator: ", "), markdown: false).text(language) + "\n") }
            if !columns.isEmpty { sections.append(columns.joined()) }
        }
        return sections.joined(separator: "\n")
    }
}
