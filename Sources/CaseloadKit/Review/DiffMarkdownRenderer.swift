/// Writes a `ResultDiff` as GitHub Markdown for a pull request's description, with the same
/// parts as the terminal report.
public enum DiffMarkdownRenderer {
    /// The report as Markdown ending in a line feed.
    public static func render(_ diff: ResultDiff, allColumns: Bool = false) -> String {
        var sections = ["### caseload diff: `\(diff.oldLabel)` → `\(diff.newLabel)`\n"]
        sections.append(table(DiffReportParts.summaryHeader, [true, false, false, false, false],
                              diff.files.map(DiffReportParts.summaryRow)))
        let notes = DiffReportParts.notes(diff)
        if !notes.isEmpty { sections.append(notes.joined(separator: "\n") + "\n") }

        for file in diff.files {
            if !file.changed.isEmpty {
                let rows = DiffReportParts.changeRows(file, allColumns: allColumns).map { cells in
                    cells.enumerated().map { $0 == 2 ? "`\($1)`" : escaped($1) }
                }
                sections.append("#### \(file.file): changed rows\n")
                sections.append(table(DiffReportParts.changeHeader, [true, true, true, false, false, false, false], rows, escape: false))
            }
            for (what, rows) in [("added", file.added), ("removed", file.removed)] where !rows.isEmpty {
                sections.append("#### \(file.file): \(what) rows\n")
                sections.append(table(DiffReportParts.rowHeader, [true, true, true], DiffReportParts.rowRows(rows)))
            }
            var columns: [String] = []
            if !file.columnsAdded.isEmpty { columns.append("Columns added to \(file.file): \(codeList(file.columnsAdded)).") }
            if !file.columnsRemoved.isEmpty { columns.append("Columns removed from \(file.file): \(codeList(file.columnsRemoved)).") }
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
