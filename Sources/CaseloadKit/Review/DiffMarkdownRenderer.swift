/// Writes a `ResultDiff` as GitHub Markdown for a pull request's description, with the same
/// parts as the terminal report.
public enum DiffMarkdownRenderer {
    /// The report as Markdown ending in a line feed, its words in `language`.
    public static func render(_ diff: ResultDiff, allColumns: Bool = false, language: Language = .en) -> String {
        var sections = ["### caseload diff: `\(diff.oldLabel)` → `\(diff.newLabel)`\n"]
        sections.append(table(DiffReportParts.summaryHeader(language), [true, false, false, false, false],
                              diff.files.map(DiffReportParts.summaryRow)))
        let notes = DiffReportParts.notes(diff, language)
        if !notes.isEmpty { sections.append(notes.joined(separator: "\n") + "\n") }

        for file in diff.files {
            if !file.changed.isEmpty {
                let rows = DiffReportParts.changeRows(file, allColumns: allColumns).map { cells in
                    cells.enumerated().map { $0 == 2 ? "`\($1)`" : escaped($1) }
                }
                sections.append(Message.diffChangedRows(file.file, markdown: true).text(language) + "\n")
                sections.append(table(DiffReportParts.changeHeader(language), [true, true, true, false, false, false, false], rows, escape: false))
            }
            for (what, rows) in [(Message.diffAddedRows(file.file, markdown: true), file.added),
                                 (Message.diffRemovedRows(file.file, markdown: true), file.removed)] where !rows.isEmpty {
                sections.append(what.text(language) + "\n")
                sections.append(table(DiffReportParts.rowHeader, [true, true, true], DiffReportParts.rowRows(rows)))
            }
            var columns: [String] = []
            if !file.columnsAdded.isEmpty { columns.append(Message.diffColumnsAdded(file.file, list: codeList(file.columnsAdded), markdown: true).text(language)) }
            if !file.columnsRemoved.isEmpty { columns.append(Message.diffColumnsRemoved(file.file, list: codeList(file.columnsRemoved), markdown: true).text(language)) }
            if !columns.isEmpty { sections.append(columns.joined(separator: "\n") + "\n") }
        }
        return sections.joined(separator: "\n")
    }

    /// A pipe table; `left[i]` aligns column i left (text), else right (numbers).
    private static func table(_ header: [String], _ left: [Bool], _ rows: [[String]], escape: Bool = true) -> String {
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        return line(header) + line(left.map { $0 ? ":--" : "--:" })
            + rows.map { line(escape ? $0.map(escaped) : $0) }.joined()
    }

    private static func codeList(_ names: [String]) -> String {
        names.map { "`\($0)`" }.joined(separator: ", ")
    }

    /// Text safe in a table cell (`MarkdownText`, as bilag1.md).
    static func escaped(_ text: String) -> String { MarkdownText.escaped(text) }
}
